import { describe, expect, it } from "vitest";
import {
  allianceTotal,
  burdenSharing,
  membersIn,
  usVersusEurope,
} from "../src/analysis/alliance.ts";
import { compareWithRivals } from "../src/analysis/compare.ts";
import { loadDataset } from "../src/node/load-dataset.ts";

const data = loadDataset();
const years = Array.from({ length: 13 }, (_, i) => 2014 + i);

describe("NATO's published aggregates, recomputed from the allies' own figures", () => {
  // NATO rounds each ally to USD 1m; the sum of 30 rounded figures may differ by a few million.
  const TOLERANCE_USD_M = 3;

  for (const metric of ["usd_current_m", "usd_constant_m"] as const) {
    for (const group of ["NEC", "NATO"] as const) {
      it(`${group} ${metric}, 2014-2026, within ${TOLERANCE_USD_M}m`, () => {
        for (const year of years) {
          const published = data.point(group, metric, year);
          expect(published, `${group} ${year}`).toBeDefined();
          const total = allianceTotal(data, group, metric, year);
          expect(total.missing).toEqual([]);
          expect(
            Math.abs(total.value - (published?.value ?? 0)),
            `${group} ${metric} ${year}`,
          ).toBeLessThanOrEqual(TOLERANCE_USD_M);
        }
      });
    }
  }

  it("NATO's and NEC's shares of GDP equal summed spending over summed GDP at 2021 prices", () => {
    for (const group of ["NATO", "NEC"] as const) {
      for (const year of years) {
        const spending = allianceTotal(data, group, "usd_constant_m", year).value;
        const gdp = allianceTotal(data, group, "gdp_usd_constant_m", year).value;
        const published = data.point(group, "share_gdp_pct", year)?.value ?? 0;
        // shares are printed to 2 dp, so the derived GDPs carry that rounding: 0.01 pp bounds it
        expect(Math.abs((spending / gdp) * 100 - published), `${group} ${year}`).toBeLessThan(0.01);
      }
    }
  });

  it("counts allies from their accession year (Finland 2023, Sweden 2024)", () => {
    expect(membersIn("NEC", 2022)).not.toContain("FIN");
    expect(membersIn("NEC", 2023)).toContain("FIN");
    expect(membersIn("NEC", 2023)).not.toContain("SWE");
    expect(membersIn("NEC", 2024)).not.toContain("USA");
    expect(membersIn("NATO", 2024)).toContain("USA");
  });
});

describe("burden sharing and the US against Europe and Canada", () => {
  it("shares of spending and of GDP each add up to 100%", () => {
    const b = burdenSharing(data, 2026);
    expect(b.rows).toHaveLength(31);
    expect(b.rows.reduce((s, r) => s + r.spendingSharePct, 0)).toBeCloseTo(100, 8);
    expect(b.rows.reduce((s, r) => s + r.gdpSharePct, 0)).toBeCloseTo(100, 8);
    const usa = b.rows.find((r) => r.ally === "USA");
    // the US carries more than its share of GDP (3.17% of GDP against a NATO average below it)
    expect(usa?.ratio).toBeGreaterThan(1);
    expect(usa?.ratio).toBeCloseTo(usa ? usa.spendingSharePct / usa.gdpSharePct : 0, 10);
  });

  it("the US share of NATO spending is USA / NATO from NATO's own table", () => {
    const u = usVersusEurope(data, 2026);
    const usa = data.point("USA", "usd_current_m", 2026)?.value ?? 0;
    const nato = data.point("NATO", "usd_current_m", 2026)?.value ?? 1;
    expect(u.usSharePct).toBeCloseTo((usa / nato) * 100, 10);
  });

  it("Russia and China come from SIPRI, for the latest year SIPRI has, labelled", () => {
    const c = compareWithRivals(data, 2026);
    const rus = c.comparators.find((x) => x.code === "RUS");
    expect(rus?.year).toBe(2024);
    expect(rus?.usdCurrent).toMatchObject({ basis: "sipri", value: 148_967.3 });
    expect(rus?.shareGdp?.value).toBe(7.052);
    expect(c.note).toMatch(/never summed/);
  });
});
