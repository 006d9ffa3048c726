/**
 * Precision, recall and F1 of the extractor for spending targets and threat horizons, and the
 * accuracy of each field on the claims it found, for three parts scored separately:
 * - develop: the real articles of the development set the extractor may be tuned on;
 * - measure: the held-out real articles, reported only (no individual errors are printed; so
 *   is any other part a split.csv names, such as a batch read once before it is used);
 * - fixtures: the team's own articles in test/fixtures/articles (behaviour, not quality).
 * For develop and fixtures every false positive and miss is listed with its sentence.
 *
 * The development set is read from ../shared/extraction/dev beside the checkout, or from
 * --dev DIR, or PLEDGEWATCH_EXTRACTION_DEV.
 *
 * Each part also gets a breakdown of its targets: of those proposed, how many were right, by the
 * group of the country (an ally, the alliance, the EU, a threat, another state), by figure (a share
 * or a sum only), by year (stated or none) and by kind; of those labelled, how many were found, by
 * the group of the country.
 *
 * Usage: npm run eval:extract [-- --dev DIR] [--part develop|measure|NAME] [--quiet]
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { ALLIES } from "../src/data/vocabulary.ts";
import { type Claim, extractClaims } from "../src/extract/extract.ts";
import {
  type ActorGroup,
  type Case,
  type ExtractionScore,
  evaluateExtraction,
  type Field,
  f1Interval,
  type LabelledClaim,
} from "../src/extract/score.ts";
import { sentences } from "../src/extract/sentences.ts";
import { formatOf, toText } from "../src/extract/text.ts";

const ALLY_CODES = new Set(ALLIES.map((a) => a.iso3));
/** The group of a claim's country, for the breakdown of errors. */
export function groupOf(iso3: string | null): ActorGroup {
  if (iso3 === null) return "none";
  if (iso3 === "NATO") return "alliance";
  if (iso3 === "EU") return "EU";
  if (iso3 === "RUS" || iso3 === "CHN") return "threat";
  return ALLY_CODES.has(iso3) ? "ally" : "other";
}

export const FIXTURES = join(import.meta.dirname, "..", "test", "fixtures", "articles");
const DEFAULT_DEV = join(import.meta.dirname, "..", "..", "shared", "extraction", "dev");

interface FixtureClaim {
  readonly kind: "target" | "horizon";
  readonly quote: string;
  readonly ally?: string | null;
  readonly sharePct?: number | null;
  readonly targetYear?: number | null;
  readonly stance?: string;
  readonly horizonYear?: number;
  readonly threat?: string;
}

/** The team's fixtures, their expectations put in the labels' fields. */
export function fixtureCases(): Case[] {
  return readdirSync(FIXTURES)
    .filter((f) => formatOf(f) !== null)
    .sort()
    .map((file) => {
      const format = formatOf(file);
      const base = file.replace(/\.[^.]+$/, "");
      const meta = JSON.parse(readFileSync(join(FIXTURES, `${base}.json`), "utf8")) as {
        date: string;
        claims: FixtureClaim[];
      };
      const text = toText(readFileSync(join(FIXTURES, file), "utf8"), format ?? "text");
      const expected: LabelledClaim[] = meta.claims.map((c) =>
        c.kind === "horizon"
          ? {
              type: "horizon",
              year: c.horizonYear ?? null,
              actor_threat: c.threat ?? null,
              quote: c.quote,
            }
          : {
              type: "target",
              iso3: c.ally ?? null,
              share_gdp_pct: c.sharePct ?? null,
              year: c.targetYear ?? null,
              kind: c.stance ?? null,
              quote: c.quote,
            },
      );
      return { file, expected, predicted: extractClaims(text, meta.date) };
    });
}

/** One item of the development set: its date line, source line, a blank line, then the text. */
export function readDevItem(dir: string, id: string): { date: string; text: string } {
  const raw = readFileSync(join(dir, `${id}.txt`), "utf8");
  const lines = raw.split("\n");
  const date = lines[0]?.match(/^date:\s*(\d{4}-\d{2}-\d{2})/)?.[1];
  if (!date) throw new Error(`${id}.txt line 1: expected "date: YYYY-MM-DD"`);
  return { date, text: lines.slice(3).join("\n") };
}

/** The development set's items by part (develop, measure), from its split.csv. */
export function devCases(dir: string): { parts: Map<string, Case[]>; texts: Map<string, string> } {
  const parts = new Map<string, Case[]>();
  const texts = new Map<string, string>();
  const rows = readFileSync(join(dir, "split.csv"), "utf8").trim().split("\n").slice(1);
  for (const row of rows) {
    const [id, part] = row.split(",").map((s) => s.trim());
    if (!id || !part) continue;
    const { date, text } = readDevItem(dir, id);
    const labels = JSON.parse(readFileSync(join(dir, `${id}.json`), "utf8")) as {
      claims: LabelledClaim[];
    };
    texts.set(id, text);
    const list = parts.get(part) ?? [];
    list.push({ file: id, expected: labels.claims, predicted: extractClaims(text, date) });
    parts.set(part, list);
  }
  return { parts, texts };
}

/** The first sentence that states a label's figure (its share, else its amount, else its year). */
function sentenceStating(text: string, e: LabelledClaim): string | undefined {
  const figures: RegExp[] = [];
  if (e.share_gdp_pct != null) {
    const [whole, frac] = String(e.share_gdp_pct).split(".");
    figures.push(
      new RegExp(
        `(?<![\\d.,])${whole}${frac ? `[.,]${frac}` : "(?![.,]\\d)"}\\s*(?:%|per|pc)`,
        "i",
      ),
    );
  }
  if (e.amount != null) {
    const n = e.amount;
    const scaled = n >= 1e12 ? n / 1e12 : n >= 1e9 ? n / 1e9 : n / 1e6;
    figures.push(
      new RegExp(`(?<![\\d.,])${String(Number(scaled.toFixed(3))).replace(".", "[.,]")}(?![\\d])`),
    );
  }
  if (e.year != null) figures.push(new RegExp(`\\b${e.year}\\b`));
  const all = sentences(text);
  for (const f of figures) {
    const hit = all.find((s) => f.test(s.text));
    if (hit) return hit.text;
  }
  return undefined;
}

