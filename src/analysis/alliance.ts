import { compareText } from "../data/collation.ts";
import type { Dataset, SeriesOptions } from "../data/dataset.ts";
import type { SeriesPoint } from "../data/types.ts";
import { ALLIES, displayName, type Metric } from "../data/vocabulary.ts";
import { type EvaluateOptions, type Evaluation, evaluate } from "./evaluate.ts";
import { STATUSES, type Status } from "./status.ts";
import type { Target } from "./targets.ts";

export interface AllianceView {
  readonly target: Target;
  readonly asOf: number;
  /** Largest gap first; allies with no figure last. */
  readonly evaluations: readonly Evaluation[];
  readonly counts: Readonly<Record<Status, number>>;
  /** Of each count, how many hold only on estimates (on actual figures the status differs). */
  readonly onlyOnEstimates: Readonly<Record<Status, number>>;
  /** Of each count, how many change under the short or the long trend window. */
  readonly fragile: Readonly<Record<Status, number>>;
  /** The evaluations of the allies with no figure, each with its reason. */
  readonly withoutFigure: readonly Evaluation[];
  /** Allies with no figure for the target's metric (Iceland has no armed forces). */
  readonly noFigure: readonly string[];
}

/** Every ally the target applies to (that has data), evaluated and sorted by gap. */
export function allianceView(
  dataset: Dataset,
  target: Target,
  options: EvaluateOptions,
): AllianceView {
  const candidates = target.allies ?? ALLIES.map((a) => a.iso3);
  const all = candidates.map((ally) => evaluate(dataset, ally, target, options));
  const evaluations = all
    .filter((e) => e.current)
    .sort((a, b) => (b.gap?.points ?? 0) - (a.gap?.points ?? 0) || compareText(a.ally, b.ally));
  const zero = () => Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const counts = zero();
  const onlyOnEstimates = zero();
  const fragile = zero();
  for (const e of evaluations) {
    if (!e.status) continue;
    counts[e.status]++;
    if (e.onlyOnEstimates) onlyOnEstimates[e.status]++;
    if (e.fragile) fragile[e.status]++;
  }
  return {
    target,
    asOf: options.asOf,
    evaluations,
    counts,
    onlyOnEstimates,
    fragile,
    withoutFigure: all.filter((e) => !e.current),
    noFigure: all.filter((e) => !e.current).map((e) => e.ally),
  };
}

export type Group = "NATO" | "NEC";

/** Allies counted in a NATO aggregate in a year: members by then; NEC leaves out the US. */
export function membersIn(group: Group, year: number): string[] {
  return ALLIES.filter(
    (a) => (a.countsFrom ?? 0) <= year && (group === "NATO" || a.iso3 !== "USA"),
  ).map((a) => a.iso3);
}

export interface Total {
  readonly value: number;
  /** Members with no figure for the year: the total leaves them out. */
  readonly missing: readonly string[];
}

/** Sums the allies' own figures for an aggregate, to set beside the one NATO publishes. */
export function allianceTotal(
  dataset: Dataset,
  group: Group,
  metric: Metric,
  year: number,
  options: SeriesOptions = {},
): Total {
  let value = 0;
  const missing: string[] = [];
  for (const ally of membersIn(group, year)) {
    const point = dataset.point(ally, metric, year, options);
    if (point) {
      value += point.value;
    } else if (dataset.series(ally, metric, options).length > 0) {
      missing.push(ally);
    }
  }
  return { value, missing };
}

export interface BurdenRow {
  readonly ally: string;
  readonly name: string;
  readonly spending: SeriesPoint;
  readonly gdp: SeriesPoint;
  /** Percent of the allies' summed spending. */
  readonly spendingSharePct: number;
  /** Percent of the allies' summed GDP. */
  readonly gdpSharePct: number;
  /** spendingShare / gdpShare: above 1 carries more than its economic weight. */
  readonly ratio: number;
}

