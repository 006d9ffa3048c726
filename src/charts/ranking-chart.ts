import type { TopLevelSpec } from "vega-lite";
import type { AllianceView } from "../analysis/alliance.ts";
import { STATUSES } from "../analysis/status.ts";
import { roundTo } from "../data/rounding.ts";
import { allyStatusTooltip, chartFrame } from "./chart-frame.ts";
import type { Cite } from "./cite.ts";
import { statusColourScale } from "./status-colours.ts";

/** Every ally ranked by share of GDP, coloured by status, with guideline lines. */
export function rankingChart(
  view: AllianceView,
  lines: readonly number[],
  cite: Cite,
): TopLevelSpec {
  const values = view.evaluations.map((e) => ({
    ally: e.ally,
    name: e.name,
    share: e.current?.value ?? null,
    year: e.current?.year ?? null,
    estimate: e.current?.status === "estimate",
    status: e.status,
    // as the status record rounds it: no float noise in the chart's data or its CSV
    gap: e.gap ? roundTo(e.gap.points, 4) : null,
  }));
  const met = view.counts.met;
  return {
    ...chartFrame(
      `Defence spending as a share of GDP, ${view.asOf}: ${met} of ${values.length} allies meet ${view.target.threshold}%`,
      [
        `${view.target.label}; deadline ${view.target.deadline ?? "none"}. e = NATO estimate.`,
        ...cite(view.evaluations.flatMap((e) => e.sourceIds)),
      ],
      `Bar chart ranking ${values.length} NATO allies by defence spending as a percentage of GDP in ${view.asOf}, ` +
        `highest ${values.at(-1)?.name ?? ""} ${values.at(-1)?.share ?? ""}%, lowest ${values[0]?.name ?? ""} ${values[0]?.share ?? ""}%; ` +
        `${STATUSES.map((s) => `${view.counts[s]} ${s.replace("_", " ")}`).join(", ")}.`,
    ),
    height: { step: 16 },
    data: { values },
    layer: [
      {
        mark: { type: "bar" },
        encoding: {
          y: { field: "name", type: "nominal", sort: "-x", title: null },
          x: { field: "share", type: "quantitative", title: "Defence expenditure, % of GDP" },
          color: {
            field: "status",
            type: "nominal",
            title: "Status",
            scale: statusColourScale(),
          },
          opacity: { condition: { test: "datum.estimate", value: 0.75 }, value: 1 },
          tooltip: allyStatusTooltip(),
        },
      },
      {
        data: { values: lines.map((l) => ({ line: l })) },
        mark: { type: "rule", strokeDash: [4, 3], color: "#24292f" },
        encoding: { x: { field: "line", type: "quantitative" } },
      },
    ],
  } as TopLevelSpec;
}
