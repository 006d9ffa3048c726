import type { Dataset, SeriesOptions } from "../data/dataset.ts";

export interface GrowthAssumption {
  /** Nominal growth per year, in percent. */
  readonly pct: number;
  readonly from: string;
}

/**
 * An ally's average GDP growth (USD; nominal, or real with the constant-price GDP) over the last `years` years of
 * data up to `asOf`, compounded: (GDP_last / GDP_first)^(1/span) - 1. GDP is derived from NATO's
 * own figures (spending / share). Null when fewer than two years are there.
 */
export function historicalGdpGrowth(
  dataset: Dataset,
  ally: string,
  asOf: number,
  years = 5,
  options: SeriesOptions = {},
  metric: "gdp_usd_current_m" | "gdp_usd_constant_m" = "gdp_usd_current_m",
): GrowthAssumption | null {
  const gdp = dataset.series(ally, metric, options).filter((p) => p.year <= asOf);
  const last = gdp.at(-1);
  const first = gdp.find((p) => p.year >= (last?.year ?? 0) - years);
  if (!last || !first || first.year === last.year) return null;
  const span = last.year - first.year;
  const pct = ((last.value / first.value) ** (1 / span) - 1) * 100;
  return {
    pct,
    from: `average ${metric === "gdp_usd_current_m" ? "nominal" : "real"} GDP growth ${first.year}-${last.year} (USD, derived from NATO figures)`,
  };
}

/** One nominal GDP growth rate for every ally (a user's --gdp-growth), or none: each its own. */
export function sameGrowthForAll(
  dataset: Dataset,
  pct: number | undefined,
): Readonly<Record<string, number>> | undefined {
  return pct === undefined
    ? undefined
    : Object.fromEntries(dataset.alliesWithData().map((a) => [a, pct]));
}