const pct = (r: { right: number; of: number }) => (r.of === 0 ? "-" : (r.right / r.of).toFixed(3));

function describeLabel(e: LabelledClaim): string {
  if (e.type === "horizon") return `horizon ${e.year} ${e.actor_threat ?? ""}`.trimEnd();
  const figure =
    e.share_gdp_pct != null
      ? `${e.share_gdp_pct}%`
      : `${e.amount?.toLocaleString("en")} ${e.currency}`;
  return `${e.iso3} ${figure} ${e.year ?? "(no year)"} ${e.kind ?? ""} ${e.basis ?? ""}${e.ambiguous ? " (ambiguous)" : ""}`;
}

function describeClaim(c: Claim): string {
  if (c.kind === "horizon") return `horizon ${c.horizonYear} ${c.threat} ("${c.phrase}")`;
  const figure =
    c.sharePct !== null
      ? `${c.sharePct}%${c.amount !== null ? ` + ${c.amount}bn ${c.currency}` : ""}`
      : `${c.amount}bn ${c.currency}`;
  return `${c.ally} ${figure} ${c.targetYear ?? "(no year)"} ${c.stance} ${c.basis ?? "unspecified"}`;
}

function report(
  name: string,
  cases: readonly Case[],
  r: ExtractionScore,
  details: boolean,
  sentenceOf?: (file: string, e: LabelledClaim) => string | undefined,
) {
  const items = cases.length;
  const line = (label: string, s: ExtractionScore["target"]) =>
    `  ${label.padEnd(9)} expected ${String(s.expected).padStart(3)}  found ${String(s.predicted).padStart(3)}  matched ${String(s.matched).padStart(3)}   P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}`;
  console.log(`${name} (${items} articles)`);
  const { low, high } = f1Interval(cases);
  console.log(
    `${line("targets", r.target)}  (95% interval over articles ${Number.isNaN(low) ? "-" : `${low.toFixed(2)}-${high.toFixed(2)}`})`,
  );
  console.log(line("horizons", r.horizon));
  const fields: Field[] = ["country", "share", "amount", "year", "kind", "basis"];
  console.log(
    `  field accuracy on matched targets: ${fields.map((f) => `${f} ${pct(r.fields[f])} (${r.fields[f].of})`).join(", ")}; on matched horizons: threat ${pct(r.fields.threat)} (${r.fields.threat.of})`,
  );
  const share = (right: number, of: number) => `${right}/${of} (${(right / of).toFixed(2)})`;
  const proposed = Object.entries(r.breakdown.proposed).sort(([a], [b]) => a.localeCompare(b));
  if (proposed.length > 0)
    console.log(
      `  proposed targets right: ${proposed.map(([k, v]) => `${k} ${share(v.right, v.of)}`).join(", ")}`,
    );
  const labelled = Object.entries(r.breakdown.labelled).sort(([a], [b]) => a.localeCompare(b));
  if (labelled.length > 0)
    console.log(
      `  labelled targets found: ${labelled.map(([k, v]) => `${k} ${share(v.found, v.of)}`).join(", ")}`,
    );
  if (!details) return;
  for (const x of r.extras)
    console.log(`  FP    ${x.file}: ${describeClaim(x.claim)}\n        "${x.claim.sentence}"`);
  for (const m of r.misses) {
    const where = sentenceOf?.(m.file, m.expected);
    console.log(
      `  MISS  ${m.file}: ${describeLabel(m.expected)}${where ? `\n        "${where}"` : ""}`,
    );
  }
  for (const w of r.wrong)
    console.log(
      `  FIELD ${w.file}: ${w.field} expected ${JSON.stringify(w.expected)}, got ${JSON.stringify(w.got)}`,
    );
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      dev: { type: "string" },
      part: { type: "string" },
      quiet: { type: "boolean", default: false },
    },
  });
  const dir = resolve(values.dev ?? process.env.PLEDGEWATCH_EXTRACTION_DEV ?? DEFAULT_DEV);
  const details = !values.quiet;
  if (!existsSync(join(dir, "split.csv"))) {
    console.log(
      `No development set at ${dir} (no split.csv): scoring the fixtures only. Give --dev DIR or PLEDGEWATCH_EXTRACTION_DEV.`,
    );
  } else {
    const { parts, texts } = devCases(dir);
    if (values.part !== undefined && !parts.has(values.part)) {
      console.error(
        `${join(dir, "split.csv")} has no part "${values.part}"; it has: ${[...parts.keys()].join(", ")}`,
      );
      process.exit(2);
    }
    for (const part of values.part ? [values.part] : ["develop", "measure"]) {
      const cases = parts.get(part) ?? [];
      // only the develop part shows its errors: any other part is held out, scores only
      const show = details && part === "develop";
      report(`${part} part of ${dir}`, cases, evaluateExtraction(cases, groupOf), show, (file, e) =>
        sentenceStating(texts.get(file) ?? "", e),
      );
    }
  }
  const fixtures = fixtureCases();
  report(
    "fixtures (test/fixtures/articles)",
    fixtures,
    evaluateExtraction(fixtures, groupOf),
    details,
  );
}
