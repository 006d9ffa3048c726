/**
 * The project's fixed vocabulary: allies, aggregates, comparators, metrics, units, bases.
 * Names only; no figure lives here.
 */

export interface AllyInfo {
  readonly iso3: string;
  readonly name: string;
  /**
   * First year the ally counts in NATO's aggregates, for allies that joined inside the span of
   * the data (data/nato/NOTES.md: "an ally counts from its accession year").
   */
  readonly countsFrom?: number;
  /** Alternative names users type. */
  readonly aliases?: readonly string[];
}

export const ALLIES: readonly AllyInfo[] = [
  { iso3: "ALB", name: "Albania" },
  { iso3: "BEL", name: "Belgium" },
  { iso3: "BGR", name: "Bulgaria" },
  { iso3: "CAN", name: "Canada" },
  { iso3: "HRV", name: "Croatia" },
  { iso3: "CZE", name: "Czechia", aliases: ["Czech Republic"] },
  { iso3: "DNK", name: "Denmark" },
  { iso3: "EST", name: "Estonia" },
  { iso3: "FIN", name: "Finland", countsFrom: 2023 },
  { iso3: "FRA", name: "France" },
  { iso3: "DEU", name: "Germany" },
  { iso3: "GRC", name: "Greece" },
  { iso3: "HUN", name: "Hungary" },
  { iso3: "ISL", name: "Iceland" },
  { iso3: "ITA", name: "Italy" },
  { iso3: "LVA", name: "Latvia" },
  { iso3: "LTU", name: "Lithuania" },
  { iso3: "LUX", name: "Luxembourg" },
  { iso3: "MNE", name: "Montenegro", countsFrom: 2017 },
  { iso3: "NLD", name: "Netherlands", aliases: ["Holland", "The Netherlands"] },
  { iso3: "MKD", name: "North Macedonia", countsFrom: 2020 },
  { iso3: "NOR", name: "Norway" },
  { iso3: "POL", name: "Poland" },
  { iso3: "PRT", name: "Portugal" },
  { iso3: "ROU", name: "Romania" },
  { iso3: "SVK", name: "Slovakia", aliases: ["Slovak Republic"] },
  { iso3: "SVN", name: "Slovenia" },
  { iso3: "ESP", name: "Spain" },
  { iso3: "SWE", name: "Sweden", countsFrom: 2024 },
  { iso3: "TUR", name: "Türkiye", aliases: ["Turkey", "Turkiye"] },
  { iso3: "GBR", name: "United Kingdom", aliases: ["UK", "Britain", "Great Britain"] },
  { iso3: "USA", name: "United States", aliases: ["US", "United States of America", "America"] },
];

export const AGGREGATES = {
  NATO: "NATO total",
  NEC: "NATO Europe and Canada",
} as const;

export const COMPARATORS = {
  RUS: "Russia",
  CHN: "China",
  UKR: "Ukraine",
  WLD: "World",
} as const;

const ALLY_BY_ISO3 = new Map(ALLIES.map((a) => [a.iso3, a]));

export function isAlly(code: string): boolean {
  return ALLY_BY_ISO3.has(code);
}

export function isAggregate(code: string): code is keyof typeof AGGREGATES {
  return Object.hasOwn(AGGREGATES, code);
}

export function isComparator(code: string): code is keyof typeof COMPARATORS {
  return Object.hasOwn(COMPARATORS, code);
}

/** Display name for any code the data uses. */
export function displayName(code: string): string {
  if (isAggregate(code)) return AGGREGATES[code];
  if (isComparator(code)) return COMPARATORS[code];
  return ALLY_BY_ISO3.get(code)?.name ?? code;
}

/** Metrics in NATO's tables, with the unit each must carry. */
export const NATO_METRIC_UNITS = {
  share_gdp_pct: /^pct$/,
  usd_current_m: /^usd_m_current$/,
  usd_constant_m: /^usd_m_constant_\d{4}$/,
  equipment_share_pct: /^pct$/,
  national_current_m: /^national_m_current$/,
  national_constant_m: /^national_m_constant_\d{4}$/,
  real_change_pct: /^pct$/,
  gdp_usd_current_bn: /^usd_bn_current$/,
  gdp_usd_constant_bn: /^usd_bn_constant_\d{4}$/,
  gdp_per_capita_usd_k: /^usd_k_(current|constant_\d{4})$/,
  spend_per_capita_usd: /^usd_(current|constant_\d{4})$/,
  personnel_k: /^thousand$/,
  personnel_share_pct: /^pct$/,
  infrastructure_share_pct: /^pct$/,
  other_share_pct: /^pct$/,
} as const;

export type NatoMetric = keyof typeof NATO_METRIC_UNITS;

/** Figures the loader computes from NATO's own (GDP = spending / share). */
export type DerivedMetric = "gdp_usd_current_m" | "gdp_usd_constant_m";

export type Metric = NatoMetric | DerivedMetric;

export function isNatoMetric(metric: string): metric is NatoMetric {
  return Object.hasOwn(NATO_METRIC_UNITS, metric);
}

/** See DESIGN.md: nato | related | sipri | national. */
export type Basis = "nato" | "related" | "sipri" | "national";

/**
 * How a pledge states its basis (data/commitments/NOTES.md), and what that means when it is
 * compared with NATO's figures.
 */
export const PLEDGE_BASES = {
  nato_definition: { comparable: true, note: "framed as NATO's share of GDP" },
  core_defence: { comparable: true, note: "core defence (NATO definition)" },
  total_core_plus_related: {
    comparable: true,
    note: "5% total pledge: compared with core spending only, because NATO does not publish the related 1.5%",
  },
  unspecified: { comparable: true, note: "basis not stated: compared with NATO figures" },
  defence_related: {
    comparable: false,
    note: "defence-related spending, which NATO does not tabulate",
  },
  national_budget: { comparable: false, note: "national budget basis, not NATO's definition" },
  national_definition: { comparable: false, note: "national definition, not NATO's" },
  gni_basis: { comparable: false, note: "share of gross national income, not of GDP" },
  national_capability_assessment: {
    comparable: false,
    note: "a national capability assessment, not a NATO share of GDP",
  },
  none: { comparable: false, note: "no target stated" },
} as const;

export type PledgeBasis = keyof typeof PLEDGE_BASES;

export const SOURCE_KINDS = ["official", "press", "secondary"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Year range any figure may carry: NATO was founded in 1949; targets run to 2035 and beyond. */
export const YEAR_MIN = 1949;
export const YEAR_MAX = 2100;
