import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../data/dataset.ts";
import { loadDataset } from "../node/load-dataset.ts";
import { averageGrowth, evaluate, gdpChecks, gdpGrowthChain, resolveTarget } from "./index.ts";

let data: Dataset;
beforeAll(() => {
  data = loadDataset();
});

// data/context/macro.csv, WEO-2025-10, USD bn: GRC 2026 304.838, 2027 316.711;
// ESP 2028 2208.704, 2029 2292.69; DEU 2028 5674.354, 2029 5848.295. Of the 21 allies the IMF
// rows cover, GRC has the median (11th) rate for 2027 and ESP for 2029.
describe("the GDP-growth chain", () => {
  it("an ally with IMF rows: the IMF's rate, then its 2029 rate held", () => {
    const chain = gdpGrowthChain(data);
    const y2029 = chain.step("DEU", 2029, 2026);
    expect(y2029.kind).toBe("imf");
    // 5848.295 / 5674.354 - 1 = 3.0654%
    expect(y2029.pct).toBeCloseTo(3.0654, 4);
    const y2033 = chain.step("DEU", 2033, 2026);
    expect(y2033).toMatchObject({ kind: "imf_held", from: "IMF WEO-2025-10 rate for 2029, held" });
    expect(y2033.pct).toBeCloseTo(y2029.pct, 12);
  });

  it("Albania has no IMF row: the alliance median of IMF rates, then the median for 2029 held", () => {
    const chain = gdpGrowthChain(data);
    const y2027 = chain.step("ALB", 2027, 2026);
    expect(y2027.kind).toBe("alliance_median");
    // GRC: 316.711 / 304.838 - 1 = 3.8949%
    expect(y2027.pct).toBeCloseTo(3.8949, 4);
    expect(y2027.from).toBe(
      "median of the IMF WEO-2025-10 rates of 21 allies (no IMF row for ALB)",
    );
    expect(y2027.sourceIds).toEqual(["IMF_WEO_2025_10_REPO"]);
    const y2032 = chain.step("ALB", 2032, 2026);
    // ESP: 2292.69 / 2208.704 - 1 = 3.8025%
    expect(y2032.kind).toBe("alliance_median");
    expect(y2032.pct).toBeCloseTo(3.8025, 4);
    expect(y2032.from).toContain("for 2029, held");
  });

  it("before any IMF year (a back-test as of 2018) Albania falls back to its own history", () => {
    const step = gdpGrowthChain(data).step("ALB", 2019, 2018);
    expect(step.kind).toBe("history");
    // GDP = spending / share: 2014 178 / 0.0134 = 13,283.6; 2018 176 / 0.0114 = 15,438.6;
    // (15,438.6 / 13,283.6)^(1/4) - 1 = 3.830%
    expect(step.pct).toBeCloseTo(3.83, 2);
    expect(step.from).toBe("average nominal GDP growth 2014-2018 (USD, derived from NATO figures)");
  });

  it("the NEED column compounds the chain to the deadline and says which links it used", () => {
    const avg = averageGrowth(data, "ALB", 2026, 2035);
    const chain = gdpGrowthChain(data);
    const r = [2027, 2028, 2029].map((y) => 1 + chain.step("ALB", y, 2026).pct / 100);
    const expected = ((r[0] as number) * (r[1] as number) * (r[2] as number) ** 7) ** (1 / 9) - 1;
    expect((avg?.pct ?? 0) / 100).toBeCloseTo(expected, 12);
    expect(avg?.kinds).toEqual(["alliance_median"]);
    const e = evaluate(data, "ALB", resolveTarget(data, "hague-core"), { asOf: 2026 });
    expect(e.growth?.pct).toBeCloseTo(avg?.pct ?? 0, 12);
    expect(e.growth?.from).toMatch(/^2027-2029: median of the IMF WEO-2025-10 rates/);
  });
});

describe("GDP checks beside the figure", () => {
  it("Luxembourg: derived real GDP falls 32% from 2022 to 2023, a change of denominator", () => {
    // 2022: 486 / 0.0057 = 85,263; 2023: 619 / 0.0107 = 57,850 (USD m, 2021 prices): -32.2%
    expect(gdpChecks(data, "LUX", 2026)).toEqual([
      "real GDP derived from NATO's figures changes -32.2% from 2022 to 2023: a change of denominator, not growth",
    ]);
    // as of 2022 the jump is not yet in the figures
    expect(gdpChecks(data, "LUX", 2022)).toEqual([]);
  });

  it("Norway: derived GDP for 2026 is 10.9% above the IMF's", () => {
    // 19,247 / 0.0317 = 607,161 against 547,693: +10.86%
    const e = evaluate(data, "NOR", resolveTarget(data, "hague-core"), { asOf: 2026 });
    expect(e.gdpFlags).toEqual([
      "GDP derived from NATO's figures for 2026 is +10.9% off the IMF's (WEO-2025-10)",
    ]);
    const deu = evaluate(data, "DEU", resolveTarget(data, "hague-core"), { asOf: 2026 });
    expect(deu.gdpFlags).toEqual([]);
  });
});
