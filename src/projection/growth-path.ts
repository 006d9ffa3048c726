import { gdpGrowthChain } from "../analysis/gdp-growth.ts";
import { historicalGdpGrowth } from "../analysis/historical-growth.ts";
import { compareText } from "../data/collation.ts";
import type { Dataset, SeriesOptions } from "../data/dataset.ts";
import type { MacroFigure } from "../data/types.ts";

export interface YearGrowth {
  readonly year: number;
  /** Nominal GDP growth in USD, percent. */
  readonly nominalPct: number;
  readonly nominalFrom: string;
  /** Real GDP growth, percent (for constant-price spending). */
  readonly realPct: number | null;
  readonly realFrom: string;
  /** The IMF rows used, if any (history comes from the NATO figures already cited). */
  readonly sourceIds: readonly string[];
}

/** WEO vintages, newest first: a later one revises an earlier one. */
function vintageOrder(a: MacroFigure, b: MacroFigure): number {
  return compareText(b.vintage, a.vintage);
}

/**
 * GDP growth for each year after `fromYear` up to `toYear`. Nominal: the chain in
 * analysis/gdp-growth.ts (IMF, the IMF's last rate held, the alliance median of IMF rates, the
 * ally's own history); `overridePct` replaces it in every year. Real: the newest IMF vintage's
 * real growth for the year, else the ally's own five-year average.
 */
export function growthPath(
  dataset: Dataset,
  ally: string,
  fromYear: number,
  toYear: number,
  overridePct?: number,
  options: SeriesOptions = {},
): YearGrowth[] {
  const macro = dataset.macro.filter((m) => m.ally === ally).sort(vintageOrder);
  const chain = gdpGrowthChain(dataset);
  const realHistory = historicalGdpGrowth(
    dataset,
    ally,
    fromYear,
    5,
    options,
    "gdp_usd_constant_m",
  );
  const years: YearGrowth[] = [];
  for (let year = fromYear + 1; year <= toYear; year++) {
    const step = overridePct === undefined ? chain.step(ally, year, fromYear, options) : null;
    const sourceIds: string[] = [...(step?.sourceIds ?? [])];
    const real = macro.find((m) => m.metric === "real_gdp_growth_pct" && m.year === year);
    if (real) sourceIds.push(...real.sourceIds);
    years.push({
      year,
      nominalPct: step ? step.pct : (overridePct as number),
      nominalFrom: step ? step.from : "given",
      realPct: real?.value ?? realHistory?.pct ?? null,
      realFrom: real ? `IMF ${real.vintage}` : (realHistory?.from ?? "no real growth data"),
      sourceIds: [...new Set(sourceIds)],
    });
  }
  return years;
}
