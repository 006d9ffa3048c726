import type { TopLevelSpec } from "vega-lite";
import type { AllianceView, GroupSeriesRow } from "../analysis/alliance.ts";
import type { Comparison } from "../analysis/compare.ts";
import { type PledgeCheck, pledgeTargetText } from "../analysis/pledges.ts";
import type { AllyProfile } from "../analysis/profile.ts";
import { STATUSES } from "../analysis/status.ts";
import type { AllyOddsResult } from "../projection/odds.ts";
import type { ProjectedPath } from "../projection/paths.ts";

/**
 * Chart specs: Vega-Lite JSON built by pure functions from engine results. Each carries a
 * title, units on its axes, a text alternative (description) and a sources line; the faces
 * render them (SVG/PNG in Node, the browser in the dashboard).
 */

export const STATUS_COLOURS: Record<string, string> = {
  met: "#1a7f37",
  on_track: "#0969da",
  at_risk: "#bf8700",
  off_track: "#cf222e",
};

const WIDTH = 640;

/**
 * Turns source ids into at most two lines of citations (`sourceNote` from src/data/citation.ts,
 * bound to a Dataset): a spec never shows bare ids.
 */
export type Cite = (ids: Iterable<string>, options?: { readonly statements?: string }) => string[];

function base(title: string, subtitle: string[], description: string): Partial<TopLevelSpec> {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: { text: title, subtitle, anchor: "start", subtitleColor: "#57606a" },
    description,
    width: WIDTH,
    config: { font: "DejaVu Sans, Helvetica, Arial, sans-serif", view: { stroke: null } },
  } as Partial<TopLevelSpec>;
}

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
    gap: e.gap?.points ?? null,
  }));
  const met = view.counts.met;
  return {
    ...base(
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
            scale: {
              domain: [...STATUSES],
              range: STATUSES.map((s) => STATUS_COLOURS[s] ?? "#888"),
            },
          },
          opacity: { condition: { test: "datum.estimate", value: 0.75 }, value: 1 },
          tooltip: [
            { field: "name", title: "Ally" },
            { field: "share", title: "% of GDP", format: ".2f" },
            { field: "year", title: "Year" },
            { field: "status", title: "Status" },
            { field: "gap", title: "Gap, pp", format: ".2f" },
          ],
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
    ...base(
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
    ...base(
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
    ...base(
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

/** How many allies are met, on track, at risk, off track. */
export function statusChart(view: AllianceView, cite: Cite): TopLevelSpec {
  const values = STATUSES.map((s) => ({ status: s, allies: view.counts[s] }));
  return {
    ...base(
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
        scale: { domain: [...STATUSES], range: STATUSES.map((s) => STATUS_COLOURS[s] ?? "#888") },
      },
      tooltip: [{ field: "status" }, { field: "allies" }],
    },
  } as TopLevelSpec;
}

/** The data behind a spec, flattened, for "download as CSV". */
export function chartData(spec: TopLevelSpec): Record<string, unknown>[] {
  const s = spec as {
    data?: { values?: Record<string, unknown>[] };
    layer?: { data?: { values?: Record<string, unknown>[] } }[];
  };
  if (s.data?.values) return s.data.values;
  const layers = s.layer ?? [];
  const biggest = layers.map((l) => l.data?.values ?? []).sort((a, b) => b.length - a.length)[0];
  return biggest ?? [];
}

/** Pledges on a timeline: when each was made, by whom, and what the figures since say. */
export function pledgesTimelineChart(checks: readonly PledgeCheck[], cite: Cite): TopLevelSpec {
  const values = checks.map((c) => ({
    id: c.pledge.id,
    ally: c.pledge.ally,
    made:
      c.pledge.madeOn.length === 4
        ? `${c.pledge.madeOn}-07-01`
        : c.pledge.madeOn.length === 7
          ? `${c.pledge.madeOn}-15`
          : c.pledge.madeOn,
    target: pledgeTargetText(c.pledge),
    verdict: c.verdict,
    speaker: c.pledge.speaker,
  }));
  return {
    ...base(
      "National pledges over time",
      [
        "Each mark is a statement, placed by the date it was made; colour: what the figures since say.",
        ...cite(
          checks.flatMap((c) => c.pledge.sourceIds),
          { statements: `${checks.length} national statement${checks.length === 1 ? "" : "s"}` },
        ),
      ],
      `Timeline of ${values.length} pledges by ${new Set(values.map((v) => v.ally)).size} allies, made between ${[...values.map((v) => v.made)].sort()[0] ?? ""} and ${[...values.map((v) => v.made)].sort().at(-1) ?? ""}.`,
    ),
    height: { step: 14 },
    data: { values },
    mark: { type: "point", filled: true, size: 70 },
    encoding: {
      x: { field: "made", type: "temporal", title: "Date of the statement" },
      y: { field: "ally", type: "nominal", title: null, sort: "ascending" },
      color: { field: "verdict", type: "nominal", title: "Verdict" },
      tooltip: [
        { field: "id" },
        { field: "ally" },
        { field: "speaker" },
        { field: "target" },
        { field: "verdict" },
        { field: "made", type: "temporal" },
      ],
    },
  } as TopLevelSpec;
}
