import { DEFAULT_TREND_YEARS } from "../analysis/evaluate.ts";
import { resolveTarget, type Target } from "../analysis/targets.ts";
import { trendOf } from "../analysis/trend.ts";
import { compareText } from "../data/collation.ts";
import type { Dataset, SeriesOptions } from "../data/dataset.ts";
import type { Pledge, SeriesPoint } from "../data/types.ts";
import { displayName, PLEDGE_BASES } from "../data/vocabulary.ts";
import { growthPath, type YearGrowth } from "./growth-path.ts";

export const PATH_KINDS = ["trend", "linear", "pledge", "flat"] as const;
export type PathKind = (typeof PATH_KINDS)[number];

export const PATH_DESCRIPTIONS: Record<PathKind, string> = {
  trend: "the recent average change in points of GDP continues",
  linear: "the straight path from the latest figure to the target by its deadline, then level",
  pledge: "straight to the ally's pledged share in the pledged year, then level",
  flat: "the share stays where it is",
};

export class ProjectionError extends Error {
  override name = "ProjectionError";
}

export interface PathOptions {
  readonly asOf: number;
  /** Last year projected. */
  readonly to: number;
  readonly target: Target;
  readonly trendYears?: number;
  /** Nominal GDP growth in percent a year, replacing IMF and history. */
  readonly gdpGrowthPct?: number;
  /** Which pledge the pledge path follows; default: the ally's latest comparable one. */
  readonly pledgeId?: string;
  /** Points a year for the trend path, replacing the fitted trend. */
  readonly perYear?: number;
  readonly edition?: string;
}

export interface PathYear {
  readonly year: number;
  readonly sharePct: number;
  readonly gdpUsdM: number;
  readonly spendingUsdM: number;
  /** At 2021 prices, where the data has a real-growth path. */
  readonly gdpConstantUsdM: number | null;
  readonly spendingConstantUsdM: number | null;
  /** Spending above the flat path (share held at its latest level), current USD. */
  readonly extraVsFlatUsdM: number;
  readonly cumulativeExtraUsdM: number;
  /** Null for the first (observed) year. */
  readonly growth: YearGrowth | null;
}

export interface ProjectedPath {
  readonly ally: string;
  readonly name: string;
  readonly kind: PathKind;
  readonly target: Target;
  /** The observed figure the path starts from. */
  readonly start: SeriesPoint;
  readonly perYear: number | null;
  readonly pledge: Pledge | null;
  readonly years: readonly PathYear[];
  /** First year at or above the target's threshold; null if not within the path. */
  readonly crossesIn: number | null;
  readonly notes: readonly string[];
  readonly sourceIds: readonly string[];
}

/**
 * The last year a projection runs to by default: the target's deadline, and at least the Hague
 * deadline (guideline G009), so every path reaches the year the alliance committed to.
 */
export function projectionEnd(dataset: Dataset, target: Target): number {
  const hague = resolveTarget(dataset, "hague-core").deadline;
  const end = Math.max(
    target.deadline ?? hague ?? Number.NEGATIVE_INFINITY,
    hague ?? Number.NEGATIVE_INFINITY,
  );
  if (!Number.isFinite(end)) throw new ProjectionError("no deadline to project to: give --to YEAR");
  return end;
}

/** The ally's latest pledge with a share of GDP, a year and a basis NATO's figures measure. */
export function latestComparablePledge(dataset: Dataset, ally: string): Pledge | undefined {
  return dataset
    .pledgesOf(ally)
    .filter(
      (p) => p.targetSharePct !== null && p.targetYear !== null && PLEDGE_BASES[p.basis].comparable,
    )
    .sort((a, b) => compareText(b.madeOn, a.madeOn) || compareText(b.id, a.id))[0];
}

/** Straight from (y0, s0) to (y1, s1), then level at s1; s1 at once if y1 is not ahead. */
function straight(s0: number, y0: number, s1: number, y1: number, year: number): number {
  if (year >= y1) return s1;
  return s0 + ((s1 - s0) * (year - y0)) / (y1 - y0);
}

/** The share of GDP the path gives for each year after the start. */
export function shareFunction(
  kind: PathKind,
  start: { year: number; value: number },
  params: { perYear: number; threshold: number; deadline: number | null; pledge?: Pledge },
): (year: number) => number {
  const { year: y0, value: s0 } = start;
  switch (kind) {
    case "flat":
      return () => s0;
    case "trend":
      return (year) => Math.max(0, s0 + params.perYear * (year - y0));
    case "linear": {
      const { threshold, deadline } = params;
      if (s0 >= threshold || deadline === null) return () => s0;
      return (year) => straight(s0, y0, threshold, deadline, year);
    }
    case "pledge": {
      const pledge = params.pledge;
      if (!pledge || pledge.targetSharePct === null || pledge.targetYear === null) return () => s0;
      const { targetSharePct, targetYear } = pledge;
      return (year) => straight(s0, y0, targetSharePct, targetYear, year);
    }
  }
}

