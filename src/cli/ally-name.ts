import { closest, distance } from "fastest-levenshtein";
import { ALLIES, COMPARATORS, isComparator } from "../data/vocabulary.ts";
import { UsageError } from "./io.ts";

const normal = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .trim();

const NAMES = new Map<string, string>();
for (const a of ALLIES) {
  for (const n of [a.iso3, a.name, ...(a.aliases ?? [])]) NAMES.set(normal(n), a.iso3);
}

/** ISO3 or name (any case, accents optional) to ISO3; unknown names suggest the closest. */
export function resolveAlly(input: string): string {
  const key = normal(input);
  const code = NAMES.get(key);
  if (code) return code;
  const upper = input.trim().toUpperCase();
  if (isComparator(upper)) {
    throw new UsageError(
      `${COMPARATORS[upper]} (${upper}) is not a NATO ally; see \`pledgewatch compare\``,
    );
  }
  const names = [...NAMES.keys()];
  const best = closest(key, names);
  const ally = ALLIES.find((a) => a.iso3 === NAMES.get(best));
  const hint =
    ally && distance(key, best) <= Math.max(2, Math.floor(key.length / 3))
      ? ` Did you mean ${ally.name} (${ally.iso3})?`
      : "";
  throw new UsageError(
    `unknown ally "${input}".${hint} Use an ISO 3166-1 alpha-3 code (DEU) or a name (Germany).`,
  );
}
