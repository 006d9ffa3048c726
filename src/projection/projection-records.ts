import { ODDS_MODEL_WHY, ODDS_MODELS } from "./model.ts";
import type { OddsResult } from "./odds.ts";
import type { ComparedOdds } from "./odds-models.ts";
import { PATH_DESCRIPTIONS, type ProjectedPath } from "./paths.ts";
import type { ScenarioResult } from "./scenario.ts";

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

/** One ally's projected path, as `pledgewatch project --json` and /api/projections give it. */
export function toProjectionRecord(path: ProjectedPath) {
  return {
    ally: path.ally,
    name: path.name,
    path: path.kind,
    description: PATH_DESCRIPTIONS[path.kind],
    target: path.target,
    start: path.start,
    perYear: path.perYear,
    pledge: path.pledge,
    crossesIn: path.crossesIn,
    notes: path.notes,
    sourceIds: path.sourceIds,
    years: pathRecords(path),
  };
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

/** Probabilities this far apart (10 points) are worth a sentence beside the headline. */
const NOTABLE = 0.1;

const pc = (p: number) => `${(p * 100).toFixed(1)}%`;

/**
 * One row per ally: the headline odds beside the own-history and the pooled ones and the same
 * model on actual figures only, with a note in words where they part.
 */
export function comparedOddsRecords(c: ComparedOdds) {
  const rows = oddsRecords(c.headline);
  const find = (r: OddsResult | null, ally: string) => r?.allies.find((a) => a.ally === ally);
  return rows.map((row) => {
    const own = find(c.own, row.ally);
    const pooled = find(c.pooled, row.ally);
    const actuals = find(c.actuals, row.ally);
    const notes: string[] = [];
    const other = c.model === "own" ? pooled : own;
    if (other && Math.abs(other.pDeadline - row.p_deadline) >= NOTABLE) {
      notes.push(
        `${c.model === "own" ? "pooled" : "own history alone"}: ${pc(other.pDeadline)} by ${c.headline.deadline}`,
      );
    }
    if (actuals && Math.abs(actuals.pDeadline - row.p_deadline) >= NOTABLE) {
      notes.push(
        `on actual figures only (from ${actuals.model.startYear}): ${pc(actuals.pDeadline)}`,
      );
    }
    return {
      ...row,
      model: c.model,
      prior_weight: c.prior,
      own_mu_pp: own ? round(own.model.mu, 4) : null,
      p_own_deadline: own?.pDeadline ?? null,
      p_own_horizon: own?.pHorizon ?? null,
      p_pooled_deadline: pooled?.pDeadline ?? null,
      p_pooled_horizon: pooled?.pHorizon ?? null,
      actuals_start_year: actuals?.model.startYear ?? null,
      p_actuals_deadline: actuals?.pDeadline ?? null,
      p_actuals_horizon: actuals?.pHorizon ?? null,
      odds_note: notes.length === 0 ? null : notes.join("; "),
    };
  });
}

/** A whole run with its comparisons, as `pledgewatch odds --json` and the API give it. */
export function toComparedOddsRecord(c: ComparedOdds) {
  const rows = comparedOddsRecords(c);
  const base = toOddsRecord(c.headline);
  return {
    ...base,
    model: c.model,
    priorWeight: c.prior,
    modelDescription: ODDS_MODELS[c.model],
    modelChoice: modelLine(c),
    comparisonPaths: c.comparisonPaths,
    differ: oddsDiffer(c),
    allies: base.allies.map((a, i) => ({ ...a, ...rows[i] })),
  };
}

/** How many allies' headline odds move by 10 points or more under the other model, or on actuals. */
export function oddsDiffer(c: ComparedOdds) {
  const rows = comparedOddsRecords(c);
  const apart = (a: number | null, b: number) => a !== null && Math.abs(a - b) >= NOTABLE;
  return {
    otherModel: rows.filter((r) =>
      apart(c.model === "own" ? r.p_pooled_deadline : r.p_own_deadline, r.p_deadline),
    ).length,
    actualsOnly: rows.filter((r) => apart(r.p_actuals_deadline, r.p_deadline)).length,
    allies: rows.length,
  };
}

/** The one line under the table: which model the headline uses, and why. */
export function modelLine(c: ComparedOdds): string {
  return c.model === "pooled"
    ? `Headline: pooled model (own history shrunk toward the alliance's, prior weight ${c.prior} years): ${ODDS_MODEL_WHY}.`
    : "Headline: own-history model (prior weight 0), as chosen with --model own; the pooled column shows the alliance-wide pull.";
}

/** Long format: one row per ally and year, then one per year for the alliance ("ALL"). */
export function scenarioRows(result: ScenarioResult) {
  const rows = result.paths.flatMap((p) =>
    p.years.map((y) => ({
      ally: p.ally,
      path: p.kind,
      year: y.year,
      share_pct: Math.round(y.sharePct * 10000) / 10000,
      share_basis: null as string | null,
      gdp_usd_m: Math.round(y.gdpUsdM),
      spending_usd_m: Math.round(y.spendingUsdM),
      extra_vs_flat_usd_m: Math.round(y.extraVsFlatUsdM),
      cumulative_extra_usd_m: Math.round(y.cumulativeExtraUsdM),
      crosses_in: p.crossesIn,
      money_gap_usd_m: null as number | null,
      allies_at_threshold: null as number | null,
    })),
  );
  for (const a of result.alliance) {
    rows.push({
      ally: "ALL",
      path: result.scenario.path,
      year: a.year,
      share_pct: Math.round(a.sharePct * 10000) / 10000,
      share_basis: a.shareBasis,
      gdp_usd_m: Math.round(a.gdpUsdM),
      spending_usd_m: Math.round(a.spendingUsdM),
      extra_vs_flat_usd_m: Number.NaN,
      cumulative_extra_usd_m: Number.NaN,
      crosses_in: null,
      money_gap_usd_m: Math.round(a.moneyGapUsdM),
      allies_at_threshold: a.alliesAtThreshold,
    });
  }
  return rows.map((r) =>
    Number.isNaN(r.extra_vs_flat_usd_m)
      ? { ...r, extra_vs_flat_usd_m: null, cumulative_extra_usd_m: null }
      : r,
  );
}

/** A scenario's run, as `pledgewatch scenario run --json` and /api/scenarios give it. */
export function toScenarioRecord(result: ScenarioResult) {
  return {
    scenario: result.scenario,
    target: result.target,
    horizon: result.horizon,
    asOf: result.asOf,
    to: result.to,
    skipped: result.skipped,
    allies: result.paths.map((p) => ({
      ally: p.ally,
      name: p.name,
      path: p.kind,
      pledge: p.pledge?.id ?? null,
      start: { year: p.start.year, value: p.start.value, status: p.start.status },
      crossesIn: p.crossesIn,
      notes: p.notes,
      sourceIds: p.sourceIds,
    })),
    alliance: result.alliance,
    rows: scenarioRows(result),
  };
}
