import type { ProjectedPath } from "./paths.ts";

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

/** One row per year of a projected path, as the CLI and the API give it. */
export function pathRecords(path: ProjectedPath) {
  return path.years.map((y) => ({
    ally: path.ally,
    path: path.kind,
    year: y.year,
    share_pct: round(y.sharePct, 4),
    gdp_usd_m: Math.round(y.gdpUsdM),
    spending_usd_m: Math.round(y.spendingUsdM),
    spending_usd_m_2021:
      y.spendingConstantUsdM === null ? null : Math.round(y.spendingConstantUsdM),
    extra_vs_flat_usd_m: Math.round(y.extraVsFlatUsdM),
    cumulative_extra_usd_m: Math.round(y.cumulativeExtraUsdM),
    gdp_growth_pct: y.growth === null ? null : round(y.growth.nominalPct, 2),
    gdp_growth_from: y.growth?.nominalFrom ?? "observed",
  }));
}
