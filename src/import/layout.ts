import type { NatoMetric } from "../data/vocabulary.ts";

/**
 * The published layout of NATO's "Defence Expenditure of NATO Countries" workbook, as
 * pledgewatch reads it: one sheet per table; inside a sheet, blocks of a title row, a header
 * row of years from 2014, and one row per country. A block is recognised by words in its title;
 * the first rule that matches wins, so the more specific words come first.
 */
export interface BlockRule {
  readonly metric: NatoMetric;
  /** Words the block's title must contain (case-insensitive). */
  readonly title: RegExp;
  /** What the block holds, for messages. */
  readonly label: string;
  /** The unit, given the constant-price base year the title names (if any). */
  readonly unit: (baseYear: number | undefined) => string | undefined;
}

export interface TableRule {
  readonly sheet: string;
  readonly blocks: readonly BlockRule[];
}

const fixed = (unit: string) => () => unit;
const constant = (prefix: string) => (base: number | undefined) =>
  base === undefined ? undefined : `${prefix}_constant_${base}`;
const currentOrConstant = (prefix: string) => (base: number | undefined) =>
  base === undefined ? `${prefix}_current` : `${prefix}_constant_${base}`;

export const TABLES: readonly TableRule[] = [
  {
    sheet: "Table 1",
    blocks: [
      {
        metric: "national_constant_m",
        title: /constant/i,
        label: "million national currency, constant prices",
        unit: constant("national_m"),
      },
      {
        metric: "national_current_m",
        title: /current/i,
        label: "million national currency, current prices",
        unit: fixed("national_m_current"),
      },
    ],
  },
  {
    sheet: "Table 2",
    blocks: [
      {
        metric: "usd_constant_m",
        title: /constant/i,
        label: "million US dollars, constant prices",
        unit: constant("usd_m"),
      },
      {
        metric: "usd_current_m",
        title: /current/i,
        label: "million US dollars, current prices",
        unit: fixed("usd_m_current"),
      },
    ],
  },
  {
    sheet: "Table 3",
    blocks: [
      {
        metric: "real_change_pct",
        title: /change/i,
        label: "annual real change (%)",
        unit: fixed("pct"),
      },
      {
        metric: "share_gdp_pct",
        title: /GDP/i,
        label: "share of real GDP (%)",
        unit: fixed("pct"),
      },
    ],
  },
  {
    sheet: "Table 5",
    blocks: [
      {
        metric: "gdp_usd_constant_bn",
        title: /constant/i,
        label: "GDP, billion US dollars, constant prices",
        unit: constant("usd_bn"),
      },
      {
        metric: "gdp_usd_current_bn",
        title: /current/i,
        label: "GDP, billion US dollars, current prices",
        unit: fixed("usd_bn_current"),
      },
    ],
  },
  {
    sheet: "Table 6",
    blocks: [
      {
        metric: "spend_per_capita_usd",
        title: /defen[cs]e/i,
        label: "defence expenditure per capita, US dollars",
        unit: currentOrConstant("usd"),
      },
      {
        metric: "gdp_per_capita_usd_k",
        title: /GDP/i,
        label: "GDP per capita, thousand US dollars",
        unit: currentOrConstant("usd_k"),
      },
    ],
  },
  {
    sheet: "Table 7",
    blocks: [
      {
        metric: "personnel_k",
        title: /personnel/i,
        label: "military personnel, thousands",
        unit: fixed("thousand"),
      },
    ],
  },
  {
    sheet: "Table 8a",
    blocks: [
      {
        metric: "equipment_share_pct",
        title: /equipment/i,
        label: "equipment expenditure, % of defence expenditure",
        unit: fixed("pct"),
      },
      {
        metric: "personnel_share_pct",
        title: /personnel/i,
        label: "personnel expenditure, % of defence expenditure",
        unit: fixed("pct"),
      },
    ],
  },
  {
    sheet: "Table 8b",
    blocks: [
      {
        metric: "infrastructure_share_pct",
        title: /infrastructure/i,
        label: "infrastructure expenditure, % of defence expenditure",
        unit: fixed("pct"),
      },
      {
        metric: "other_share_pct",
        title: /other/i,
        label: "other expenditure, % of defence expenditure",
        unit: fixed("pct"),
      },
    ],
  },
];

/** The first year of every block's header, as NATO publishes the series. */
export const FIRST_YEAR = 2014;

/** Metrics whose aggregates are sums of the allies' figures, checked on import. */
export const ADDITIVE_METRICS: ReadonlySet<NatoMetric> = new Set([
  "usd_current_m",
  "usd_constant_m",
  "gdp_usd_current_bn",
  "gdp_usd_constant_bn",
  "personnel_k",
]);

/** The constant-price base year a title names ("constant 2021 prices", "2021 prices"). */
export function baseYearOf(title: string): number | undefined {
  const match = /constant\D{0,12}(\d{4})|(\d{4})\s+prices/i.exec(title);
  const year = match?.[1] ?? match?.[2];
  return year === undefined ? undefined : Number(year);
}
