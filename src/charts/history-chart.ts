import type { TopLevelSpec } from "vega-lite";
import { pledgeTargetText } from "../analysis/pledges.ts";
import type { AllyProfile } from "../analysis/profile.ts";
import type { AllyOddsResult } from "../projection/odds.ts";
import type { ProjectedPath } from "../projection/paths.ts";
import { chartFrame } from "./chart-frame.ts";
import type { Cite } from "./cite.ts";

/** One ally's history with estimates marked, target lines, pledges, and a projection if given. */
export function historyChart(
  profile: AllyProfile,
  extras: { path?: ProjectedPath; odds?: AllyOddsResult },
  cite: Cite,
): TopLevelSpec {
  const history = profile.history
    .filter((h) => h.figures.share_gdp_pct)
    .map((h) => ({
      year: h.year,
      share: h.figures.share_gdp_pct?.value ?? null,
      kind: h.figures.share_gdp_pct?.status === "estimate" ? "NATO estimate" : "NATO actual",
      edition: h.figures.share_gdp_pct?.edition ?? null,
    }));
  const targets = profile.evaluations
    .filter((e) => e.target.metric === "share_gdp_pct" && e.target.horizonId === undefined)
    .map((e) => ({ target: `${e.target.threshold}% (${e.target.id})`, share: e.target.threshold }));
  const pledges = profile.pledges
    .filter((c) => c.pledge.targetSharePct !== null && c.pledge.targetYear !== null)
    .map((c) => ({
      year: c.pledge.targetYear,
      share: c.pledge.targetSharePct,
      label: `${c.pledge.id}: ${pledgeTargetText(c.pledge)}`,
      verdict: c.verdict,
      speaker: c.pledge.speaker,
    }));
  const path = extras.path?.years.map((y) => ({ year: y.year, share: y.sharePct })) ?? [];
  const fan =
    extras.odds?.fan.map((f) => ({ year: f.year, p10: f.p10, p50: f.p50, p90: f.p90 })) ?? [];
  const sources = [
    ...profile.evaluations.flatMap((e) => e.sourceIds),
    ...profile.pledges.flatMap((c) => c.pledge.sourceIds),
  ];
  const latest = history.at(-1);
  const layers: unknown[] = [];
  if (fan.length > 0) {
    layers.push({
      data: { values: fan },
      mark: { type: "area", opacity: 0.2, color: "#0969da" },
      encoding: {
        x: { field: "year", type: "quantitative" },
        y: { field: "p10", type: "quantitative" },
        y2: { field: "p90" },
      },
    });
  }
  layers.push(
    {
      data: { values: targets },
      mark: { type: "rule", strokeDash: [4, 3], color: "#57606a" },
      encoding: { y: { field: "share", type: "quantitative" }, tooltip: [{ field: "target" }] },
    },
    {
      data: { values: history },
      mark: { type: "line", color: "#24292f" },
      encoding: {
        x: { field: "year", type: "quantitative", axis: { format: "d" }, title: "Year" },
        y: { field: "share", type: "quantitative", title: "Defence expenditure, % of GDP" },
      },
    },
    {
      data: { values: history },
      mark: { type: "point", filled: true, size: 50 },
      encoding: {
        x: { field: "year", type: "quantitative" },
        y: { field: "share", type: "quantitative" },
        shape: {
          field: "kind",
          type: "nominal",
          title: null,
          scale: { domain: ["NATO actual", "NATO estimate"], range: ["circle", "triangle-up"] },
        },
        color: { value: "#24292f" },
        tooltip: [
          { field: "year" },
          { field: "share", format: ".2f" },
          { field: "kind" },
          { field: "edition" },
        ],
      },
    },
  );
  if (path.length > 0) {
    layers.push({
      data: { values: path },
      mark: { type: "line", strokeDash: [6, 4], color: "#0969da" },
      encoding: {
        x: { field: "year", type: "quantitative" },
        y: { field: "share", type: "quantitative" },
      },
    });
  }
  if (pledges.length > 0) {
    layers.push({
      data: { values: pledges },
      mark: { type: "point", shape: "diamond", size: 90, color: "#8250df", filled: true },
      encoding: {
        x: { field: "year", type: "quantitative" },
        y: { field: "share", type: "quantitative" },
        tooltip: [{ field: "label", title: "Pledge" }, { field: "speaker" }, { field: "verdict" }],
      },
    });
  }
  return {
    ...chartFrame(
      `${profile.name}: defence spending as a share of GDP`,
      [
        "Line: NATO figures (triangles: estimates). Grey dashes: targets. Diamonds: pledges.",
        ...(path.length > 0
          ? [
              `Blue dashes: ${extras.path?.kind} path.${fan.length > 0 ? " Band: 10-90% of simulated paths." : ""}`,
            ]
          : []),
        ...cite(sources),
      ],
      `Line chart of ${profile.name}'s defence spending as a percentage of GDP, ${history[0]?.year ?? ""}-${latest?.year ?? ""}; ` +
        `latest ${latest?.share ?? "no figure"}% in ${latest?.year ?? "-"} (${latest?.kind ?? ""}); ` +
        `${pledges.length} pledges: ${pledges.map((p) => p.label).join("; ") || "none"}.`,
    ),
    height: 320,
    layer: layers,
  } as TopLevelSpec;
}
