import type { TopLevelSpec } from "vega-lite";
import type { UkraineRanking, UkraineSupportRecord } from "../analysis/ukraine.ts";
import { chartFrame } from "./chart-frame.ts";
import type { Cite } from "./cite.ts";

/** Allies ranked by aid allocated to Ukraine: military and other aid, in EUR bn or % of GDP. */
export function ukraineChart(
  record: UkraineSupportRecord,
  measure: UkraineRanking,
  cite: Cite,
): TopLevelSpec {
  const eur = measure === "eur";
  const values = record.rows.flatMap((r) => {
    const military = eur ? r.militaryAllocatedEurBn : r.militaryAllocatedPctGdp;
    const total = eur ? r.totalAllocatedEurBn : r.totalAllocatedPctGdp;
    if (military === null || total === null) return [];
    const other = Math.max(0, Math.round((total - military) * 10000) / 10000);
    return [
      { ally: r.ally, name: r.name, part: "military", value: military, total },
      { ally: r.ally, name: r.name, part: "financial and humanitarian", value: other, total },
    ];
  });
  const unit = eur ? "EUR billion" : "% of the donor's 2021 GDP";
  const top = record.rows[0];
  return {
    ...chartFrame(
      `Aid to Ukraine allocated by each ally, ${unit === "EUR billion" ? "EUR billion" : "% of GDP"}, to ${record.cutoff}`,
      [
        `${record.release}.`,
        "Bilateral aid only: shares of aid through EU institutions are not included.",
        ...cite(record.sourceIds),
      ],
      `Bar chart ranking ${record.rows.length} allies by aid allocated to Ukraine (${unit}), military and other aid stacked; largest: ${top ? `${top.name} ${eur ? top.totalAllocatedEurBn : top.totalAllocatedPctGdp}` : "none"}. Not covered: ${record.notCovered.map((n) => n.name).join(", ") || "none"}.`,
    ),
    height: { step: 14 },
    data: { values },
    mark: { type: "bar" },
    encoding: {
      y: {
        field: "name",
        type: "nominal",
        title: null,
        sort: { field: "total", order: "descending" },
      },
      x: { field: "value", type: "quantitative", stack: "zero", title: `Allocated, ${unit}` },
      color: {
        field: "part",
        type: "nominal",
        title: null,
        scale: {
          domain: ["military", "financial and humanitarian"],
          range: ["#0969da", "#a5c8f0"],
        },
        legend: { orient: "top", labelLimit: 320 },
      },
      tooltip: [
        { field: "name", title: "Ally" },
        { field: "part", title: "Aid" },
        { field: "value", title: unit, format: eur ? ".2f" : ".3f" },
        { field: "total", title: "Total allocated", format: eur ? ".2f" : ".3f" },
      ],
    },
  } as unknown as TopLevelSpec;
}
