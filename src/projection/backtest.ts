import { evaluate } from "../analysis/evaluate.ts";
import type { Status } from "../analysis/status.ts";
import type { Target } from "../analysis/targets.ts";
import type { Dataset, SeriesOptions } from "../data/dataset.ts";
import type { SeriesPoint } from "../data/types.ts";
import { ALLIES, displayName } from "../data/vocabulary.ts";
import { fitModels } from "./model.ts";
import { DEFAULT_SEED, simulateAlly } from "./montecarlo.ts";

/** Trend windows the status rules are tried with. */
export const BACKTEST_WINDOWS = [1, 2, 3, 4, 5] as const;
/** Prior weights the odds are tried with: 0 is own history alone. */
export const BACKTEST_PRIORS = [0, 1, 3, 10] as const;
/** Paths per ally for the back-test odds: standard error at most 0.5 / sqrt(4,000) = 0.8 pp. */
export const BACKTEST_PATHS = 4000;

export class BacktestError extends Error {
  override name = "BacktestError";
}

export interface BacktestOptions {
  readonly target: Target;
  /** What the tool would have known: figures up to this year only. */
  readonly asOf: number;
  readonly edition?: string;
  readonly paths?: number;
  readonly seed?: number;
}

/** A status call is a forecast that the ally will be at the threshold in the deadline year. */
const predictsReach = (s: Status) => s === "met" || s === "on_track";

export interface BacktestRow {
  readonly ally: string;
  readonly name: string;
  /** The figure the call rested on (latest up to asOf). */
  readonly atAsOf: { readonly year: number; readonly value: number; readonly status: string };
  /** The status under each trend window, in BACKTEST_WINDOWS order. */
  readonly statusByWindow: readonly { readonly years: number; readonly status: Status }[];
  /** The odds of reaching the threshold in the deadline year, per prior weight. */
  readonly oddsByPrior: readonly { readonly prior: number; readonly p: number }[];
  /** What happened: the figure for the deadline year, as the data has it now. */
  readonly outcome: { readonly year: number; readonly value: number; readonly status: string };
  readonly reached: boolean;
}

export interface Scores {
  /** Called to reach it, and did. */
  readonly truePositive: number;
  readonly falsePositive: number;
  readonly falseNegative: number;
  readonly trueNegative: number;
  /** Share of allies called right. */
  readonly hitRate: number;
  /** Mean squared difference between the forecast probability and the outcome (0 or 1). */
  readonly brier: number;
}

export interface Backtest {
  readonly target: Target;
  readonly asOf: number;
  readonly deadline: number;
  readonly rows: readonly BacktestRow[];
  readonly windows: readonly (Scores & { readonly years: number })[];
  /** The odds scored as forecasts; a call is "reach" when p >= 0.5. */
  readonly priors: readonly (Scores & { readonly prior: number })[];
  /** Allies left out, and why. */
  readonly excluded: readonly { readonly ally: string; readonly reason: string }[];
  readonly caveat: string;
}

function score(calls: readonly { p: number; reached: boolean }[]): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  let brier = 0;
  for (const { p, reached } of calls) {
    const yes = p >= 0.5;
    if (yes && reached) tp++;
    else if (yes) fp++;
    else if (reached) fn++;
    else tn++;
    brier += (p - (reached ? 1 : 0)) ** 2;
  }
  const n = calls.length;
  return {
    truePositive: tp,
    falsePositive: fp,
    falseNegative: fn,
    trueNegative: tn,
    hitRate: n === 0 ? 0 : (tp + tn) / n,
    brier: n === 0 ? 0 : brier / n,
  };
}

/**
 * What the status rules and the odds would have said as of `asOf` about reaching the target by
 * its deadline, against what the figures for the deadline year show. Figures up to asOf are
 * taken as the data has them now (later editions revise them), so the call is made on revised
 * history, not on what was published at the time. Pure.
 */
