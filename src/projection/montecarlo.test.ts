import { describe, expect, it } from "vitest";
import { resolveTarget } from "../analysis/targets.ts";
import { loadDataset } from "../node/load-dataset.ts";
import type { AllyModel } from "./model.ts";
import { fitModels } from "./model.ts";
import { simulateAlly } from "./montecarlo.ts";
import { runOdds } from "./odds.ts";
import { projectPath } from "./paths.ts";

/** Standard normal CDF (Abramowitz and Stegun 7.1.26, error below 1.5e-7). */
function phi(x: number): number {
  const t = 1 / (1 + (0.3275911 * Math.abs(x)) / Math.SQRT2);
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

const model = (over: Partial<AllyModel> = {}): AllyModel => ({
  ally: "TST",
  startYear: 2026,
  startShare: 2.0,
  mu: 0.1,
  sigma: 0.3,
  own: { mu: 0.1, sigma: 0.3, changes: 5 },
  gdp0: 1_000_000,
  gdpGrowthPct: Array(9).fill(3),
  gdpSigmaPct: 1,
  ...over,
});
const spec = { threshold: 2.5, deadline: 2035, horizon: 2030, to: 2035, paths: 100_000, seed: 11 };

describe("Monte Carlo against an analytic case", () => {
  // Yearly changes N(0.1, 0.3^2) from 2.0: after k years the share is N(2.0 + 0.1k, 0.09k)
  // (flooring at 0 is 6+ standard deviations away and does not matter here).
  const r = simulateAlly(model(), spec, 0);
  const n = spec.paths;

  it("P(share in 2035 >= 2.5) = Phi((2.9 - 2.5) / 0.9) = 0.6716, within 4 standard errors", () => {
    const expected = phi((2.9 - 2.5) / 0.9);
    expect(expected).toBeCloseTo(0.67164, 4);
    const se = Math.sqrt((expected * (1 - expected)) / n);
    expect(Math.abs(r.pDeadline - expected)).toBeLessThan(4 * se);
    expect(r.seDeadline).toBeCloseTo(se, 4);
  });

  it("P(share in 2030 >= 2.5) = Phi((2.4 - 2.5) / 0.6) = 0.4338, within 4 standard errors", () => {
    const expected = phi(-0.1 / 0.6);
    const se = Math.sqrt((expected * (1 - expected)) / n);
    expect(Math.abs((r.pHorizon ?? 0) - expected)).toBeLessThan(4 * se);
  });

  it("the sample mean and quantiles of 2035 match N(2.9, 0.9^2)", () => {
    const y = r.fan.at(-1);
    expect(y?.year).toBe(2035);
    // standard error of the mean: 0.9 / sqrt(100,000) = 0.0028; 4 SE = 0.0114
    expect(Math.abs((y?.mean ?? 0) - 2.9)).toBeLessThan(0.0114);
    // quantiles: 2.9 -/+ 1.2816 x 0.9; their standard error is about 0.005 here
    expect(Math.abs((y?.p10 ?? 0) - (2.9 - 1.28155 * 0.9))).toBeLessThan(0.02);
    expect(Math.abs((y?.p50 ?? 0) - 2.9)).toBeLessThan(0.015);
    expect(Math.abs((y?.p90 ?? 0) - (2.9 + 1.28155 * 0.9))).toBeLessThan(0.02);
  });

  it("mean spending follows E[share] x E[GDP] when the two are independent", () => {
    // year 1: E[share] = 2.1, E[GDP] = 1,000,000 x 1.03 -> 21,630
    expect(r.fan[0]?.meanSpendingUsdM).toBeCloseTo(21_630, -2);
  });
});

describe("Monte Carlo properties", () => {
  it("with zero variance, every path is the deterministic trend path", () => {
    const data = loadDataset();
    const target = resolveTarget(data, "hague-core");
    const [fitted] = fitModels(data, ["DEU"], { asOf: 2026, to: 2035 });
    if (!fitted) throw new Error("no model");
    const still = { ...fitted, sigma: 0, gdpSigmaPct: 0 };
    const r = simulateAlly(still, { ...spec, threshold: 3.5, paths: 100 }, 0);
    const path = projectPath(data, "DEU", "trend", {
      asOf: 2026,
      to: 2035,
      target,
      perYear: still.mu,
    });
    for (const f of r.fan) {
      const y = path.years.find((p) => p.year === f.year);
      expect(f.p10, String(f.year)).toBeCloseTo(y?.sharePct ?? Number.NaN, 10);
      expect(f.p90, String(f.year)).toBeCloseTo(y?.sharePct ?? Number.NaN, 10);
      expect(f.meanSpendingUsdM, String(f.year)).toBeCloseTo(y?.spendingUsdM ?? Number.NaN, 3);
    }
    const crossed = path.crossesIn !== null && path.crossesIn <= 2035 ? 1 : 0;
    expect(r.pDeadline).toBe(crossed);
  });

  it("a fixed seed repeats exactly, another seed does not", async () => {
    const data = loadDataset();
    const target = resolveTarget(data, "hague-core");
    const allies = ["DEU", "FRA", "POL", "USA"];
    const base = { asOf: 2026, target, horizon: 2030, paths: 2_000 };
    const a = await runOdds(data, allies, { ...base, seed: 5 });
    const b = await runOdds(data, allies, { ...base, seed: 5 });
    const c = await runOdds(data, allies, { ...base, seed: 6 });
    const strip = (r: typeof a) => r.allies.map((x) => [x.ally, x.pDeadline, x.pHorizon, x.fan]);
    expect(strip(b)).toEqual(strip(a));
    expect(a.threads).toBe(1);
    expect(strip(c)).not.toEqual(strip(a));
  });

  it("fits each ally's mean change shrunk toward the alliance's: (n x own + 3 x pooled) / (n + 3)", () => {
    const data = loadDataset();
    const allies = data.alliesWithData();
    const models = fitModels(data, allies, { asOf: 2026, to: 2035 });
    // Germany's own last five yearly changes: 2021 1.43 -> 2026 2.69, mean 0.252
    const deu = models.find((m) => m.ally === "DEU");
    expect(deu?.own.changes).toBe(5);
    expect(deu?.own.mu).toBeCloseTo((2.69 - 1.43) / 5, 12);
    // the pooled mean over every ally's changes 2022-2026, computed here from the figures
    const changes = allies.flatMap((ally) => {
      const s = data.series(ally, "share_gdp_pct");
      return [2022, 2023, 2024, 2025, 2026].map(
        (y) =>
          (s.find((p) => p.year === y)?.value ?? 0) - (s.find((p) => p.year === y - 1)?.value ?? 0),
      );
    });
    const pooled = changes.reduce((x, y) => x + y, 0) / changes.length;
    expect(deu?.mu).toBeCloseTo((5 * 0.252 + 3 * pooled) / 8, 12);
  });

  it("refuses a target with no deadline and a bad number of paths", async () => {
    const data = loadDataset();
    const target = { ...resolveTarget(data, "hague-core"), deadline: null };
    await expect(runOdds(data, ["DEU"], { asOf: 2026, target, horizon: null })).rejects.toThrow(
      /no deadline/,
    );
    await expect(
      runOdds(data, ["DEU"], {
        asOf: 2026,
        target: resolveTarget(data, "hague-core"),
        horizon: null,
        paths: 0,
      }),
    ).rejects.toThrow(/paths/);
  });
});
