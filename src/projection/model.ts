import type { Dataset, SeriesOptions } from "../data/dataset.ts";
import { growthPath } from "./growth-path.ts";

/** The stochastic model of one ally, fitted to its own history (docs/montecarlo.md). */
export interface AllyModel {
  readonly ally: string;
  readonly startYear: number;
  /** Latest share of GDP, percent. */
  readonly startShare: number;
  /** Mean and spread of the yearly change in share, points: shrunk toward the alliance's. */
  readonly mu: number;
  readonly sigma: number;
  /** The ally's own figures before shrinking, and how many yearly changes they rest on. */
  readonly own: {
    readonly mu: number | null;
    readonly sigma: number | null;
    readonly changes: number;
  };
  /** GDP at the start, USD million current. */
  readonly gdp0: number;
  /** Mean nominal GDP growth for each year after the start, percent. */
  readonly gdpGrowthPct: readonly number[];
  /** Spread of yearly nominal GDP growth, percent points. */
  readonly gdpSigmaPct: number;
}

export interface FitOptions {
  readonly asOf: number;
  /** Last year to model. */
  readonly to: number;
  /** Yearly changes each ally's fit looks back over (default 5). */
  readonly fitYears?: number;
  /** Weight of the alliance-wide figures, in years of data (default 3). */
  readonly prior?: number;
  /** Nominal GDP growth per ally, replacing IMF and history for the mean. */
  readonly gdpGrowthPct?: Readonly<Record<string, number>>;
  readonly edition?: string;
  /** "actual": fit and start from actual figures only, leaving NATO's estimates out. */
  readonly figures?: "all" | "actual";
}

/** The two ways an ally's yearly changes are fitted (docs/montecarlo.md). */
export const ODDS_MODELS = {
  pooled:
    "the ally's own mean and spread of yearly changes, shrunk toward the alliance-wide ones with a prior weight of k years",
  own: "the ally's own mean and spread of yearly changes alone (prior weight 0)",
} as const;

export type OddsModel = keyof typeof ODDS_MODELS;

export const ODDS_MODEL_NAMES = Object.keys(ODDS_MODELS) as OddsModel[];

export const DEFAULT_ODDS_MODEL: OddsModel = "pooled";

/** Why the headline uses the default model: said under every odds table. */
export const ODDS_MODEL_WHY =
  "five yearly changes are too few to trust alone (one war-year jump decides an ally's own mean), so the headline leans on the alliance-wide pattern; the own-history column shows how far that moves each ally";

export const DEFAULT_FIT_YEARS = 5;
export const DEFAULT_PRIOR = 3;

function yearlyChanges(
  points: readonly { year: number; value: number }[],
  lastYear: number,
  years: number,
  relative: boolean,
): number[] {
  const byYear = new Map(points.map((p) => [p.year, p.value]));
  const out: number[] = [];
  for (let y = lastYear - years + 1; y <= lastYear; y++) {
    const now = byYear.get(y);
    const before = byYear.get(y - 1);
    if (now === undefined || before === undefined) continue;
    out.push(relative ? (now / before - 1) * 100 : now - before);
  }
  return out;
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const variance = (xs: readonly number[]) => {
  const m = mean(xs);
  return xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
};

/**
 * Fits each ally's model. Own mean and variance of yearly changes over the last `fitYears`,
 * shrunk toward the pooled alliance-wide figures with weight `prior`:
 *   mu = (n * own_mu + k * pooled_mu) / (n + k)
 *   sigma^2 = ((n - 1) * own_var + k * pooled_var) / (n - 1 + k)
 * Allies with no figure up to asOf, or no GDP in the start year, are left out.
 */
export function fitModels(
  dataset: Dataset,
  allies: readonly string[],
  options: FitOptions,
): AllyModel[] {
  const fitYears = options.fitYears ?? DEFAULT_FIT_YEARS;
  const k = options.prior ?? DEFAULT_PRIOR;
  const seriesOptions: SeriesOptions = { edition: options.edition };
  const raw = allies.flatMap((ally) => {
    const series = dataset
      .series(ally, "share_gdp_pct", seriesOptions)
      .filter(
        (p) => p.year <= options.asOf && (options.figures !== "actual" || p.status === "actual"),
      );
    const start = series.at(-1);
    const gdp0 = start && dataset.point(ally, "gdp_usd_current_m", start.year, seriesOptions);
    if (!start || !gdp0) return [];
    const gdp = dataset.series(ally, "gdp_usd_current_m", seriesOptions);
    return [
      {
        ally,
        start,
        gdp0: gdp0.value,
        changes: yearlyChanges(series, start.year, fitYears, false),
        gdpChanges: yearlyChanges(gdp, start.year, fitYears, true),
      },
    ];
  });
  const pooled = raw.flatMap((r) => r.changes);
  const pooledGdp = raw.flatMap((r) => r.gdpChanges);
  const pooledMu = pooled.length > 0 ? mean(pooled) : 0;
  const pooledVar = pooled.length > 1 ? variance(pooled) : 0;
  const pooledGdpVar = pooledGdp.length > 1 ? variance(pooledGdp) : 0;
  return raw.map((r) => {
    const n = r.changes.length;
    const ownMu = n > 0 ? mean(r.changes) : null;
    const ownVar = n > 1 ? variance(r.changes) : null;
    const mu = n + k === 0 ? pooledMu : (n * (ownMu ?? 0) + k * pooledMu) / (n + k);
    const sigma2 =
      ownVar === null || n - 1 + k === 0
        ? pooledVar
        : ((n - 1) * ownVar + k * pooledVar) / (n - 1 + k);
    const m = r.gdpChanges.length;
    const gdpVar =
      m > 1 ? ((m - 1) * variance(r.gdpChanges) + k * pooledGdpVar) / (m - 1 + k) : pooledGdpVar;
    return {
      ally: r.ally,
      startYear: r.start.year,
      startShare: r.start.value,
      mu,
      sigma: Math.sqrt(sigma2),
      own: { mu: ownMu, sigma: ownVar === null ? null : Math.sqrt(ownVar), changes: n },
      gdp0: r.gdp0,
      gdpGrowthPct: growthPath(
        dataset,
        r.ally,
        r.start.year,
        options.to,
        options.gdpGrowthPct?.[r.ally],
        seriesOptions,
      ).map((g) => g.nominalPct),
      gdpSigmaPct: Math.sqrt(gdpVar),
    };
  });
}
