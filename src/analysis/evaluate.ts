import type { Dataset, SeriesOptions } from "../data/dataset.ts";
import type { SeriesPoint } from "../data/types.ts";
import { displayName } from "../data/vocabulary.ts";
import { type Gap, gapTo, type Required, requiredIncrease } from "./gap.ts";
import { averageGrowth, gdpChecks } from "./gdp-growth.ts";
import type { GrowthAssumption } from "./historical-growth.ts";
import { classify, type Status } from "./status.ts";
import type { Target } from "./targets.ts";
import { type Trend, trendOf, yearReached } from "./trend.ts";

export interface EvaluateOptions {
  /** The last year of data to use; figures after it are ignored. */
  readonly asOf: number;
  /** Years the trend averages over (default 3). */
  readonly trendYears?: number;
  /** Nominal GDP growth in percent a year, per ally; default: the chain in gdp-growth.ts. */
  readonly gdpGrowthPct?: Readonly<Record<string, number>>;
  readonly edition?: string;
}

export const DEFAULT_TREND_YEARS = 3;

/** Why an ally has no figure at all, where the data's notes say (data/nato/NOTES.md). */
export const NO_FIGURE_REASONS: Readonly<Record<string, string>> = {
  ISL: "no figure: Iceland has no armed forces, and NATO publishes no defence expenditure for it (data/nato/NOTES.md)",
};

/**
 * The short and the long trend window every verdict is also computed under: a verdict that
 * changes with the window rests on the window, not on the figures, and is marked fragile.
 */
export const WINDOW_YEARS = [2, 5] as const;

/** The verdict under one trend window. */
export interface WindowVerdict {
  readonly years: number;
  readonly trend: Trend | null;
  readonly status: Status;
}

/** The same question on actual figures only: the latest estimates left out. */
export interface ActualsVerdict {
  readonly current: SeriesPoint;
  readonly trend: (Trend & { readonly reachesIn: number | null }) | null;
  readonly required: Required | null;
  readonly status: Status;
  readonly reason: string;
}

export interface Evaluation {
  readonly ally: string;
  readonly name: string;
  readonly target: Target;
  readonly asOf: number;
  /** The latest figure up to asOf, or null: "no figure". */
  readonly current: SeriesPoint | null;
  /** What the money gap is measured against: GDP (share targets) or defence spending. */
  readonly base: SeriesPoint | null;
  readonly gap: Gap | null;
  readonly growth: GrowthAssumption | null;
  readonly required: Required | null;
  readonly trend: (Trend & { readonly reachesIn: number | null }) | null;
  readonly status: Status | null;
  readonly reason: string;
  /** The verdict on actual figures only; null when there is no actual figure up to asOf. */
  readonly actuals: ActualsVerdict | null;
  /** The headline rests on estimates: on actual figures alone the status would differ. */
  readonly onlyOnEstimates: boolean;
  readonly windows: readonly WindowVerdict[];
  /** The status changes under the short or the long window. */
  readonly fragile: boolean;
  /** Doubts about the GDP the share and the money rest on (see gdpChecks). */
  readonly gdpFlags: readonly string[];
  readonly sourceIds: readonly string[];
}

function latestUpTo(series: readonly SeriesPoint[], asOf: number): SeriesPoint | null {
  return series.filter((p) => p.year <= asOf).at(-1) ?? null;
}

/** Evaluates one ally against one target as of one year. Pure. */
export function evaluate(
  dataset: Dataset,
  ally: string,
  target: Target,
  options: EvaluateOptions,
): Evaluation {
  const seriesOptions: SeriesOptions = { edition: options.edition };
  const series = dataset
    .series(ally, target.metric, seriesOptions)
    .filter((p) => p.year <= options.asOf);
  const current = series.at(-1) ?? null;
  const name = displayName(ally);
  if (!current) {
    return {
      ally,
      name,
      target,
      asOf: options.asOf,
      current: null,
      base: null,
      gap: null,
      growth: null,
      required: null,
      trend: null,
      status: null,
      reason: NO_FIGURE_REASONS[ally] ?? `no ${target.metric} figure up to ${options.asOf}`,
      actuals: null,
      onlyOnEstimates: false,
      windows: [],
      fragile: false,
      gdpFlags: [],
      sourceIds: [],
    };
  }
  const baseMetric = target.metric === "share_gdp_pct" ? "gdp_usd_current_m" : "usd_current_m";
  const base = latestUpTo(dataset.series(ally, baseMetric, seriesOptions), current.year);
  const gap = gapTo(current.value, target.threshold, base?.value ?? null);
  const override = options.gdpGrowthPct?.[ally];
  const growth =
    target.metric !== "share_gdp_pct"
      ? null
      : override !== undefined
        ? { pct: override, from: "given" }
        : averageGrowth(
            dataset,
            ally,
            current.year,
            target.deadline ?? current.year + 1,
            seriesOptions,
          );
  const required =
    target.deadline === null || gap.points <= 0
      ? null
      : requiredIncrease(
          current.value,
          current.year,
          target.threshold,
          target.deadline,
          growth?.pct ?? null,
        );
  const trendYears = options.trendYears ?? DEFAULT_TREND_YEARS;
  const verdict = (points: readonly SeriesPoint[], years: number) => {
    const latest = points.at(-1) as SeriesPoint;
    const req =
      latest === current
        ? required
        : target.deadline === null || target.threshold - latest.value <= 0
          ? null
          : requiredIncrease(
              latest.value,
              latest.year,
              target.threshold,
              target.deadline,
              growth?.pct ?? null,
            );
    const base = trendOf(points, years);
    const t = base && {
      ...base,
      reachesIn: yearReached(latest.value, latest.year, target.threshold, base.perYear),
    };
    return {
      current: latest,
      trend: t,
      required: req,
      ...classify(latest.value, target.threshold, target.deadline, req, t),
    };
  };
  const headline = verdict(series, trendYears);
  const { trend, status, reason } = headline;
  const actualSeries = series.filter((p) => p.status === "actual");
  const actuals = actualSeries.length === 0 ? null : verdict(actualSeries, trendYears);
  const windows = WINDOW_YEARS.map((years) => {
    const w = verdict(series, years);
    return { years, trend: w.trend, status: w.status };
  });
  return {
    ally,
    name,
    target,
    asOf: options.asOf,
    current,
    base,
    gap,
    growth,
    required,
    trend,
    status,
    reason,
    actuals,
    onlyOnEstimates: actuals !== null && actuals.status !== status,
    windows,
    fragile: windows.some((w) => w.status !== status),
    gdpFlags:
      target.metric === "share_gdp_pct"
        ? gdpChecks(dataset, ally, current.year, 5, seriesOptions)
        : [],
    sourceIds: [...new Set([...current.sourceIds, ...(base?.sourceIds ?? [])])],
  };
}
