/**
 * How the default trend window and prior weight were chosen: every back-test the bundled data
 * allows for 1.5%, 2% and 2.5% of GDP, deadlines 2020-2024, called 3 to 6 years ahead, scored
 * per trend window (hit rate) and per prior weight (Brier score, hit rate).
 */
import { resolveTarget } from "../src/analysis/targets.ts";
import { loadDataset } from "../src/node/load-dataset.ts";
import { BACKTEST_PRIORS, BACKTEST_WINDOWS, backtest } from "../src/projection/backtest.ts";

const PATHS = 2000;
const dataset = loadDataset();
const hit = new Map<number, number[]>();
const brier = new Map<number, number[]>();
const oddsHit = new Map<number, number[]>();
const push = (m: Map<number, number[]>, k: number, v: number) => m.set(k, [...(m.get(k) ?? []), v]);
let runs = 0;
let calls = 0;
for (const threshold of ["1.5", "2", "2.5"]) {
  for (let deadline = 2020; deadline <= 2024; deadline++) {
    for (let ahead = 3; ahead <= 6; ahead++) {
      const asOf = deadline - ahead;
      if (asOf < 2015) continue;
      const b = backtest(dataset, {
        target: resolveTarget(dataset, threshold, deadline),
        asOf,
        paths: PATHS,
      });
      runs++;
      calls += b.rows.length;
      for (const w of b.windows) push(hit, w.years, w.hitRate);
      for (const p of b.priors) {
        push(brier, p.prior, p.brier);
        push(oddsHit, p.prior, p.hitRate);
      }
    }
  }
}
const mean = (xs: readonly number[] = []) => xs.reduce((s, x) => s + x, 0) / xs.length;
console.log(
  `${runs} back-tests (1.5%, 2%, 2.5% of GDP; deadlines 2020-2024; called 3-6 years ahead), ${calls} ally calls, ${PATHS.toLocaleString("en")} paths per ally\n`,
);
console.log("status rules, mean hit rate by trend window:");
for (const years of BACKTEST_WINDOWS) {
  console.log(`  ${years}-year trend   ${(mean(hit.get(years)) * 100).toFixed(1)}%`);
}
console.log("\nodds, mean Brier score and hit rate by prior weight:");
for (const prior of BACKTEST_PRIORS) {
  console.log(
    `  k = ${String(prior).padEnd(3)} ${mean(brier.get(prior)).toFixed(3)}   ${(mean(oddsHit.get(prior)) * 100).toFixed(1)}%${prior === 0 ? "  (own history alone)" : ""}`,
  );
}
