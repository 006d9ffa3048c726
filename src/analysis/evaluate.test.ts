import { beforeAll, describe, expect, it } from "vitest";
import { buildDataset } from "../data/build.ts";
import type { Dataset } from "../data/dataset.ts";
import { loadDataset } from "../node/load-dataset.ts";
import { readDataTexts } from "../node/read-data.ts";
import { allianceView, atHorizon, defaultHorizon, evaluate, resolveTarget } from "./index.ts";

let data: Dataset;
beforeAll(() => {
  data = loadDataset();
});

// Worked by hand from data/nato/expenditure.csv (edition 2026):
//   DEU share 2021 1.43, 2023 1.60, 2026e 2.69; USD m 2021 62,054, 2026e 147,002
//   USA share 2021 3.47, 2023 3.15, 2026e 3.17; USD m 2021 824,094, 2026e 1,032,849
//   SVN share 2023 1.31, 2026e 1.61; USD m 2026e 1,391
//   POL share 2026e 4.68
describe("evaluate against the Hague 3.5% core target, as of 2026", () => {
  it("Germany: gap 0.81 pp, $44.3bn a year, trend reaches 3.5% in 2029: on track", () => {
    const e = evaluate(data, "DEU", resolveTarget(data, "hague-core"), { asOf: 2026 });
    expect(e.current).toMatchObject({
      value: 2.69,
      year: 2026,
      status: "estimate",
      edition: "2026",
    });
    expect(e.current?.sourceIds).toEqual(["gh_cannoli_n26"]);
    expect(e.gap?.points).toBeCloseTo(0.81, 10);
    // GDP 2026 = 147,002 / 0.0269; gap = 0.81% of it = 147,002 * 0.81 / 2.69 = 44,264.54
    expect(e.gap?.usdM).toBeCloseTo(44_264.54, 1);
    // (2.69 - 1.60) / 3 = 0.3633 pp/yr; 0.81 / 0.3633 = 2.23 years -> 2029
    expect(e.trend?.perYear).toBeCloseTo(0.363333, 5);
    expect(e.trend?.reachesIn).toBe(2029);
    // 0.81 pp over 9 years = 0.09 pp/yr
    expect(e.required?.pointsPerYear).toBeCloseTo(0.09, 10);
    // GDP growth 2027-2035, IMF WEO-2025-10 USD levels 2026 5328.184, 2028 5674.354,
    // 2029 5848.295, the 2029 rate held after: ((5848.295/5328.184) (5848.295/5674.354)^6)^(1/9)
    // - 1 = 3.0947%
    expect(e.growth?.pct).toBeCloseTo(3.0947, 3);
    // (3.5/2.69)^(1/9) * 1.030947 - 1 = 6.1544%
    expect(e.required?.spendingGrowthPct).toBeCloseTo(6.1544, 3);
    expect(e.status).toBe("on_track");
  });

  it("United States: gap 0.33 pp, trend +0.0067 pp/yr against 0.0367 needed: at risk, reached in 2076", () => {
    const e = evaluate(data, "USA", resolveTarget(data, "hague-core"), { asOf: 2026 });
    expect(e.gap?.points).toBeCloseTo(0.33, 10);
    // 1,032,849 * 0.33 / 3.17 = 107,520.56
    expect(e.gap?.usdM).toBeCloseTo(107_520.56, 1);
    // (3.17 - 3.15) / 3 = 0.00667; 0.33 / 0.00667 = 49.5 years -> 2076
    expect(e.trend?.perYear).toBeCloseTo(0.006667, 5);
    expect(e.trend?.reachesIn).toBe(2076);
    expect(e.required?.pointsPerYear).toBeCloseTo(0.036667, 5);
    // GDP growth, IMF 2026 31821.293, 2028 34258.401, 2029 35513.831, 2029's rate held:
    // ((35513.831/31821.293) (35513.831/34258.401)^6)^(1/9) - 1 = 3.6855%
    expect(e.growth?.pct).toBeCloseTo(3.6855, 3);
    // (3.5/3.17)^(1/9) * 1.036855 - 1 = 4.8327%
    expect(e.required?.spendingGrowthPct).toBeCloseTo(4.8327, 3);
    expect(e.status).toBe("at_risk");
  });

  it("Slovenia: gap 1.89 pp, trend +0.10 pp/yr against 0.21 needed: at risk, reached in 2045", () => {
    const e = evaluate(data, "SVN", resolveTarget(data, "hague-core"), { asOf: 2026 });
    expect(e.gap?.points).toBeCloseTo(1.89, 10);
    // 1,391 * 1.89 / 1.61 = 1,632.91
    expect(e.gap?.usdM).toBeCloseTo(1_632.91, 1);
    // (1.61 - 1.31) / 3 = 0.10; 1.89 / 0.10 = 18.9 -> 19 years -> 2045
    expect(e.trend?.perYear).toBeCloseTo(0.1, 10);
    expect(e.trend?.reachesIn).toBe(2045);
    expect(e.required?.pointsPerYear).toBeCloseTo(0.21, 10);
    expect(e.status).toBe("at_risk");
  });

  it("Poland is above 3.5%: met, with nothing required", () => {
    const e = evaluate(data, "POL", resolveTarget(data, "hague-core"), { asOf: 2026 });
    expect(e.gap?.points).toBeCloseTo(-1.18, 10);
    expect(e.required).toBeNull();
    expect(e.status).toBe("met");
  });
});

