import type { Dataset, SeriesOptions } from "../data/dataset.ts";
import type { ContextFigure } from "../data/types.ts";
import { displayName } from "../data/vocabulary.ts";
import { type UsVersusEurope, usVersusEurope } from "./alliance.ts";

export interface ComparatorFigures {
  readonly code: string;
  readonly name: string;
  /** SIPRI figures for the latest year up to asOf that SIPRI's current-USD series has. */
  readonly year: number | null;
  readonly usdCurrent: ContextFigure | null;
  readonly shareGdp: ContextFigure | null;
}

export interface Comparison {
  readonly nato: UsVersusEurope;
  readonly comparators: readonly ComparatorFigures[];
  readonly note: string;
}

export const BASIS_NOTE =
  "NATO figures use NATO's definition (core defence, 2026 edition); Russia and China are SIPRI estimates on SIPRI's broader definition. They are shown side by side, never summed or ranked in one series.";

function sipri(dataset: Dataset, code: string, metric: string, year: number) {
  return (
    dataset.milex.find(
      (f) => f.country === code && f.metric === metric && f.year === year && f.basis === "sipri",
    ) ?? null
  );
}

/** The alliance, Europe and Canada, and the US, beside Russia and China, as of a year. */
export function compareWithRivals(
  dataset: Dataset,
  year: number,
  comparators: readonly string[] = ["RUS", "CHN"],
  options: SeriesOptions = {},
): Comparison {
  return {
    nato: usVersusEurope(dataset, year, options),
    comparators: comparators.map((code) => {
      const latest = dataset.milex
        .filter(
          (f) =>
            f.country === code &&
            f.metric === "usd_current_m" &&
            f.basis === "sipri" &&
            f.year <= year,
        )
        .sort((a, b) => a.year - b.year)
        .at(-1);
      const y = latest?.year ?? null;
      return {
        code,
        name: displayName(code),
        year: y,
        usdCurrent: latest ?? null,
        shareGdp: y === null ? null : sipri(dataset, code, "share_gdp_pct", y),
      };
    }),
    note: BASIS_NOTE,
  };
}
