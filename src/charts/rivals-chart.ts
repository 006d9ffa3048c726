import type { TopLevelSpec } from "vega-lite";
import type { Comparison } from "../analysis/compare.ts";
import { chartFrame } from "./chart-frame.ts";
import type { Cite } from "./cite.ts";

/** NATO (NATO definition) beside Russia and China (SIPRI), labelled by definition, not ranked. */
export function rivalsChart(c: Comparison, cite: Cite): TopLevelSpec {
  // a group without a figure is left out (and named), never drawn as a bar of 0
  const missing = [...c.nato.groups.filter((g) => !g.usdCurrent).map((g) => g.name)];
  const values = [
    ...c.nato.groups
      .filter((g) => g.usdCurrent)
      .map((g) => ({
        who: g.name,
        usdBn: (g.usdCurrent?.value ?? 0) / 1000,
        year: c.nato.year,
        definition: "NATO definition",
        source: g.usdCurrent?.sourceIds.join(";") ?? "",
      })),
    ...c.comparators
      .filter((r) => r.usdCurrent)
      .map((r) => ({
        who: r.name,
        usdBn: (r.usdCurrent?.value ?? 0) / 1000,
        year: r.year,
        definition: "SIPRI definition",
        source: r.usdCurrent?.sourceIds.join(";") ?? "",
      })),
  ];
  return {
    ...chartFrame(
      "Military spending: NATO beside Russia and China",
      [
        "USD billion, current prices. Different definitions and years: compare with care, never add.",
        ...cite(
          values
            .map((v) => v.source)
            .filter(Boolean)
            .flatMap((s) => s.split(";")),
        ),
      ],
      `Bar chart, USD billion at current prices: ${values.map((v) => `${v.who} ${v.usdBn.toFixed(0)} (${v.year}, ${v.definition})`).join("; ")}.${missing.length > 0 ? ` No figure: ${missing.join(", ")}.` : ""} ${c.note}`,
    ),
    height: { step: 28 },
    data: { values },
    mark: { type: "bar" },
    encoding: {
      y: { field: "who", type: "nominal", sort: null, title: null },
      x: { field: "usdBn", type: "quantitative", title: "USD billion, current prices" },
      color: {
        field: "definition",
        type: "nominal",
        title: null,
        scale: { range: ["#0969da", "#bf8700"] },
      },
      tooltip: [
        { field: "who" },
        { field: "year" },
        { field: "usdBn", format: ".1f", title: "USD bn" },
        { field: "definition" },
      ],
    },
  } as TopLevelSpec;
}