describe("targets, deadlines and the as-of year", () => {
  it("a figure exactly at an ad hoc threshold is met (Denmark 3.49)", () => {
    const e = evaluate(data, "DNK", resolveTarget(data, "3.49"), { asOf: 2026 });
    expect(e.current?.value).toBe(3.49);
    expect(e.status).toBe("met");
  });

  it("2% with the Wales deadline of 2024 passed: Slovenia at 1.61% is off track", () => {
    const e = evaluate(data, "SVN", resolveTarget(data, "two-percent"), { asOf: 2026 });
    expect(e.target.deadline).toBe(2024);
    expect(e.status).toBe("off_track");
    expect(e.reason).toContain("has passed");
  });

  it("as of 2024, only actual figures are used: Germany at 2.00% meets 2% exactly", () => {
    const e = evaluate(data, "DEU", resolveTarget(data, "two-percent"), { asOf: 2024 });
    expect(e.current).toMatchObject({ year: 2024, value: 2, status: "actual" });
    expect(e.status).toBe("met");
  });

  it("--by moves the deadline; the threat horizon is Rutte's 2030 (T001)", () => {
    const horizon = defaultHorizon(data);
    expect(horizon).toMatchObject({ id: "T001", horizonYear: 2030 });
    const core = resolveTarget(data, "hague-core");
    if (!horizon) throw new Error("no default horizon");
    const byHorizon = atHorizon(core, horizon);
    const e = evaluate(data, "DEU", byHorizon, { asOf: 2026 });
    // 0.81 pp over 4 years = 0.2025 pp/yr; trend 0.3633 >= 0.2025: on track
    expect(e.required?.pointsPerYear).toBeCloseTo(0.2025, 10);
    expect(e.status).toBe("on_track");
    const by2027 = evaluate(data, "DEU", resolveTarget(data, "hague-core", 2027), { asOf: 2026 });
    // 0.81 pp in one year > 0.3633 trend: at risk
    expect(by2027.required?.pointsPerYear).toBeCloseTo(0.81, 10);
    expect(by2027.status).toBe("at_risk");
  });

  it("the 5% view says it compares core spending only", () => {
    const t = resolveTarget(data, "hague-total");
    expect(t.threshold).toBe(5);
    expect(t.deadline).toBe(2035);
    expect(t.caveat).toMatch(/core/);
  });

  it("a pledge on a national budget basis is labelled, not passed off as NATO's", () => {
    const t = resolveTarget(data, "P007");
    expect(t.allies).toEqual(["POL"]);
    expect(t.basis).toBe("national");
    expect(t.caveat).toMatch(/national budget/);
  });

  it("rejects unknown targets with the names to use", () => {
    expect(() => resolveTarget(data, "six-percent")).toThrow(/hague-core/);
    expect(() => resolveTarget(data, "P999")).toThrow(/no pledge P999/);
    expect(() => resolveTarget(data, "P072")).toThrow(/no share of GDP/);
    expect(() => resolveTarget(data, "150")).toThrow(/between 0 and 100/);
  });

  it("an override of GDP growth replaces the ally's own history", () => {
    const e = evaluate(data, "DEU", resolveTarget(data, "hague-core"), {
      asOf: 2026,
      gdpGrowthPct: { DEU: 0 },
    });
    // (3.5/2.69)^(1/9) - 1 = 2.9679%
    expect(e.required?.spendingGrowthPct).toBeCloseTo(2.9679, 3);
    expect(e.growth?.from).toBe("given");
  });
});

