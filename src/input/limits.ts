import { withThousands } from "../data/collation.ts";

/**
 * The bounds of every numeric input, for the CLI and the API alike: one table, so that a
 * value one face accepts the other accepts too. Each bound keeps one request's work and memory
 * within what a laptop (or a shared server) can give it.
 */
export const LIMITS = {
  /** Simulated paths per ally: 1,000,000 took 18 s and 360 MB on two cores (README). */
  paths: { min: 1, max: 1_000_000 },
  /** Seeds are 32-bit: a larger one would silently wrap onto a smaller one. */
  seed: { min: 0, max: 2 ** 32 - 1 },
  /** Threads for the Monte Carlo: more than the cores only costs memory. */
  threads: { min: 1, max: 64 },
  /** Years a trend averages over, and yearly changes a model is fitted to: the data has 12. */
  trendYears: { min: 1, max: 12 },
  fitYears: { min: 1, max: 12 },
  /** Nominal GDP growth, % a year: beyond these a projection is no longer an assumption. */
  gdpGrowth: { min: -50, max: 100 },
  /** The pooled odds model's prior weight, in years of data: 0 is own history alone. */
  prior: { min: 0, max: 100 },
  /** Paths per ally in a back-test, which simulates every ally under four prior weights. */
  backtestPaths: { min: 100, max: 20_000 },
  /** Years: deadlines, projection ends. */
  year: { min: 1949, max: 2100 },
} as const;

export type LimitName = keyof typeof LIMITS;

/** A value a user gave that is out of bounds or malformed; the CLI exits 2, the API says 400. */
export class InputError extends Error {
  override name = "InputError";
  /** The option or parameter, as the user wrote it (e.g. "--paths" or "paths"). */
  readonly field: string;

  constructor(field: string, message: string) {
    super(message);
    this.field = field;
  }
}

const shown = (n: number) => (Math.abs(n) >= 10_000 ? withThousands(n) : String(n));

/** A whole number within the named bounds, or an InputError naming `field`. */
export function boundedWhole(field: string, value: number, limit: LimitName): number {
  const { min, max } = LIMITS[limit];
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new InputError(
      field,
      `${field} takes a whole number from ${shown(min)} to ${shown(max)} (got ${value})`,
    );
  }
  return value;
}

/** A number within the named bounds, or an InputError naming `field`. */
export function boundedNumber(field: string, value: number, limit: LimitName): number {
  const { min, max } = LIMITS[limit];
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new InputError(field, `${field} takes a number from ${min} to ${max} (got ${value})`);
  }
  return value;
}

/**
 * The "as of" year: within the years the data has figures for. Before them nothing is known;
 * after them the answer would silently be the latest year's.
 */
export function asOfWithin(field: string, asOf: number, first: number, latest: number): number {
  if (!Number.isInteger(asOf) || asOf < first || asOf > latest) {
    throw new InputError(
      field,
      `${field} takes a year from ${first} to ${latest}, the years the data has figures for (got ${asOf})`,
    );
  }
  return asOf;
}
