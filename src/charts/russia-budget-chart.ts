import type { TopLevelSpec } from "vega-lite";
import type { RivalsRecord } from "../analysis/rivals.ts";
import { chartFrame } from "./chart-frame.ts";
import type { Cite } from "./cite.ts";

/**
 * Russia's defence budget over time: the "National defence" chapter as a share of federal
 * spending and of GDP, each point labelled with its definition, beside SIPRI's broader share
 * of GDP. Never drawn against NATO's figures.
 */
export function russiaBudgetChart(record: RivalsRecord, cite: Cite): TopLevelSpec {
  const of = (metric: string) =>
    metric === "share_federal_spending_pct" ? "% of federal spending" : "% of GDP";
  const values = [
    ...record.russiaBudget.map((f) => ({
      year: f.year,
      value: f.value,
      panel: of(f.metric),
      series: /sipri/i.test(f.unit) ? "SIPRI estimate" : "'National defence' chapter",
      definition: f.definition,
      source: f.sourceIds.join(";"),
    })),
    ...record.russiaSipriShareGdp.map((f) => ({
      year: f.year,
      value: f.value,
      panel: of(f.metric),
      series: "SIPRI military expenditure (broader)",
      definition: f.definition,
      source: f.sourceIds.join(";"),
    })),
  ];
  const years = values.map((v) => v.year);
  // a faceted chart sizes its panels: no overall width, and drawn at its own size
  const { width: _width, ...head } = chartFrame(
    "Russia's defence budget: share of federal spending and of GDP",
    [
      "Points: budget documents as reported (plans, drafts, laws); line: SIPRI's broader military expenditure.",
      "Definitions differ; hover for each point's. Not comparable with NATO's figures.",
      ...cite(record.russiaBudget.concat(record.russiaSipriShareGdp).flatMap((f) => f.sourceIds)),
    ],
    `Two panels for Russia by year. Share of federal spending: ${record.russiaBudget
      .filter((f) => f.metric === "share_federal_spending_pct")
      .map((f) => `${f.year} ${f.value}%`)
      .join(", ")}. Share of GDP, budget chapter: ${record.russiaBudget
      .filter((f) => f.metric === "share_gdp_pct")
      .map((f) => `${f.year} ${f.value}%`)
      .join(
        ", ",
      )}; SIPRI: ${record.russiaSipriShareGdp.map((f) => `${f.year} ${f.value.toFixed(2)}%`).join(", ")}.`,
  );
  return {
    ...head,
    usermeta: { fixedSize: true },
    data: { values },
    facet: {
      column: {
        field: "panel",
        type: "nominal",
        title: null,
        sort: ["% of federal spending", "% of GDP"],
      },
    },
    resolve: { scale: { y: "independent" } },
    spec: {
      width: 280,
      height: 220,
      layer: [
        {
          transform: [{ filter: "datum.series === 'SIPRI military expenditure (broader)'" }],
          mark: { type: "line", color: "#8c959f", point: { color: "#8c959f", size: 20 } },
          encoding: {
            x: {
              field: "year",
              type: "quantitative",
              scale: { domain: [Math.min(...years) - 0.5, Math.max(...years) + 0.5], nice: false },
              axis: { format: "d", tickMinStep: 1 },
              title: null,
            },
            y: { field: "value", type: "quantitative", title: "%" },
          },
        },
        {
          transform: [{ filter: "datum.series !== 'SIPRI military expenditure (broader)'" }],
          mark: { type: "point", filled: true, size: 80 },
          encoding: {
            x: { field: "year", type: "quantitative" },
            y: { field: "value", type: "quantitative" },
            color: {
              field: "series",
              type: "nominal",
              title: null,
              scale: { range: ["#cf222e", "#8250df"] },
              legend: { orient: "bottom", labelLimit: 320 },
            },
            tooltip: [
              { field: "year" },
              { field: "value", title: "%", format: ".2f" },
              { field: "definition" },
              { field: "source" },
            ],
          },
        },
      ],
    },
  } as unknown as TopLevelSpec;
}
