import { roundTo } from "../data/rounding.ts";
import { ODDS_MODEL_WHY, ODDS_MODELS } from "./model.ts";
import type { OddsResult } from "./odds.ts";
import type { ComparedOdds } from "./odds-models.ts";
import { PATH_DESCRIPTIONS, type ProjectedPath } from "./paths.ts";
import type { ScenarioResult } from "./scenario.ts";

/** One row per year of a projected path, as the CLI and the API give it. */
export function pathRecords(path: ProjectedPath) {
  return path.years.map((y) => ({
    ally: path.ally,
    path: path.kind,
    year: y.year,
    sharePct: roundTo(y.sharePct, 4),
    gdpUsdM: Math.round(y.gdpUsdM),
    spendingUsdM: Math.round(y.spendingUsdM),
    spendingUsdM2021: y.spendingConstantUsdM === null ? null : Math.round(y.spendingConstantUsdM),
    extraVsFlatUsdM: Math.round(y.extraVsFlatUsdM),
    cumulativeExtraUsdM: Math.round(y.cumulativeExtraUsdM),
    gdpGrowthPct: y.growth === null ? null : roundTo(y.growth.nominalPct, 2),
    gdpGrowthFrom: y.growth?.nominalFrom ?? "observed",
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
      startYear: a.model.startYear,
      startPct: a.model.startShare,
      muPp: roundTo(a.model.mu, 4),
      sigmaPp: roundTo(a.model.sigma, 4),
      pDeadline: a.pDeadline,
      seDeadline: roundTo(a.seDeadline, 5),
      pHorizon: a.pHorizon,
      seHorizon: a.seHorizon === null ? null : roundTo(a.seHorizon, 5),
      p10AtDeadline: atDeadline ? roundTo(atDeadline.p10, 3) : null,
      p50AtDeadline: atDeadline ? roundTo(atDeadline.p50, 3) : null,
      p90AtDeadline: atDeadline ? roundTo(atDeadline.p90, 3) : null,
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
    // the fitted parameters as `fit`: `model` is the model's name wherever a record says it
    allies: result.allies.map((a, i) => ({ ...rows[i], fit: a.model, fan: a.fan })),
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
    if (other && Math.abs(other.pDeadline - row.pDeadline) >= NOTABLE) {
      notes.push(
        `${c.model === "own" ? "pooled" : "own history alone"}: ${pc(other.pDeadline)} by ${c.headline.deadline}`,
      );
    }
    if (actuals && Math.abs(actuals.pDeadline - row.pDeadline) >= NOTABLE) {
      notes.push(
        `on actual figures only (from ${actuals.model.startYear}): ${pc(actuals.pDeadline)}`,
      );
    }
    return {
      ...row,
      model: c.model,
      priorWeight: c.prior,
      ownMuPp: own ? roundTo(own.model.mu, 4) : null,
      pOwnDeadline: own?.pDeadline ?? null,
      pOwnHorizon: own?.pHorizon ?? null,
      pPooledDeadline: pooled?.pDeadline ?? null,
      pPooledHorizon: pooled?.pHorizon ?? null,
      actualsStartYear: actuals?.model.startYear ?? null,
      pActualsDeadline: actuals?.pDeadline ?? null,
      pActualsHorizon: actuals?.pHorizon ?? null,
      oddsNote: notes.length === 0 ? null : notes.join("; "),
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
      apart(c.model === "own" ? r.pPooledDeadline : r.pOwnDeadline, r.pDeadline),
    ).length,
    actualsOnly: rows.filter((r) => apart(r.pActualsDeadline, r.pDeadline)).length,
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
      sharePct: Math.round(y.sharePct * 10000) / 10000,
      shareBasis: null as string | null,
      gdpUsdM: Math.round(y.gdpUsdM),
      spendingUsdM: Math.round(y.spendingUsdM),
      extraVsFlatUsdM: Math.round(y.extraVsFlatUsdM),
      cumulativeExtraUsdM: Math.round(y.cumulativeExtraUsdM),
      crossesIn: p.crossesIn,
      moneyGapUsdM: null as number | null,
      alliesAtThreshold: null as number | null,
    })),
  );
  for (const a of result.alliance) {
    rows.push({
      ally: "ALL",
      path: result.scenario.path,
      year: a.year,
      sharePct: Math.round(a.sharePct * 10000) / 10000,
      shareBasis: a.shareBasis,
      gdpUsdM: Math.round(a.gdpUsdM),
      spendingUsdM: Math.round(a.spendingUsdM),
      extraVsFlatUsdM: Number.NaN,
      cumulativeExtraUsdM: Number.NaN,
      crossesIn: null,
      moneyGapUsdM: Math.round(a.moneyGapUsdM),
      alliesAtThreshold: a.alliesAtThreshold,
    });
  }
  return rows.map((r) =>
    Number.isNaN(r.extraVsFlatUsdM)
      ? { ...r, extraVsFlatUsdM: null, cumulativeExtraUsdM: null }
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