describe("edge cases in the data", () => {
  const withExpenditure = (edit: (lines: string[]) => string[]) => {
    const texts = readDataTexts();
    const lines = texts.expenditure.split("\n");
    return buildDataset({ ...texts, expenditure: edit(lines).join("\n") });
  };

  it("missing years: the trend uses only the consecutive years left", () => {
    const d = withExpenditure((lines) => lines.filter((l) => !/^DEU,2024,share_gdp_pct,/.test(l)));
    const e = evaluate(d, "DEU", resolveTarget(d, "hague-core"), { asOf: 2026 });
    // only 2025e -> 2026e is left in the window: 2.69 - 2.22 = 0.47
    expect(e.trend?.perYear).toBeCloseTo(0.47, 10);
    expect(e.trend?.changes).toBe(1);
  });

  it("a single year of data: no trend, so off track, and no figure for other years; GDP growth still from the IMF", () => {
    const d = withExpenditure((lines) =>
      lines.filter((l) => !/^DEU,/.test(l) || /^DEU,2026,/.test(l)),
    );
    const e = evaluate(d, "DEU", resolveTarget(d, "hague-core"), { asOf: 2026 });
    expect(e.trend).toBeNull();
    expect(e.growth?.from).toMatch(
      /^2027-2029: IMF WEO-2025-10; 2030-2035: IMF WEO-2025-10 rate for 2029, held$/,
    );
    expect(e.required?.spendingGrowthPct).not.toBeNull();
    expect(e.status).toBe("off_track");
    const before = evaluate(d, "DEU", resolveTarget(d, "hague-core"), { asOf: 2025 });
    expect(before.current).toBeNull();
    expect(before.status).toBeNull();
    expect(before.reason).toMatch(/no share_gdp_pct figure up to 2025/);
  });

  it("estimate-only years are used and marked as estimates", () => {
    const d = withExpenditure((lines) =>
      lines.filter((l) => !/^EST,/.test(l) || /,estimate,2026,/.test(l)),
    );
    const e = evaluate(d, "EST", resolveTarget(d, "hague-core"), { asOf: 2026 });
    expect(e.current?.status).toBe("estimate");
    expect(e.trend?.changes).toBe(1);
    expect(e.status).toBe("met");
  });
});

describe("alliance view", () => {
  it("lists every ally with data, sorted by gap, with counts that add up", () => {
    const view = allianceView(data, resolveTarget(data, "hague-core"), { asOf: 2026 });
    expect(view.evaluations).toHaveLength(31);
    expect(view.noFigure).toEqual(["ISL"]);
    const gaps = view.evaluations.map((e) => e.gap?.points ?? 0);
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
    const total = Object.values(view.counts).reduce((a, b) => a + b, 0);
    expect(total).toBe(31);
    // met: the five allies at or above 3.5% in 2026e (GRC 3.65, POL, LVA, EST, LTU)
    expect(view.counts.met).toBe(5);
    expect(
      view.evaluations
        .filter((e) => e.status === "met")
        .map((e) => e.ally)
        .sort(),
    ).toEqual(["EST", "GRC", "LTU", "LVA", "POL"]);
  });

  it("a pledge target evaluates only its own ally", () => {
    const view = allianceView(data, resolveTarget(data, "P001"), { asOf: 2026 });
    expect(view.evaluations.map((e) => e.ally)).toEqual(["DEU"]);
    expect(view.evaluations[0]?.target.deadline).toBe(2029);
  });
});