/** One ally's path, year by year, with GDP, spending and the extra money against flat. Pure. */
export function projectPath(
  dataset: Dataset,
  ally: string,
  kind: PathKind,
  options: PathOptions,
): ProjectedPath {
  const seriesOptions: SeriesOptions = { edition: options.edition };
  const series = dataset
    .series(ally, "share_gdp_pct", seriesOptions)
    .filter((p) => p.year <= options.asOf);
  const start = series.at(-1);
  if (!start) {
    throw new ProjectionError(
      `no share-of-GDP figure for ${displayName(ally)} up to ${options.asOf}`,
    );
  }
  const gdp0 = dataset.point(ally, "gdp_usd_current_m", start.year, seriesOptions);
  if (!gdp0) {
    throw new ProjectionError(
      `no GDP for ${displayName(ally)} in ${start.year} (needs USD spending in the same edition)`,
    );
  }
  if (options.to <= start.year) {
    throw new ProjectionError(
      `--to ${options.to} must come after the latest figure (${start.year})`,
    );
  }
  const notes: string[] = [];
  let pledge: Pledge | null = null;
  if (options.pledgeId !== undefined && kind !== "pledge") {
    throw new ProjectionError(
      `a pledge (${options.pledgeId}) is followed only by the pledge path: add --path pledge`,
    );
  }
  if (kind === "pledge") {
    pledge =
      (options.pledgeId
        ? dataset.pledgesOf(ally).find((p) => p.id === options.pledgeId)
        : latestComparablePledge(dataset, ally)) ?? null;
    if (!pledge || pledge.targetSharePct === null || pledge.targetYear === null) {
      throw new ProjectionError(
        options.pledgeId
          ? `pledge ${options.pledgeId} is not ${displayName(ally)}'s, or states no share and year`
          : `${displayName(ally)} has no pledge with a share of GDP, a year and a NATO-comparable basis`,
      );
    }
    if (!PLEDGE_BASES[pledge.basis].comparable || pledge.basis !== "nato_definition") {
      notes.push(`pledge ${pledge.id}: ${PLEDGE_BASES[pledge.basis].note}`);
    }
  }
  let perYear: number | null = null;
  if (kind === "trend") {
    const trend = trendOf(series, options.trendYears ?? DEFAULT_TREND_YEARS);
    perYear = options.perYear ?? trend?.perYear ?? 0;
    if (options.perYear === undefined && !trend) notes.push("too few years for a trend: held flat");
  }
  const share = shareFunction(kind, start, {
    perYear: perYear ?? 0,
    threshold: options.target.threshold,
    deadline: options.target.deadline,
    pledge: pledge ?? undefined,
  });
  const gdpConst0 = dataset.point(ally, "gdp_usd_constant_m", start.year, seriesOptions);
  const growth = growthPath(
    dataset,
    ally,
    start.year,
    options.to,
    options.gdpGrowthPct,
    seriesOptions,
  );
  const years: PathYear[] = [
    {
      year: start.year,
      sharePct: start.value,
      gdpUsdM: gdp0.value,
      spendingUsdM: (start.value / 100) * gdp0.value,
      gdpConstantUsdM: gdpConst0?.value ?? null,
      spendingConstantUsdM: gdpConst0 ? (start.value / 100) * gdpConst0.value : null,
      extraVsFlatUsdM: 0,
      cumulativeExtraUsdM: 0,
      growth: null,
    },
  ];
  for (const g of growth) {
    const prev = years[years.length - 1] as PathYear;
    const sharePct = share(g.year);
    const gdpUsdM = prev.gdpUsdM * (1 + g.nominalPct / 100);
    const gdpConstantUsdM =
      prev.gdpConstantUsdM === null || g.realPct === null
        ? null
        : prev.gdpConstantUsdM * (1 + g.realPct / 100);
    const spendingUsdM = (sharePct / 100) * gdpUsdM;
    const extra = spendingUsdM - (start.value / 100) * gdpUsdM;
    years.push({
      year: g.year,
      sharePct,
      gdpUsdM,
      spendingUsdM,
      gdpConstantUsdM,
      spendingConstantUsdM: gdpConstantUsdM === null ? null : (sharePct / 100) * gdpConstantUsdM,
      extraVsFlatUsdM: extra,
      cumulativeExtraUsdM: prev.cumulativeExtraUsdM + extra,
      growth: g,
    });
  }
  const threshold = options.target.threshold;
  const crossing = years.find((y) => y.sharePct >= threshold - 1e-9);
  return {
    ally,
    name: displayName(ally),
    kind,
    target: options.target,
    start,
    perYear,
    pledge,
    years,
    crossesIn: crossing?.year ?? null,
    notes,
    sourceIds: [
      ...new Set([
        ...start.sourceIds,
        ...gdp0.sourceIds,
        ...(pledge?.sourceIds ?? []),
        ...growth.flatMap((g) => g.sourceIds),
      ]),
    ],
  };
}
