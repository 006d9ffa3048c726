import { historicalGdpGrowth } from "../analysis/growth.ts";
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
  return b.vintage.localeCompare(a.vintage);
}

/**
 * GDP growth for each year after `fromYear` up to `toYear`: IMF WEO where it has the year
 * (nominal: the ratio of consecutive USD GDP levels in one vintage; real: the newest vintage's
 * real growth), else the ally's own average over its last five years of data; `overridePct`
 * replaces nominal growth in every year.
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
  const level = (year: number, vintage: string) =>
    macro.find(
      (m) => m.metric === "gdp_usd_current_bn" && m.year === year && m.vintage === vintage,
    );
  const nominalHistory = historicalGdpGrowth(dataset, ally, fromYear, 5, options);
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
    let nominalPct: number | undefined;
    let nominalFrom = "";
    const sourceIds: string[] = [];
    if (overridePct !== undefined) {
      nominalPct = overridePct;
      nominalFrom = "given";
    } else {
      for (const now of macro.filter((m) => m.metric === "gdp_usd_current_bn" && m.year === year)) {
        const before = level(year - 1, now.vintage);
        if (!before) continue;
        nominalPct = (now.value / before.value - 1) * 100;
        nominalFrom = `IMF ${now.vintage}`;
        sourceIds.push(...now.sourceIds);
        break;
      }
    }
    if (nominalPct === undefined && nominalHistory) {
      nominalPct = nominalHistory.pct;
      nominalFrom = nominalHistory.from;
    }
    const real = macro.find((m) => m.metric === "real_gdp_growth_pct" && m.year === year);
    if (real) sourceIds.push(...real.sourceIds);
    years.push({
      year,
      nominalPct: nominalPct ?? 0,
      nominalFrom: nominalPct === undefined ? "no growth data: GDP held flat" : nominalFrom,
      realPct: real?.value ?? realHistory?.pct ?? null,
      realFrom: real ? `IMF ${real.vintage}` : (realHistory?.from ?? "no real growth data"),
      sourceIds: [...new Set(sourceIds)],
    });
  }
  return years;
}
