import { describe, expect, it } from "vitest";
import { buildDataset } from "../data/build.ts";
import { readDataTexts } from "../node/read-data.ts";
import { ukraineSupport, ukraineSupportOf } from "./ukraine.ts";

const texts = readDataTexts();
const SOURCE = "KIEL_R28_REPO";

/** The bundled data package with its Kiel file replaced by these rows. */
function withKiel(rows: string[]) {
  return buildDataset({
    ...texts,
    ukraineSupport: ["donor_iso3,metric,value,unit,cutoff,source_id", ...rows].join("\n"),
  });
}

describe("ukraineSupport", () => {
  it("takes the latest release with a known cut-off, ignoring one whose cut-off is unknown", () => {
    const data = withKiel([
      `POL,total_allocated,2,eur_bn,2025-02-28,${SOURCE}`,
      `POL,total_allocated,3,eur_bn,2026-02-28,${SOURCE}`,
      `POL,total_allocated,9,usd_bn,unknown,${SOURCE}`,
      `DEU,total_allocated,10,eur_bn,2026-02-28,${SOURCE}`,
      `DEU,total_allocated,7,eur_bn,2025-02-28,${SOURCE}`,
    ]);
    const record = ukraineSupport(data);
    expect(record.cutoff).toBe("2026-02-28");
    expect(record.rows.map((r) => [r.ally, r.totalAllocatedEurBn, r.rank])).toEqual([
      ["DEU", 10, 1],
      ["POL", 3, 2],
    ]);
    expect(record.notCovered).toHaveLength(30);
    expect(record.totals.unitedStates).toBeNull();
    expect(record.totals.alliesExceptUnitedStates.totalAllocatedEurBn).toBe(13);
  });

  it("derives commitments as % of GDP from the allocation and its share, and ranks by share", () => {
    const data = withKiel([
      // 2021 GDP = 4 / 0.5% = 800; 6 committed = 0.75%
      `EST,total_allocated,4,eur_bn,2026-02-28,${SOURCE}`,
      `EST,total_committed,6,eur_bn,2026-02-28,${SOURCE}`,
      `EST,total_allocated_pct_gdp,0.5,pct_of_2021_gdp,2026-02-28,${SOURCE}`,
      `USA,total_allocated,100,eur_bn,2026-02-28,${SOURCE}`,
      `USA,total_allocated_pct_gdp,0.4,pct_of_2021_gdp,2026-02-28,${SOURCE}`,
    ]);
    const byGdp = ukraineSupport(data, "gdp");
    expect(byGdp.rows.map((r) => r.ally)).toEqual(["EST", "USA"]);
    expect(byGdp.rows[0]?.totalCommittedPctGdp).toBe(0.75);
    expect(byGdp.rows[0]?.militaryCommittedPctGdp).toBeNull();
    expect(ukraineSupport(data, "eur").rows.map((r) => r.ally)).toEqual(["USA", "EST"]);
    const line = ukraineSupportOf(byGdp, "ALB");
    expect(line.row).toBeNull();
    expect(line.reason).toMatch(/not a donor/);
  });

  it("says so when no release has a known cut-off", () => {
    const record = ukraineSupport(withKiel([`POL,total_allocated,9,usd_bn,unknown,${SOURCE}`]));
    expect(record.rows).toEqual([]);
    expect(record.notCovered[0]?.reason).toMatch(/no Kiel release with a known cut-off/);
  });
});
