import type { Dataset, SeriesOptions } from "../data/dataset.ts";
import type { Pledge, SeriesPoint } from "../data/types.ts";
import { displayName, type NatoMetric } from "../data/vocabulary.ts";
import { type EvaluateOptions, type Evaluation, evaluate } from "./evaluate.ts";
import { atHorizon, defaultHorizon } from "./horizon.ts";
import { checkPledge, type PledgeCheck } from "./pledges.ts";
import { GUIDELINE_TARGET_IDS, resolveTarget } from "./targets.ts";

export const HISTORY_METRICS = [
  "share_gdp_pct",
  "usd_current_m",
  "usd_constant_m",
  "equipment_share_pct",
] as const satisfies readonly NatoMetric[];

export interface HistoryRow {
  readonly year: number;
  readonly figures: Readonly<Partial<Record<(typeof HISTORY_METRICS)[number], SeriesPoint>>>;
}

export interface AllyProfile {
  readonly ally: string;
  readonly name: string;
  readonly asOf: number;
  readonly history: readonly HistoryRow[];
  /** Each guideline target, then the core target at the threat horizon. */
  readonly evaluations: readonly Evaluation[];
  readonly pledges: readonly PledgeCheck[];
}

/** Everything `pledgewatch ally` shows: history, every target, every pledge. Pure. */
export function allyProfile(
  dataset: Dataset,
  ally: string,
  options: EvaluateOptions,
  /** Pledges from outside the bundled data (the user's reviewed registry), checked the same way. */
  extraPledges: readonly Pledge[] = [],
): AllyProfile {
  const seriesOptions: SeriesOptions = { edition: options.edition };
  const byYear = new Map<number, Partial<Record<(typeof HISTORY_METRICS)[number], SeriesPoint>>>();
  for (const metric of HISTORY_METRICS) {
    for (const point of dataset.series(ally, metric, seriesOptions)) {
      if (point.year > options.asOf) continue;
      const row = byYear.get(point.year) ?? {};
      row[metric] = point;
      byYear.set(point.year, row);
    }
  }
  const targets = GUIDELINE_TARGET_IDS.map((id) => resolveTarget(dataset, id));
  const horizon = defaultHorizon(dataset);
  const core = targets.find((t) => t.id === "hague-core");
  if (horizon && core) targets.push(atHorizon(core, horizon));
  return {
    ally,
    name: displayName(ally),
    asOf: options.asOf,
    history: [...byYear.entries()]
      .sort(([a], [b]) => a - b)
      .map(([year, figures]) => ({ year, figures })),
    evaluations: targets.map((t) => evaluate(dataset, ally, t, options)),
    pledges: [...dataset.pledgesOf(ally), ...extraPledges.filter((p) => p.ally === ally)].map((p) =>
      checkPledge(dataset, p, options.asOf, seriesOptions),
    ),
  };
}
