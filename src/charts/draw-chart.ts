import type { Topology } from "topojson-specification";
import type { TopLevelSpec } from "vega-lite";
import { ChartError, type ChartRecord } from "../projection/chart-record.ts";
import type { Cite } from "./cite.ts";
import { historyChart } from "./history-chart.ts";
import { type MapColouring, mapChart } from "./map.ts";
import { pledgesTimelineChart } from "./pledges-timeline-chart.ts";
import { productionChart } from "./production-chart.ts";
import { rankingChart } from "./ranking-chart.ts";
import { rivalsChart } from "./rivals-chart.ts";
import { russiaBudgetChart } from "./russia-budget-chart.ts";
import { statusChart } from "./status-chart.ts";
import { ukraineChart } from "./ukraine-chart.ts";
import { usEuropeChart } from "./us-europe-chart.ts";

export interface DrawOptions {
  readonly cite: Cite;
  /** map only: the countries' shapes (world-atlas TopoJSON) and what colours them. */
  readonly geometry?: Topology;
  readonly colourBy?: MapColouring;
}

/** The named chart's spec, drawn from the record `chartRecord` built for it. Pure. */
export function drawChart(record: ChartRecord, options: DrawOptions): TopLevelSpec {
  const { cite } = options;
  switch (record.chart) {
    case "ranking":
      return rankingChart(record.view, record.lines, cite);
    case "status":
      return statusChart(record.view, cite);
    case "map":
      if (!options.geometry) throw new ChartError("the map needs the countries' geometry");
      return mapChart(
        record.view,
        options.geometry,
        options.colourBy ?? "status",
        record.lines,
        cite,
      );
    case "history":
      return historyChart(record.profile, record.projection ?? {}, cite);
    case "us-europe":
      return usEuropeChart(record.rows, cite);
    case "rivals":
      return rivalsChart(record.comparison, cite);
    case "ukraine":
      return ukraineChart(record.record, "eur", cite);
    case "production":
      return productionChart(record.record, cite);
    case "russia-budget":
      return russiaBudgetChart(record.record, cite);
    case "pledges":
      return pledgesTimelineChart(record.checks, cite);
  }
}
