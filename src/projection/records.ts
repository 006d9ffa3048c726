import type { OddsResult } from "./odds.ts";
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

/** One row per ally of a Monte Carlo run: model, probabilities, the fan in the deadline year. */
export function oddsRecords(result: OddsResult) {
  return result.allies.map((a) => {
    const atDeadline = a.fan.find((f) => f.year === result.deadline);
    return {
      ally: a.ally,
      name: a.name,
      start_year: a.model.startYear,
      start_pct: a.model.startShare,
      mu_pp: round(a.model.mu, 4),
      sigma_pp: round(a.model.sigma, 4),
      p_deadline: a.pDeadline,
      se_deadline: round(a.seDeadline, 5),
      p_horizon: a.pHorizon,
      se_horizon: a.seHorizon === null ? null : round(a.seHorizon, 5),
      p10_at_deadline: atDeadline ? round(atDeadline.p10, 3) : null,
      p50_at_deadline: atDeadline ? round(atDeadline.p50, 3) : null,
      p90_at_deadline: atDeadline ? round(atDeadline.p90, 3) : null,
    };
  });
}

/** A whole Monte Carlo run, as `pledgewatch odds --json` and the API give it. */
export function toOddsRecord(result: OddsResult) {
  const rows = oddsRecords(result);
  return {
    target: result.target,
    deadline: result.deadline,
    horizon: result.horizon,
    paths: result.paths,
    seed: result.seed,
    expectedAtDeadline: result.expectedAtDeadline,
    expectedAtHorizon: result.expectedAtHorizon,
    allies: result.allies.map((a, i) => ({ ...rows[i], model: a.model, fan: a.fan })),
  };
}
