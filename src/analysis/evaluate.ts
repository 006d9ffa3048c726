import type { Dataset, SeriesOptions } from "../data/dataset.ts";
import type { SeriesPoint } from "../data/types.ts";
import { displayName } from "../data/vocabulary.ts";
import { type Gap, gapTo, type Required, requiredIncrease } from "./gap.ts";
import { type GrowthAssumption, historicalGdpGrowth } from "./growth.ts";
import { classify, type Status } from "./status.ts";
import type { Target } from "./targets.ts";
import { type Trend, trendOf, yearReached } from "./trend.ts";

export interface EvaluateOptions {
  /** The last year of data to use; figures after it are ignored. */
  readonly asOf: number;
  /** Years the trend averages over (default 3). */
  readonly trendYears?: number;
  /** Nominal GDP growth in percent a year, per ally; default: the ally's own last five years. */
  readonly gdpGrowthPct?: Readonly<Record<string, number>>;
  readonly edition?: string;
}

export const DEFAULT_TREND_YEARS = 3;

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
      reason: `no ${target.metric} figure up to ${options.asOf}`,
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
        : historicalGdpGrowth(dataset, ally, current.year, 5, seriesOptions);
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
  const trendBase = trendOf(series, options.trendYears ?? DEFAULT_TREND_YEARS);
  const trend = trendBase && {
    ...trendBase,
    reachesIn: yearReached(current.value, current.year, target.threshold, trendBase.perYear),
  };
  const { status, reason } = classify(
    current.value,
    target.threshold,
    target.deadline,
    required,
    trend,
  );
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
    sourceIds: [...new Set([...current.sourceIds, ...(base?.sourceIds ?? [])])],
  };
}
