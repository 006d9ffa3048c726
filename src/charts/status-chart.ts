import type { TopLevelSpec } from "vega-lite";
import type { AllianceView } from "../analysis/alliance.ts";
import { STATUSES } from "../analysis/status.ts";
import { chartFrame } from "./chart-frame.ts";
import type { Cite } from "./cite.ts";
import { statusColourScale } from "./status-colours.ts";

/** How many allies are met, on track, at risk, off track. */
export function statusChart(view: AllianceView, cite: Cite): TopLevelSpec {
  const values = STATUSES.map((s) => ({ status: s, allies: view.counts[s] }));
  return {
    ...chartFrame(
      `Allies by status against ${view.target.threshold}% by ${view.target.deadline ?? "-"}, as of ${view.asOf}`,
      [view.target.label, ...cite(view.evaluations.flatMap((e) => e.sourceIds))],
      `Bar chart of allies by status: ${values.map((v) => `${v.allies} ${v.status.replace("_", " ")}`).join(", ")}.`,
    ),
    height: 200,
    data: { values },
    mark: { type: "bar" },
    encoding: {
      x: { field: "status", type: "nominal", sort: [...STATUSES], title: null },
      y: { field: "allies", type: "quantitative", title: "Allies" },
      color: {
        field: "status",
        type: "nominal",
        legend: null,
        scale: statusColourScale(),
      },
      tooltip: [{ field: "status" }, { field: "allies" }],
    },
  } as TopLevelSpec;
}