export interface BurdenSharing {
  readonly year: number;
  readonly rows: readonly BurdenRow[];
  readonly totalSpendingUsdM: number;
  readonly totalGdpUsdM: number;
}

/** The latest year up to asOf for which allies have spending in USD. */
export function latestMoneyYear(dataset: Dataset, asOf: number, options: SeriesOptions = {}) {
  const years = dataset
    .series("NATO", "usd_current_m", options)
    .map((p) => p.year)
    .filter((y) => y <= asOf);
  return years.at(-1) ?? null;
}

/** Each ally's share of alliance spending against its share of alliance GDP, in one year. */
export function burdenSharing(
  dataset: Dataset,
  year: number,
  options: SeriesOptions = {},
): BurdenSharing {
  const pairs = membersIn("NATO", year).flatMap((ally) => {
    const spending = dataset.point(ally, "usd_current_m", year, options);
    const gdp = dataset.point(ally, "gdp_usd_current_m", year, options);
    return spending && gdp ? [{ ally, spending, gdp }] : [];
  });
  const totalSpendingUsdM = pairs.reduce((s, p) => s + p.spending.value, 0);
  const totalGdpUsdM = pairs.reduce((s, p) => s + p.gdp.value, 0);
  const rows = pairs
    .map(({ ally, spending, gdp }) => {
      const spendingSharePct = (spending.value / totalSpendingUsdM) * 100;
      const gdpSharePct = (gdp.value / totalGdpUsdM) * 100;
      return {
        ally,
        name: displayName(ally),
        spending,
        gdp,
        spendingSharePct,
        gdpSharePct,
        ratio: spendingSharePct / gdpSharePct,
      };
    })
    .sort((a, b) => b.spendingSharePct - a.spendingSharePct);
  return { year, rows, totalSpendingUsdM, totalGdpUsdM };
}

export interface GroupFigures {
  readonly code: "NATO" | "NEC" | "USA";
  readonly name: string;
  readonly usdCurrent: SeriesPoint | null;
  readonly usdConstant: SeriesPoint | null;
  readonly shareGdp: SeriesPoint | null;
}

export interface UsVersusEurope {
  readonly year: number;
  readonly groups: readonly GroupFigures[];
  /** The US share of NATO's published total spending, in percent (current USD). */
  readonly usSharePct: number | null;
}

/** NATO's published aggregates beside the US, for one year. */
export function usVersusEurope(
  dataset: Dataset,
  year: number,
  options: SeriesOptions = {},
): UsVersusEurope {
  const groups = (["NATO", "NEC", "USA"] as const).map((code) => ({
    code,
    name: displayName(code),
    usdCurrent: dataset.point(code, "usd_current_m", year, options) ?? null,
    usdConstant: dataset.point(code, "usd_constant_m", year, options) ?? null,
    shareGdp: dataset.point(code, "share_gdp_pct", year, options) ?? null,
  }));
  const nato = groups[0]?.usdCurrent;
  const usa = groups[2]?.usdCurrent;
  return {
    year,
    groups,
    usSharePct: nato && usa ? (usa.value / nato.value) * 100 : null,
  };
}

export interface GroupSeriesRow {
  readonly code: "NEC" | "USA";
  readonly name: string;
  readonly year: number;
  readonly usdConstantM: number;
  readonly status: string;
  readonly sourceIds: readonly string[];
}

/** The US and Europe-and-Canada spending at 2021 prices over the years NATO gives, up to asOf. */
export function usVersusEuropeSeries(
  dataset: Dataset,
  asOf: number,
  options: SeriesOptions = {},
): GroupSeriesRow[] {
  return (["USA", "NEC"] as const).flatMap((code) =>
    dataset
      .series(code, "usd_constant_m", options)
      .filter((p) => p.year <= asOf)
      .map((p) => ({
        code,
        name: displayName(code),
        year: p.year,
        usdConstantM: p.value,
        status: p.status,
        sourceIds: p.sourceIds,
      })),
  );
}
