/**
 * Extraction throughput on one core: a corpus of generated articles (at least 1,000), each
 * mixing sentences from the test fixtures with neutral filler, through the same
 * text -> claims path as `pledgewatch ingest`. Prints MB of text per second and articles per
 * second. Target: at least 1 MB/s. Then a long article whose figures name no country, at two
 * lengths: twice the text must take less than three times as long (a look-back over every
 * earlier sentence for each figure would take four).
 *
 * Usage: npm run bench:extract [-- --articles N]
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { extractClaims } from "../src/extract/extract.ts";
import { sentences } from "../src/extract/sentences.ts";
import { formatOf, toText } from "../src/extract/text.ts";
import { Random } from "../src/projection/rng.ts";

const { values } = parseArgs({ options: { articles: { type: "string", default: "2000" } } });
const count = Math.max(1000, Number(values.articles));
const fixtures = join(import.meta.dirname, "..", "test", "fixtures", "articles");

const pool = readdirSync(fixtures)
  .filter((f) => formatOf(f))
  .flatMap((f) =>
    sentences(toText(readFileSync(join(fixtures, f), "utf8"), formatOf(f) ?? "text")).map(
      (s) => s.text,
    ),
  );
const FILLER = [
  "The meeting lasted several hours and ended without a joint statement.",
  "Officials declined to comment on the details of the negotiations.",
  "The committee will publish its report after the summer recess.",
  "Analysts said the proposal faced resistance in parliament.",
  "Further talks are scheduled for next month in Brussels.",
];
const rng = new Random(1);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rng.uniform() * xs.length)] as T;
const corpus = Array.from({ length: count }, () => {
  const parts: string[] = [];
  for (let i = 0; i < 12; i++) parts.push(rng.uniform() < 0.4 ? pick(pool) : pick(FILLER));
  return parts.join(" ");
});
const bytes = corpus.reduce((s, a) => s + Buffer.byteLength(a), 0);

for (const a of corpus.slice(0, 50)) extractClaims(a, "2025-06-24"); // warm-up
const start = performance.now();
let claims = 0;
for (const a of corpus) claims += extractClaims(a, "2025-06-24").length;
const seconds = (performance.now() - start) / 1000;
const mbps = bytes / 1e6 / seconds;
console.log(
  `Extraction benchmark: ${count.toLocaleString("en")} generated articles, ${(bytes / 1e6).toFixed(2)} MB, ${claims.toLocaleString("en")} claims, one core`,
);
console.log(
  `  ${mbps.toFixed(2)} MB/s, ${(count / seconds).toFixed(0)} articles/s  (target >= 1 MB/s)  ${mbps >= 1 ? "PASS" : "FAIL"}`,
);

// A long article whose figures name no country makes each figure look back over every sentence
// before it; each sentence's answer is worked out once, so twice the article should take about
// twice the time, not four times.
const longArticle = (sentencesCount: number) =>
  Array.from({ length: sentencesCount }, (_, i) =>
    i % 2 === 0
      ? "Officials spoke about the US in general terms."
      : "The prime minister will raise defence spending to 2.5% of GDP by 2027.",
  ).join(" ");
const time = (text: string) => {
  const t0 = performance.now();
  extractClaims(text, "2025-06-24");
  return (performance.now() - t0) / 1000;
};
time(longArticle(200)); // warm-up
const [small, large] = [2000, 4000].map((n) => {
  const text = longArticle(n);
  return { kb: Buffer.byteLength(text) / 1024, seconds: time(text) };
}) as [{ kb: number; seconds: number }, { kb: number; seconds: number }];
const growth = large.seconds / small.seconds;
console.log(
  `Long article, a figure in every other sentence and no country named: ${small.kb.toFixed(0)} KB in ${small.seconds.toFixed(2)} s, ${large.kb.toFixed(0)} KB in ${large.seconds.toFixed(2)} s`,
);
console.log(
  `  twice the text took ${growth.toFixed(1)}x the time  (linear ~2x; quadratic ~4x; target < 3x)  ${growth < 3 ? "PASS" : "FAIL"}`,
);
