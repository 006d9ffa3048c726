/**
 * Precision, recall and F1 of the extractor for spending targets and threat horizons over the
 * articles in test/fixtures/articles (each with its expected claims beside it), and per-field
 * accuracy. Targets: precision >= 0.9 and recall >= 0.8 for each claim type.
 *
 * Usage: npm run eval:extract [-- --verbose]
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type ExpectedClaim, evaluateExtraction } from "../src/extract/evaluate.ts";
import { extractClaims } from "../src/extract/extract.ts";
import { formatOf, toText } from "../src/extract/text.ts";

export const FIXTURES = join(import.meta.dirname, "..", "test", "fixtures", "articles");

export function fixtureCases() {
  return readdirSync(FIXTURES)
    .filter((f) => formatOf(f) !== null)
    .sort()
    .map((file) => {
      const format = formatOf(file);
      const base = file.replace(/\.[^.]+$/, "");
      const meta = JSON.parse(readFileSync(join(FIXTURES, `${base}.json`), "utf8")) as {
        date: string;
        claims: ExpectedClaim[];
      };
      const text = toText(readFileSync(join(FIXTURES, file), "utf8"), format ?? "text");
      return { file, expected: meta.claims, predicted: extractClaims(text, meta.date) };
    });
}

if (import.meta.main) {
  const cases = fixtureCases();
  const r = evaluateExtraction(cases);
  const line = (name: string, s: typeof r.target) =>
    `  ${name.padEnd(9)} expected ${String(s.expected).padStart(3)}  found ${String(s.predicted).padStart(3)}  matched ${String(s.matched).padStart(3)}   precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}   ${s.precision >= 0.9 && s.recall >= 0.8 ? "PASS" : "FAIL"}`;
  console.log(
    `Extraction over ${cases.length} articles (test/fixtures/articles); target: precision >= 0.9, recall >= 0.8`,
  );
  console.log(line("targets", r.target));
  console.log(line("horizons", r.horizon));
  console.log(
    `  field accuracy on matched claims: country ${r.fields.country.toFixed(3)}, share ${r.fields.share.toFixed(3)}, year ${r.fields.year.toFixed(3)}, stance ${r.fields.stance.toFixed(3)}`,
  );
  if (process.argv.includes("--verbose")) {
    for (const m of r.misses) console.log(`  missed ${m.file}: ${JSON.stringify(m.expected)}`);
    for (const w of r.wrong)
      console.log(
        `  wrong  ${w.file}: ${w.field} expected ${JSON.stringify(w.expected)}, got ${JSON.stringify(w.got)}`,
      );
    for (const x of r.extras)
      console.log(
        `  extra  ${x.file}: ${JSON.stringify({ ...x.claim, sentence: x.claim.sentence.slice(0, 80) })}`,
      );
  }
}
