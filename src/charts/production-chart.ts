import type { TopLevelSpec } from "vega-lite";
import type { ProductionRecord } from "../analysis/production.ts";
import { withThousands } from "../data/collation.ts";
import { chartFrame } from "./chart-frame.ts";
import type { Cite } from "./cite.ts";

/** Stated artillery-ammunition output and targets a year, allies against Russia, as claims. */
export function productionChart(record: ProductionRecord, cite: Cite): TopLevelSpec {
  const values = record.rows
    .filter((r) => r.perYear !== null && r.side !== "comparison")
    .map((r) => ({
      producer: r.producer,
      side: r.side === "russia" ? "Russia" : "Allies (EU, Europe, US, companies)",
      year: r.year,
      roundsPerYear: r.perYear,
      kind: r.kind,
      item: r.item,
      asStated: `${withThousands(r.value)} ${r.unit}`,
      source: r.sourceIds.join(";"),
    }));
  const all = values.map((v) => v.year);
  const years = [Math.min(...all), Math.max(...all)] as const;
  return {
    ...chartFrame(
      "Artillery ammunition: stated output, capacity and targets, rounds a year",
      [
        "Claims by officials, companies and intelligence services, not measurements;",
        "definitions differ (155 mm or 152 mm, shells or rounds, capacity or output).",
        ...cite(record.sourceIds),
      ],
      `Scatter of ${values.length} statements of rounds a year by year, allies and Russia, shaped by kind (actual, target, estimate); ${record.rows.length - values.length} ratio statements are listed in the table only.`,
    ),
    height: 300,
    data: { values },
    mark: { type: "point", filled: true, size: 70, opacity: 0.7 },
    encoding: {
      x: {
        field: "year",
        type: "quantitative",
        scale: { domain: [years[0] - 0.5, years[1] + 0.5], nice: false },
        axis: { format: "d", tickMinStep: 1 },
        title: "Year the statement is about",
      },
      y: {
        field: "roundsPerYear",
        type: "quantitative",
        scale: { type: "log" },
        title: "Rounds a year (log scale)",
      },
      color: {
        field: "side",
        type: "nominal",
        title: null,
        scale: { range: ["#0969da", "#cf222e"] },
        legend: { labelLimit: 320 },
      },
      shape: { field: "kind", type: "nominal", title: "Kind" },
      tooltip: [
        { field: "producer" },
        { field: "year" },
        { field: "kind" },
        { field: "roundsPerYear", title: "Rounds a year", format: ",.0f" },
        { field: "asStated", title: "As stated" },
        { field: "item" },
        { field: "source" },
      ],
    },
  } as unknown as TopLevelSpec;
}
