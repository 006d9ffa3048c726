export interface YearValue {
  readonly year: number;
  readonly value: number;
}

export interface Trend {
  /** Average change in points per year. */
  readonly perYear: number;
  readonly fromYear: number;
  readonly toYear: number;
  /** How many year-on-year changes the average is over. */
  readonly changes: number;
}

/**
 * The average year-on-year change over the `years` years up to the last point: with no gaps,
 * (last - value `years` earlier) / `years`. Years missing from the window are skipped (only
 * pairs of consecutive years count); null when no pair is left.
 */
export function trendOf(points: readonly YearValue[], years: number): Trend | null {
  const last = points.at(-1);
  if (!last) return null;
  const byYear = new Map(points.map((p) => [p.year, p.value]));
  let sum = 0;
  let changes = 0;
  let fromYear = last.year;
  for (let year = last.year - years + 1; year <= last.year; year++) {
    const now = byYear.get(year);
    const before = byYear.get(year - 1);
    if (now === undefined || before === undefined) continue;
    sum += now - before;
    changes++;
    fromYear = Math.min(fromYear, year - 1);
  }
  if (changes === 0) return null;
  return { perYear: sum / changes, fromYear, toYear: last.year, changes };
}

/** Tolerance for comparing figures printed to two decimals with computed ones. */
export const EPSILON = 1e-9;

/**
 * NATO prints shares to two decimals, so a trend smaller than half a hundredth of a point a year
 * cannot be told from no change at all: such a trend is flat, and reaches nothing.
 */
export const FLAT_TOLERANCE = 0.005;

export function isFlat(perYear: number): boolean {
  return Math.abs(perYear) < FLAT_TOLERANCE;
}

/**
 * The first year in which `value`, growing by `perYear` from `year`, reaches `threshold`;
 * `year` itself when already there; null when the trend never gets there (falling or flat).
 */
export function yearReached(
  value: number,
  year: number,
  threshold: number,
  perYear: number,
): number | null {
  if (value >= threshold - EPSILON) return year;
  if (perYear <= 0 || isFlat(perYear)) return null;
  return year + Math.ceil((threshold - value) / perYear - EPSILON);
}
