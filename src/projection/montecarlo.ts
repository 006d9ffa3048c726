import type { AllyModel } from "./model.ts";
import { BINS, Histogram, LANES, quantilesFromHistogram } from "./quantiles.ts";
import { Random } from "./rng.ts";

/** Paths by default: the standard error of each probability is at most 0.5 / sqrt(10,000) = 0.5 pp. */
export const DEFAULT_PATHS = 10_000;
export const DEFAULT_SEED = 2035;

export interface SimulationSpec {
  readonly threshold: number;
  readonly deadline: number;
  readonly horizon: number | null;
  /** Last year simulated (at least the deadline and the horizon). */
  readonly to: number;
  readonly paths: number;
  readonly seed: number;
}

export interface FanYear {
  readonly year: number;
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
  readonly mean: number;
  /** Mean spending, USD million current. */
  readonly meanSpendingUsdM: number;
}

export interface AllyOdds {
  readonly ally: string;
  /** Probability that the share in the deadline year is at or above the threshold. */
  readonly pDeadline: number;
  readonly pHorizon: number | null;
  /** Standard errors of the two probabilities: sqrt(p (1 - p) / paths). */
  readonly seDeadline: number;
  readonly seHorizon: number | null;
  readonly fan: readonly FanYear[];
}

const QS = [0.1, 0.5, 0.9] as const;

/**
 * The per-year share columns, reused from one ally to the next: allocating megabytes afresh for
 * each ally costs page faults that grow with the number of threads.
 */
let pool: Float64Array[] = [];
function columnBuffers(steps: number, n: number): Float64Array[] {
  if (pool.length < steps || (pool[0]?.length ?? 0) !== n) {
    pool = Array.from({ length: steps }, () => new Float64Array(n));
  }
  return pool.slice(0, steps);
}

/**
 * One year for one block of paths: its own function, so that V8 optimises it whole rather than
 * re-entering an on-stack-replaced inner loop. Writes [hits, sum of shares, sum of spending]
 * into `totals`.
 */
function stepBlock(
  share: Float64Array,
  gdp: Float64Array,
  z: Float64Array,
  zg: Float64Array,
  size: number,
  mu: number,
  sigma: number,
  growthFactor: number,
  growthSpread: number,
  threshold: number,
  column: Float64Array,
  offset: number,
  histogram: Histogram,
  totals: Float64Array,
): void {
  const counts = histogram.counts;
  const lo = histogram.lo;
  const scale = histogram.scale;
  let count = 0;
  let sum = 0;
  let spend = 0;
  for (let p = 0; p < size; p++) {
    const s = (share[p] as number) + mu + sigma * (z[p] as number);
    const v = Math.max(s, 0);
    share[p] = v;
    column[offset + p] = v;
    const b = ((v - lo) * scale) | 0;
    const slot = ((b < 0 ? 0 : Math.min(b, LAST_BIN)) * LANES) | (p & (LANES - 1));
    counts[slot] = (counts[slot] as number) + 1;
    sum += v;
    if (v >= threshold) count++;
    const next = (gdp[p] as number) * (growthFactor + growthSpread * (zg[p] as number));
    gdp[p] = next;
    spend += v * next;
  }
  totals[0] = count;
  totals[1] = sum;
  totals[2] = spend;
}
/** Paths simulated together: small enough that their state stays in the core's cache. */
const BLOCK = 2048;
const LAST_BIN = BINS - 1;

/**
 * Simulates one ally's share of GDP year by year:
 *   share[t] = max(0, share[t-1] + mu + sigma * z),  GDP[t] = GDP[t-1] * (1 + (g[t] + s_g * z') / 100)
 * with independent standard normals z, z' from the ally's own stream (`stream`), so results do
 * not depend on how allies are spread over threads. Pure and deterministic for a seed.
 * Paths run in cache-sized blocks; each year's shares are kept for its quantiles.
 */
export function simulateAlly(model: AllyModel, spec: SimulationSpec, stream: number): AllyOdds {
  const n = spec.paths;
  const steps = Math.max(0, spec.to - model.startYear);
  const rng = new Random(spec.seed, stream);
  const { mu, sigma, gdpSigmaPct, startShare } = model;
  const threshold = spec.threshold - 1e-9;
  const columns = columnBuffers(steps, n);
  // Bin ranges from the model's own spread after k years: wide enough that few values clamp.
  const histograms = columns.map((_, k) => {
    const centre = startShare + mu * (k + 1);
    const spread = 6 * sigma * Math.sqrt(k + 1) + 1e-6;
    return new Histogram(Math.max(0, centre - spread), centre + spread);
  });
  const hits = new Float64Array(steps);
  const sums = new Float64Array(steps);
  const spending = new Float64Array(steps);
  const growth = Array.from(
    { length: steps },
    (_, k) => model.gdpGrowthPct[k] ?? model.gdpGrowthPct.at(-1) ?? 0,
  );
  const share = new Float64Array(BLOCK);
  const gdp = new Float64Array(BLOCK);
  const z = new Float64Array(BLOCK);
  const zg = new Float64Array(BLOCK);
  const totals = new Float64Array(3);
  for (let from = 0; from < n; from += BLOCK) {
    const size = Math.min(BLOCK, n - from);
    const zs = size === BLOCK ? z : z.subarray(0, size);
    const zgs = size === BLOCK ? zg : zg.subarray(0, size);
    share.fill(startShare);
    gdp.fill(model.gdp0);
    for (let k = 0; k < steps; k++) {
      rng.fillNormal(zs);
      rng.fillNormal(zgs);
      const histogram = histograms[k] as Histogram;
      stepBlock(
        share,
        gdp,
        z,
        zg,
        size,
        mu,
        sigma,
        1 + (growth[k] as number) / 100,
        gdpSigmaPct / 100,
        threshold,
        columns[k] as Float64Array,
        from,
        histogram,
        totals,
      );
      const [count, sum, spend] = totals as unknown as [number, number, number];
      hits[k] = (hits[k] as number) + count;
      sums[k] = (sums[k] as number) + sum;
      spending[k] = (spending[k] as number) + spend / 100;
    }
  }
  const probability = (year: number) =>
    year <= model.startYear
      ? startShare >= threshold
        ? 1
        : 0
      : (hits[year - model.startYear - 1] ?? Number.NaN) / n;
  const fan = columns.map((column, k) => {
    const [p10, p50, p90] = quantilesFromHistogram(column, histograms[k] as Histogram, QS) as [
      number,
      number,
      number,
    ];
    return {
      year: model.startYear + k + 1,
      p10,
      p50,
      p90,
      mean: (sums[k] as number) / n,
      meanSpendingUsdM: (spending[k] as number) / n,
    };
  });
  const pDeadline = probability(spec.deadline);
  const pHorizon = spec.horizon === null ? null : probability(spec.horizon);
  const se = (p: number) => Math.sqrt((p * (1 - p)) / n);
  return {
    ally: model.ally,
    pDeadline,
    pHorizon,
    seDeadline: se(pDeadline),
    seHorizon: pHorizon === null ? null : se(pHorizon),
    fan,
  };
}
