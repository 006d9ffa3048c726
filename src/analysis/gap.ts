export interface Gap {
  /** Target minus current, in points (negative: above target). */
  readonly points: number;
  /** The same in USD million per year at the base (GDP or defence spending); null without base. */
  readonly usdM: number | null;
}

export function gapTo(current: number, threshold: number, baseUsdM: number | null): Gap {
  const points = threshold - current;
  return { points, usdM: baseUsdM === null ? null : (points / 100) * baseUsdM };
}

export interface Required {
  readonly years: number;
  /** Points a year needed to reach the threshold by the deadline. */
  readonly pointsPerYear: number;
  /**
   * Nominal growth of spending a year needed, in percent, with GDP growing at `gdpGrowthPct`:
   * (threshold / current)^(1/years) * (1 + g) - 1. Null when it does not apply.
   */
  readonly spendingGrowthPct: number | null;
}

/** What it takes to go from `current` in `year` to `threshold` by `deadline`; null if past. */
export function requiredIncrease(
  current: number,
  year: number,
  threshold: number,
  deadline: number,
  gdpGrowthPct: number | null,
): Required | null {
  const years = deadline - year;
  if (years <= 0) return null;
  const pointsPerYear = (threshold - current) / years;
  const spendingGrowthPct =
    gdpGrowthPct === null || current <= 0
      ? null
      : ((threshold / current) ** (1 / years) * (1 + gdpGrowthPct / 100) - 1) * 100;
  return { years, pointsPerYear, spendingGrowthPct };
}