export function backtest(dataset: Dataset, options: BacktestOptions): Backtest {
  const { target, asOf } = options;
  const deadline = target.deadline;
  if (deadline === null) throw new BacktestError(`target ${target.id} has no deadline: give --by`);
  if (target.metric !== "share_gdp_pct") {
    throw new BacktestError(`a back-test needs a share-of-GDP target, not ${target.metric}`);
  }
  if (deadline <= asOf) {
    throw new BacktestError(`the deadline ${deadline} must come after the as-of year ${asOf}`);
  }
  const seriesOptions: SeriesOptions = { edition: options.edition };
  const latest = dataset.latestYear(seriesOptions);
  if (latest === undefined || deadline > latest) {
    throw new BacktestError(
      `the data has no figures for the deadline year ${deadline} yet (latest: ${latest ?? "none"}): choose an earlier --by`,
    );
  }
  const excluded: { ally: string; reason: string }[] = [];
  const candidates: { ally: string; then: SeriesPoint; outcome: SeriesPoint }[] = [];
  for (const ally of target.allies ?? ALLIES.map((a) => a.iso3)) {
    const series = dataset.series(ally, "share_gdp_pct", seriesOptions);
    const then = series.filter((p) => p.year <= asOf).at(-1);
    const outcome = series.find((p) => p.year === deadline);
    if (!then) excluded.push({ ally, reason: `no figure up to ${asOf}` });
    else if (!outcome) excluded.push({ ally, reason: `no figure for ${deadline}` });
    else candidates.push({ ally, then, outcome });
  }
  const paths = options.paths ?? BACKTEST_PATHS;
  const seed = options.seed ?? DEFAULT_SEED;
  const allies = candidates.map((c) => c.ally);
  const spec = { threshold: target.threshold, deadline, horizon: null, to: deadline, paths, seed };
  const oddsByPrior = BACKTEST_PRIORS.map((prior) => {
    const models = fitModels(dataset, allies, {
      asOf,
      to: deadline,
      prior,
      edition: options.edition,
    });
    return new Map(
      models.map((m) => [m.ally, simulateAlly(m, spec, allies.indexOf(m.ally)).pDeadline]),
    );
  });
  const rows: BacktestRow[] = candidates.map(({ ally, then, outcome }) => ({
    ally,
    name: displayName(ally),
    atAsOf: { year: then.year, value: then.value, status: then.status },
    statusByWindow: BACKTEST_WINDOWS.map((years) => ({
      years,
      status: evaluate(dataset, ally, target, {
        asOf,
        trendYears: years,
        edition: options.edition,
      }).status as Status,
    })),
    oddsByPrior: BACKTEST_PRIORS.map((prior, i) => ({
      prior,
      p: oddsByPrior[i]?.get(ally) ?? Number.NaN,
    })),
    outcome: { year: outcome.year, value: outcome.value, status: outcome.status },
    reached: outcome.value >= target.threshold - 1e-9,
  }));
  return {
    target,
    asOf,
    deadline,
    rows,
    windows: BACKTEST_WINDOWS.map((years, i) => ({
      years,
      ...score(
        rows.map((r) => ({
          p: predictsReach(r.statusByWindow[i]?.status as Status) ? 1 : 0,
          reached: r.reached,
        })),
      ),
    })),
    priors: BACKTEST_PRIORS.map((prior, i) => ({
      prior,
      ...score(
        rows
          .filter((r) => Number.isFinite(r.oddsByPrior[i]?.p))
          .map((r) => ({ p: r.oddsByPrior[i]?.p as number, reached: r.reached })),
      ),
    })),
    excluded,
    caveat:
      "figures up to the as-of year are taken as the data has them now: later NATO editions revise earlier years, so the calls rest on revised history, not on what was published then",
  };
}

const r4 = (x: number) => Math.round(x * 10_000) / 10_000;

/** One flat row per ally, as `backtest --csv` and the API's CSV give it. */
export function backtestRows(b: Backtest) {
  return b.rows.map((r) => ({
    ally: r.ally,
    name: r.name,
    asOf: b.asOf,
    asOfFigureYear: r.atAsOf.year,
    asOfFigurePct: r.atAsOf.value,
    asOfFigureStatus: r.atAsOf.status,
    ...Object.fromEntries(r.statusByWindow.map((w) => [`status${w.years}y`, w.status])),
    ...Object.fromEntries(r.oddsByPrior.map((o) => [`pPrior${o.prior}`, r4(o.p)])),
    outcomeYear: r.outcome.year,
    outcomePct: r.outcome.value,
    outcomeFigureStatus: r.outcome.status,
    reached: r.reached,
  }));
}

/** The whole back-test, as `backtest --json` and the API give it. */
export function toBacktestRecord(b: Backtest) {
  const scores = <T extends Scores>(s: T) => ({ ...s, hitRate: r4(s.hitRate), brier: r4(s.brier) });
  return {
    target: b.target,
    asOf: b.asOf,
    deadline: b.deadline,
    allies: b.rows.length,
    reached: b.rows.filter((r) => r.reached).length,
    windows: b.windows.map(scores),
    priors: b.priors.map(scores),
    rows: backtestRows(b),
    excluded: b.excluded,
    rule: "a status of met or on_track calls the ally at the threshold in the deadline year; odds call it when p >= 0.5; the Brier score is the mean of (p - outcome)^2, 0 for a perfect forecast, 0.25 for a coin toss",
    caveat: b.caveat,
  };
}
