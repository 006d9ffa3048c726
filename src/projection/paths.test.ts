import { describe, expect, it } from "vitest";
import { resolveTarget } from "../analysis/targets.ts";
import { loadDataset } from "../node/load-dataset.ts";
import { projectPath } from "./paths.ts";

const data = loadDataset();
const core = resolveTarget(data, "hague-core");
const opts = { asOf: 2026, to: 2035, target: core };

// Germany, from data/nato/expenditure.csv (edition 2026): share 2023 1.60, 2026e 2.69;
// USD m 2026e 147,002, constant 2021 119,159. IMF WEO-2025-10 (data/context/macro.csv):
// GDP USD bn 2026 5,328.184, 2027 5,498.618, 2028 5,674.354; real growth 2027 1.5
// (WEO-2026-01-update, the newest vintage with 2027), 2028 1.203.
const gdp2026 = 147_002 / 0.0269;
const gdp2027 = gdp2026 * (5_498.618 / 5_328.184);
const gdp2028 = gdp2027 * (5_674.354 / 5_498.618);

describe("deterministic paths for Germany, as of 2026", () => {
  it("flat: the share stays at 2.69 and nothing extra is spent", () => {
    const p = projectPath(data, "DEU", "flat", opts);
    expect(p.years.map((y) => y.sharePct)).toEqual(Array(10).fill(2.69));
    expect(p.years.at(-1)?.cumulativeExtraUsdM).toBe(0);
    expect(p.crossesIn).toBeNull();
    // spending grows only with GDP: 2.69% of the 2027 GDP
    expect(p.years[1]?.spendingUsdM).toBeCloseTo(0.0269 * gdp2027, 3);
  });

  it("trend: +0.3633 pp a year, 3.05 in 2027, crosses 3.5% in 2029", () => {
    const p = projectPath(data, "DEU", "trend", opts);
    expect(p.perYear).toBeCloseTo((2.69 - 1.6) / 3, 12);
    expect(p.years[1]?.sharePct).toBeCloseTo(2.69 + 1.09 / 3, 12);
    expect(p.years[2]?.sharePct).toBeCloseTo(2.69 + 2.18 / 3, 12); // 3.4167 < 3.5
    expect(p.crossesIn).toBe(2029);
    // GDP follows IMF levels: 2027 = 2026 x 5,498.618 / 5,328.184
    expect(p.years[1]?.gdpUsdM).toBeCloseTo(gdp2027, 4);
    expect(p.years[2]?.gdpUsdM).toBeCloseTo(gdp2028, 4);
    // extra against flat in 2027: (3.0533 - 2.69)% of GDP 2027; cumulative adds 2028's
    const extra2027 = (1.09 / 3 / 100) * gdp2027;
    const extra2028 = (2.18 / 3 / 100) * gdp2028;
    expect(p.years[1]?.extraVsFlatUsdM).toBeCloseTo(extra2027, 4);
    expect(p.years[2]?.cumulativeExtraUsdM).toBeCloseTo(extra2027 + extra2028, 4);
    // constant prices: 2021-price GDP grows by real growth 1.5% (2027), 1.203% (2028)
    const const2026 = 119_159 / 0.0269;
    expect(p.years[2]?.gdpConstantUsdM).toBeCloseTo(const2026 * 1.015 * 1.01203, 3);
  });

  it("linear: straight from 2.69 in 2026 to 3.5 in 2035 (+0.09 a year), then level", () => {
    const p = projectPath(data, "DEU", "linear", { ...opts, to: 2037 });
    expect(p.years.find((y) => y.year === 2030)?.sharePct).toBeCloseTo(2.69 + 0.09 * 4, 12);
    expect(p.years.find((y) => y.year === 2035)?.sharePct).toBe(3.5);
    expect(p.years.find((y) => y.year === 2037)?.sharePct).toBe(3.5);
    expect(p.crossesIn).toBe(2035);
  });

  it("pledge: the latest comparable pledge is Pistorius' 3.05% in 2029 (P003), then level", () => {
    const p = projectPath(data, "DEU", "pledge", opts);
    expect(p.pledge?.id).toBe("P003");
    // 2.69 + (3.05 - 2.69) / 3 per year
    expect(p.years[1]?.sharePct).toBeCloseTo(2.81, 12);
    expect(p.years.find((y) => y.year === 2029)?.sharePct).toBe(3.05);
    expect(p.years.at(-1)?.sharePct).toBe(3.05);
    expect(p.crossesIn).toBeNull();
    const p001 = projectPath(data, "DEU", "pledge", { ...opts, pledgeId: "P001" });
    expect(p001.crossesIn).toBe(2029);
    expect(p001.sourceIds).toContain("S061");
  });

  it("a given GDP growth replaces IMF and history", () => {
    const p = projectPath(data, "DEU", "flat", { ...opts, gdpGrowthPct: 0 });
    expect(p.years.at(-1)?.gdpUsdM).toBeCloseTo(gdp2026, 6);
    expect(p.years[1]?.growth?.nominalFrom).toBe("given");
  });

  it("beyond IMF's last year (2029), GDP grows at the IMF's 2029 rate: no jump", () => {
    const p = projectPath(data, "DEU", "flat", opts);
    const g2030 = p.years.find((y) => y.year === 2030)?.growth;
    // 5848.295 / 5674.354 - 1 = 3.0654% (IMF WEO-2025-10, 2029 over 2028)
    expect(g2030?.nominalPct).toBeCloseTo(3.0654, 3);
    expect(g2030?.nominalFrom).toBe("IMF WEO-2025-10 rate for 2029, held");
  });

  it("explains what it cannot do", () => {
    expect(() => projectPath(data, "ISL", "trend", opts)).toThrow(
      /no share-of-GDP figure for Iceland/,
    );
    expect(() => projectPath(data, "USA", "pledge", opts)).toThrow(/no pledge with a share of GDP/);
    expect(() => projectPath(data, "DEU", "trend", { ...opts, to: 2026 })).toThrow(
      /must come after/,
    );
  });
});
