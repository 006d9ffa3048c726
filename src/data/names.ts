import { closest, distance } from "fastest-levenshtein";
import { ALLIES, type AllyInfo, COMPARATORS, isComparator } from "./vocabulary.ts";

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

export type AllyLookup =
  | { readonly ok: true; readonly iso3: string }
  | {
      readonly ok: false;
      readonly message: string;
      /** The closest ally by name, when one is close enough to suggest. */
      readonly suggestion: AllyInfo | null;
    };

/** ISO3 or name (any case, accents optional) to ISO3; an unknown name gets the closest. */
export function lookupAlly(input: string): AllyLookup {
  const key = normal(input);
  const code = NAMES.get(key);
  if (code) return { ok: true, iso3: code };
  const upper = input.trim().toUpperCase();
  if (isComparator(upper)) {
    return {
      ok: false,
      message: `${COMPARATORS[upper]} (${upper}) is not a NATO ally; see \`pledgewatch compare\``,
      suggestion: null,
    };
  }
  const best = closest(key, [...NAMES.keys()]);
  const ally = ALLIES.find((a) => a.iso3 === NAMES.get(best));
  const near = ally && distance(key, best) <= Math.max(2, Math.floor(key.length / 3));
  return {
    ok: false,
    message: `unknown ally "${input}".${near ? ` Did you mean ${ally.name} (${ally.iso3})?` : ""} Use an ISO 3166-1 alpha-3 code (DEU) or a name (Germany).`,
    suggestion: near ? ally : null,
  };
}
