import type { TopLevelSpec } from "vega-lite";
import type { ProductionRecord } from "../analysis/production.ts";
import type { RivalsRecord } from "../analysis/rivals.ts";
import type { UkraineRanking, UkraineSupportRecord } from "../analysis/ukraine.ts";
import { withThousands } from "../data/collation.ts";
import type { Cite } from "./specs.ts";

/** Charts of the wider picture: aid to Ukraine, ammunition production. Pure. */

const WIDTH = 640;

function frame(title: string, subtitle: string[], description: string) {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: { text: title, subtitle, anchor: "start", subtitleColor: "#57606a" },
    description,
    width: WIDTH,
    config: { font: "DejaVu Sans, Helvetica, Arial, sans-serif", view: { stroke: null } },
  };
}

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
    ...frame(
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
    ...frame(
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
  const { width: _width, ...head } = frame(
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
