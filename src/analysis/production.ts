import type { Dataset } from "../data/dataset.ts";
import type { ProductionStatement } from "../data/types.ts";

/**
 * Artillery ammunition production: what officials and intelligence services have said about
 * capacity, output and targets. Every row is a claim with its source, never a measurement. Pure.
 */

export const PRODUCTION_KINDS = {
  actual: "reported current output or capacity",
  target: "a stated goal",
  estimate: "an intelligence or official estimate",
} as const;

export const PRODUCTION_NOTE =
  "Statements, not measurements: some are capacity and some output; some cover 155 mm only, some 155 mm and 152 mm; some count shells and some complete rounds. Monthly figures are shown a year as 12 times the month, and marked so.";

export type ProductionSide = "allies" | "russia" | "comparison";

export interface ProductionRow {
  readonly producer: string;
  readonly side: ProductionSide;
  readonly item: string;
  readonly year: number;
  readonly value: number;
  readonly unit: string;
  /** actual | target | estimate, as the source frames it. */
  readonly kind: ProductionStatement["kind"];
  readonly kindMeaning: string;
  /** Rounds a year: the value, or 12 times a monthly one; null for ratios. */
  readonly perYear: number | null;
  readonly perYearFrom: "stated" | "monthly x 12" | null;
  /** "upper" or "lower" where the statement is a bound ("under 600,000", "more than 1M"). */
  readonly bound: "upper" | "lower" | null;
  readonly claim: true;
  readonly sourceIds: readonly string[];
  readonly origin: string;
}

export interface ProductionRecord {
  readonly note: string;
  readonly kinds: typeof PRODUCTION_KINDS;
  readonly rows: readonly ProductionRow[];
  readonly sourceIds: readonly string[];
}

function sideOf(producer: string): ProductionSide {
  if (/_vs_/i.test(producer)) return "comparison";
  return /^russia/i.test(producer) ? "russia" : "allies";
}

function perYear(s: ProductionStatement): Pick<ProductionRow, "perYear" | "perYearFrom"> {
  if (/^rounds_per_year/.test(s.unit)) return { perYear: s.value, perYearFrom: "stated" };
  if (/^rounds_per_month/.test(s.unit))
    return { perYear: s.value * 12, perYearFrom: "monthly x 12" };
  return { perYear: null, perYearFrom: null };
}

/** Every row of production.csv, in file order, with its kind, side and a yearly figure. */
export function productionStatements(dataset: Dataset): ProductionRecord {
  const rows = dataset.production.map(
    (s): ProductionRow => ({
      producer: s.producer,
      side: sideOf(s.producer),
      item: s.item,
      year: s.year,
      value: s.value,
      unit: s.unit,
      kind: s.kind,
      kindMeaning: PRODUCTION_KINDS[s.kind],
      ...perYear(s),
      bound: /_upper_bound$/.test(s.unit) ? "upper" : /_lower_bound$/.test(s.unit) ? "lower" : null,
      claim: true,
      sourceIds: s.sourceIds,
      origin: s.origin,
    }),
  );
  return {
    note: PRODUCTION_NOTE,
    kinds: PRODUCTION_KINDS,
    rows,
    sourceIds: [...new Set(rows.flatMap((r) => r.sourceIds))],
  };
}
