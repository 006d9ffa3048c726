import { compareText } from "../data/collation.ts";
import type { Dataset } from "../data/dataset.ts";
import { roundTo } from "../data/rounding.ts";
import type { Source, UkraineSupportFigure } from "../data/types.ts";
import { ALLIES, displayName } from "../data/vocabulary.ts";

/**
 * Aid to Ukraine per ally, from the Kiel Ukraine Support Tracker: the latest release that gives
 * every donor in EUR with a known cut-off. Pure.
 */

export const UKRAINE_RANKINGS = ["eur", "gdp"] as const;
export type UkraineRanking = (typeof UKRAINE_RANKINGS)[number];

/** What the tracker counts, in Kiel's terms (context/sources.csv KIEL_UST_PAGE). */
export const UKRAINE_SUPPORT_INCLUDES =
  "Government-to-government military, financial and humanitarian aid to Ukraine since January 2022, as tracked by the Kiel Institute; no private donations and no transfers by international organisations. Committed: promised. Allocated: earmarked in concrete packages for delivery (Kiel's main measure since April 2024). Each ally's figures are its bilateral aid: its share of aid given through EU institutions is not included (EU institutions are listed by Kiel as a donor of their own). % of GDP: of the donor's 2021 GDP, as Kiel computes it.";

export const UKRAINE_INCLUDES_SOURCE = "KIEL_UST_PAGE";

export interface UkraineSupportRow {
  readonly ally: string;
  readonly name: string;
  /** 1 = largest, by the chosen ranking. */
  readonly rank: number;
  readonly militaryCommittedEurBn: number | null;
  readonly militaryAllocatedEurBn: number | null;
  readonly totalCommittedEurBn: number | null;
  readonly totalAllocatedEurBn: number | null;
  /** Kiel's share of 2021 GDP. */
  readonly totalAllocatedPctGdp: number | null;
  /** Military allocation / Kiel's 2021 GDP, computed when the data was compiled. */
  readonly militaryAllocatedPctGdp: number | null;
  /** Commitments over the same 2021 GDP (total allocated / its share), computed here. */
  readonly militaryCommittedPctGdp: number | null;
  readonly totalCommittedPctGdp: number | null;
  readonly cutoff: string;
  readonly sourceIds: readonly string[];
}

export interface UkraineTotals {
  readonly militaryCommittedEurBn: number;
  readonly militaryAllocatedEurBn: number;
  readonly totalCommittedEurBn: number;
  readonly totalAllocatedEurBn: number;
}

export interface UkraineSupportRecord {
  readonly release: string;
  readonly cutoff: string;
  readonly includes: string;
  readonly rankedBy: UkraineRanking;
  readonly rows: readonly UkraineSupportRow[];
  /** Allies the release does not cover, each saying so. */
  readonly notCovered: readonly { ally: string; name: string; reason: string }[];
  /** Sums over the covered allies: all of them, the US, and all but the US. */
  readonly totals: {
    readonly allies: UkraineTotals;
    readonly unitedStates: UkraineTotals | null;
    readonly alliesExceptUnitedStates: UkraineTotals;
  };
  /** Kiel's own aggregates (all donors, Europe, EU institutions), as published, with their dates. */
  readonly aggregates: readonly {
    donor: string;
    name: string;
    metric: string;
    value: number;
    unit: string;
    cutoff: string;
    sourceIds: readonly string[];
  }[];
  readonly sourceIds: readonly string[];
}

const EUR_METRICS = [
  "military_committed",
  "military_allocated",
  "total_committed",
  "total_allocated",
] as const;

const AGGREGATE_NAMES: Record<string, string> = {
  ALL: "All donors Kiel tracks",
  XEU: "Europe (European countries and EU institutions)",
  EUI: "EU institutions",
};

/** The latest cut-off at which the tracker gives allies' total allocations in EUR. */
function latestCutoff(figures: readonly UkraineSupportFigure[]): string | null {
  const dates = figures
    .filter(
      (f) =>
        f.metric === "total_allocated" &&
        f.unit === "eur_bn" &&
        /^\d{4}-\d{2}-\d{2}$/.test(f.cutoff) &&
        ALLIES.some((a) => a.iso3 === f.donor),
    )
    .map((f) => f.cutoff)
    .sort();
  return dates.at(-1) ?? null;
}

function sum(rows: readonly UkraineSupportRow[]): UkraineTotals {
  const add = (pick: (r: UkraineSupportRow) => number | null) =>
    roundTo(
      rows.reduce((s, r) => s + (pick(r) ?? 0), 0),
      3,
    );
  return {
    militaryCommittedEurBn: add((r) => r.militaryCommittedEurBn),
    militaryAllocatedEurBn: add((r) => r.militaryAllocatedEurBn),
    totalCommittedEurBn: add((r) => r.totalCommittedEurBn),
    totalAllocatedEurBn: add((r) => r.totalAllocatedEurBn),
  };
}

function releaseName(source: Source | undefined): string {
  if (!source) return "Kiel Ukraine Support Tracker";
  const match = /Release \d+\w*/.exec(source.title);
  return `${source.publisher.replace(/\s*\(.*\)$/, "")}, Ukraine Support Tracker${match ? ` ${match[0]}` : ""}`;
}

