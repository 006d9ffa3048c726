import { describe, expect, it } from "vitest";
import { copyData } from "../../test/helpers.ts";
import { compareWithRivals } from "../analysis/compare.ts";
import { loadDataset } from "../node/load-dataset.ts";
import { citer } from "./cite.ts";
import { rivalsChart } from "./rivals-chart.ts";

describe("the rivals chart", () => {
  it("leaves out a group with no figure and names it, instead of drawing a bar of 0", () => {
    const copy = copyData();
    try {
      copy.edit("nato/expenditure.csv", (t) =>
        t
          .split("\n")
          .filter((l) => !/^NEC,2026,usd_current_m,/.test(l))
          .join("\n"),
      );
      const data = loadDataset(copy.dir);
      const spec = rivalsChart(compareWithRivals(data, 2026), citer(data));
      const values = (spec.data as { values: { who: string; usdBn: number }[] }).values;
      expect(values.map((v) => v.who)).not.toContain("NATO Europe and Canada");
      expect(values.every((v) => v.usdBn > 0)).toBe(true);
      expect(spec.description).toMatch(/No figure: NATO Europe and Canada\./);
      // with the figure, the group is drawn with its value
      const bundled = loadDataset();
      const full = rivalsChart(compareWithRivals(bundled, 2026), citer(bundled));
      const nec = (full.data as { values: { who: string; usdBn: number }[] }).values.find(
        (v) => v.who === "NATO Europe and Canada",
      );
      expect(nec?.usdBn).toBeGreaterThan(100);
    } finally {
      copy.done();
    }
  });
});
