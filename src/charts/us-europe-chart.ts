import type { TopLevelSpec } from "vega-lite";
import type { GroupSeriesRow } from "../analysis/alliance.ts";
import { chartFrame } from "./chart-frame.ts";
import type { Cite } from "./cite.ts";

/** The US against Europe and Canada, at 2021 prices. */
export function usEuropeChart(rows: readonly GroupSeriesRow[], cite: Cite): TopLevelSpec {
  const values = rows.map((r) => ({
    group: r.name,
    year: r.year,
    usdBn: r.usdConstantM / 1000,
    estimate: r.status === "estimate",
  }));
  const last = values.filter((v) => v.year === Math.max(...values.map((x) => x.year)));
  return {
    ...chartFrame(
      "Defence spending: the United States and NATO Europe and Canada",
      [
        "USD billion at 2021 prices and exchange rates; last two years are NATO estimates.",
        ...cite(rows.flatMap((r) => r.sourceIds)),
      ],
      `Line chart of defence spending in USD billion (2021 prices) from ${values[0]?.year ?? ""}: ` +
        last.map((v) => `${v.group} ${v.usdBn.toFixed(0)} in ${v.year}`).join(", ") +
        ".",
    ),
    height: 300,
    data: { values },
    mark: { type: "line", point: true },
    encoding: {
      x: { field: "year", type: "quantitative", axis: { format: "d" }, title: "Year" },
      y: { field: "usdBn", type: "quantitative", title: "USD billion, 2021 prices" },
      color: { field: "group", type: "nominal", title: null },
      tooltip: [
        { field: "group" },
        { field: "year" },
        { field: "usdBn", format: ".1f", title: "USD bn" },
      ],
    },
  } as TopLevelSpec;
}
