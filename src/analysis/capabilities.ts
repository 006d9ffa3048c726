import { compareText } from "../data/collation.ts";
import type { Dataset, SeriesOptions } from "../data/dataset.ts";
import type { SeriesPoint } from "../data/types.ts";
import { ALLIES, displayName } from "../data/vocabulary.ts";

/**
 * Cash and capabilities: what NATO's workbook holds beyond spending as a share of GDP. Each
 * figure is NATO's own where the data has it (Tables 5, 6, 7, 8a, 8b); GDP falls back to the
 * loader's derived figure (spending / share), marked derived. Pure.
 */
export const CAPABILITY_METRICS = [
  "personnel_k",
  "spend_per_capita_usd",
  "gdp_per_capita_usd_k",
  "gdp_usd_current_bn",
  "equipment_share_pct",
  "personnel_share_pct",
  "infrastructure_share_pct",
  "other_share_pct",
] as const;

export type CapabilityMetric = (typeof CAPABILITY_METRICS)[number];

export const CAPABILITY_LABELS: Record<CapabilityMetric, string> = {
  personnel_k: "military personnel (thousands)",
  spend_per_capita_usd: "defence spending per head (USD)",
  gdp_per_capita_usd_k: "GDP per head (thousand USD)",
  gdp_usd_current_bn: "GDP (billion USD, current)",
  equipment_share_pct: "equipment (% of defence spending)",
  personnel_share_pct: "personnel (% of defence spending)",
  infrastructure_share_pct: "infrastructure (% of defence spending)",
  other_share_pct: "other (% of defence spending)",
};

export function isCapabilityMetric(m: string): m is CapabilityMetric {
  return (CAPABILITY_METRICS as readonly string[]).includes(m);
}

export interface CapabilityFigure {
  readonly value: number;
  readonly unit: string;
  readonly status: "actual" | "estimate";
  readonly edition: string;
  readonly derived: boolean;
  readonly sourceIds: readonly string[];
}

/** Digits each metric is shown with (NATO's own precision); shares: 2. */
const DIGITS: Readonly<Record<string, number>> = {
  personnel_k: 1,
  spend_per_capita_usd: 0,
  gdp_per_capita_usd_k: 1,
  gdp_usd_current_bn: 1,
};

/** A figure as every face shows it: "e" for an estimate, "*" where it is derived; "–" for none. */
export function capabilityText(metric: string, f: CapabilityFigure | undefined): string {
  if (!f) return "–";
  return `${f.value.toFixed(DIGITS[metric] ?? 2)}${f.status === "estimate" ? "e" : ""}${f.derived ? "*" : ""}`;
}

export interface CapabilityYear {
  readonly year: number;
  readonly figures: Readonly<Partial<Record<CapabilityMetric, CapabilityFigure>>>;
}

export interface AllyCapabilities {
  readonly ally: string;
  readonly name: string;
  readonly asOf: number;
  readonly years: readonly CapabilityYear[];
  /** Metrics with no figure at all for the ally. */
  readonly missing: readonly CapabilityMetric[];
}

function figure(p: SeriesPoint, scale = 1): CapabilityFigure {
  return {
    value: p.value * scale,
    unit: p.derived ? p.unit.replace(/^usd_m_/, "usd_bn_") : p.unit,
    status: p.status,
    edition: p.edition,
    derived: p.derived,
    sourceIds: p.sourceIds,
  };
}

/** One metric's series for an ally, with GDP from spending / share where NATO's is absent. */
function seriesOf(
  dataset: Dataset,
  ally: string,
  metric: CapabilityMetric,
  options: SeriesOptions,
): Map<number, CapabilityFigure> {
  const out = new Map<number, CapabilityFigure>();
  if (metric === "gdp_usd_current_bn") {
    for (const p of dataset.series(ally, "gdp_usd_current_m", options))
      out.set(p.year, figure(p, 1 / 1000));
  }
  for (const p of dataset.series(ally, metric, options)) out.set(p.year, figure(p));
  return out;
}

export function allyCapabilities(
  dataset: Dataset,
  ally: string,
  options: { asOf: number; edition?: string },
): AllyCapabilities {
  const byYear = new Map<number, Partial<Record<CapabilityMetric, CapabilityFigure>>>();
  const missing: CapabilityMetric[] = [];
  for (const metric of CAPABILITY_METRICS) {
    const series = seriesOf(dataset, ally, metric, { edition: options.edition });
    if (series.size === 0) missing.push(metric);
    for (const [year, f] of series) {
      if (year > options.asOf) continue;
      const row = byYear.get(year) ?? {};
      row[metric] = f;
      byYear.set(year, row);
    }
  }
  return {
    ally,
    name: displayName(ally),
    asOf: options.asOf,
    years: [...byYear.entries()]
      .sort(([a], [b]) => a - b)
      .map(([year, figures]) => ({ year, figures })),
    missing,
  };
}

export interface RankingRow {
  readonly rank: number;
  readonly ally: string;
  readonly name: string;
  readonly year: number;
  readonly value: number;
  readonly unit: string;
  readonly status: "actual" | "estimate";
  readonly edition: string;
  readonly derived: boolean;
  readonly sourceIds: readonly string[];
}

export interface CapabilityRanking {
  readonly metric: CapabilityMetric;
  readonly label: string;
  readonly asOf: number;
  /** Highest first; each ally's latest figure up to the as-of year. */
  readonly rows: readonly RankingRow[];
  readonly noFigure: readonly string[];
}

/** Every ally ranked by its latest figure for one metric, up to the as-of year. */
export function capabilityRanking(
  dataset: Dataset,
  metric: CapabilityMetric,
  options: { asOf: number; edition?: string },
): CapabilityRanking {
  const rows: Omit<RankingRow, "rank">[] = [];
  const noFigure: string[] = [];
  for (const a of ALLIES) {
    const series = seriesOf(dataset, a.iso3, metric, { edition: options.edition });
    const latest = [...series.entries()]
      .filter(([y]) => y <= options.asOf)
      .sort(([x], [y]) => y - x)[0];
    if (!latest) {
      noFigure.push(a.iso3);
      continue;
    }
    const [year, f] = latest;
    rows.push({ ally: a.iso3, name: a.name, year, ...f });
  }
  rows.sort((x, y) => y.value - x.value || compareText(x.ally, y.ally));
  return {
    metric,
    label: CAPABILITY_LABELS[metric],
    asOf: options.asOf,
    rows: rows.map((r, i) => ({ rank: i + 1, ...r })),
    noFigure,
  };
}