/** Every ally the tracker covers, with EUR bn and % of GDP, ranked; the others said so. */
export function ukraineSupport(
  dataset: Dataset,
  rankedBy: UkraineRanking = "eur",
): UkraineSupportRecord {
  const figures = dataset.ukraineSupport;
  const cutoff = latestCutoff(figures);
  const at = figures.filter((f) => f.cutoff === cutoff);
  const find = (donor: string, metric: string, unit: RegExp) =>
    at.find((f) => f.donor === donor && f.metric === metric && unit.test(f.unit));

  const unranked = ALLIES.flatMap((a) => {
    const eur = Object.fromEntries(
      EUR_METRICS.map((m) => [m, find(a.iso3, m, /^eur_bn$/)]),
    ) as Record<(typeof EUR_METRICS)[number], UkraineSupportFigure | undefined>;
    if (!Object.values(eur).some(Boolean)) return [];
    const totalPct = find(a.iso3, "total_allocated_pct_gdp", /^pct_of_2021_gdp$/);
    const militaryPct = find(a.iso3, "military_allocated_pct_gdp", /^pct_of_2021_gdp/);
    // Kiel's 2021 GDP, recovered from the total allocation and its share
    const gdpEurBn =
      totalPct && eur.total_allocated && totalPct.value > 0
        ? eur.total_allocated.value / (totalPct.value / 100)
        : null;
    const overGdp = (f: UkraineSupportFigure | undefined) =>
      f && gdpEurBn !== null ? roundTo((f.value / gdpEurBn) * 100, 4) : null;
    const used = [...Object.values(eur), totalPct, militaryPct].filter(
      (f): f is UkraineSupportFigure => f !== undefined,
    );
    return [
      {
        ally: a.iso3,
        name: a.name,
        militaryCommittedEurBn: eur.military_committed?.value ?? null,
        militaryAllocatedEurBn: eur.military_allocated?.value ?? null,
        totalCommittedEurBn: eur.total_committed?.value ?? null,
        totalAllocatedEurBn: eur.total_allocated?.value ?? null,
        totalAllocatedPctGdp: totalPct?.value ?? null,
        militaryAllocatedPctGdp: militaryPct?.value ?? null,
        militaryCommittedPctGdp: overGdp(eur.military_committed),
        totalCommittedPctGdp: overGdp(eur.total_committed),
        cutoff: cutoff ?? "unknown",
        sourceIds: [...new Set(used.flatMap((f) => f.sourceIds))],
      },
    ];
  });
  const key = (r: (typeof unranked)[number]) =>
    (rankedBy === "eur" ? r.totalAllocatedEurBn : r.totalAllocatedPctGdp) ?? -1;
  const rows: UkraineSupportRow[] = [...unranked]
    .sort((a, b) => key(b) - key(a) || compareText(a.ally, b.ally))
    .map(({ ally, name, ...figures }, i) => ({ ally, name, rank: i + 1, ...figures }));
  const covered = new Set(rows.map((r) => r.ally));
  const us = rows.find((r) => r.ally === "USA");
  const aggregates = figures
    .filter((f) => Object.hasOwn(AGGREGATE_NAMES, f.donor) && /^eur_bn/.test(f.unit))
    .filter((f) => f.donor !== "EUI" || f.cutoff === cutoff)
    .map((f) => ({
      donor: f.donor,
      name: AGGREGATE_NAMES[f.donor] ?? displayName(f.donor),
      metric: f.metric,
      value: f.value,
      unit: f.unit,
      cutoff: f.cutoff,
      sourceIds: f.sourceIds,
    }));
  const sourceIds = [
    ...new Set([
      ...rows.flatMap((r) => r.sourceIds),
      ...aggregates.flatMap((a) => a.sourceIds),
      UKRAINE_INCLUDES_SOURCE,
    ]),
  ];
  return {
    release: releaseName(dataset.source(rows[0]?.sourceIds[0] ?? "")),
    cutoff: cutoff ?? "unknown",
    includes: UKRAINE_SUPPORT_INCLUDES,
    rankedBy,
    rows,
    notCovered: ALLIES.filter((a) => !covered.has(a.iso3)).map((a) => ({
      ally: a.iso3,
      name: a.name,
      reason:
        cutoff === null
          ? "the data has no Kiel release with a known cut-off"
          : `not a donor in the Kiel tracker's release to ${cutoff}`,
    })),
    totals: {
      allies: sum(rows),
      unitedStates: us ? sum([us]) : null,
      alliesExceptUnitedStates: sum(rows.filter((r) => r.ally !== "USA")),
    },
    aggregates,
    sourceIds,
  };
}

/** One ally's line: its row and how many allies the release covers, or why it has none. */
export function ukraineSupportOf(record: UkraineSupportRecord, ally: string) {
  const row = record.rows.find((r) => r.ally === ally) ?? null;
  const missing = record.notCovered.find((n) => n.ally === ally);
  return {
    release: record.release,
    cutoff: record.cutoff,
    covered: record.rows.length,
    row,
    reason: row ? null : (missing?.reason ?? "not an ally"),
  };
}
