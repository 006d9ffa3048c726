import { compareText } from "../data/collation.ts";
import type { Dataset } from "../data/dataset.ts";
import { editionRank } from "../data/edition.ts";
import { roundTo } from "../data/rounding.ts";
import type { SeriesPoint } from "../data/types.ts";
import { displayName, isNatoMetric, type NatoMetric } from "../data/vocabulary.ts";

/** A question about revisions the data cannot answer (an unknown edition, the same one twice). */
export class RevisionsError extends Error {
  override name = "RevisionsError";
}

export interface RevisionsQuery {
  /** Default: the edition before `to`. */
  readonly from?: string;
  /** Default: the latest edition. */
  readonly to?: string;
  readonly ally?: string;
  readonly metric?: NatoMetric;
  /** Leave out changes smaller than this, in the metric's unit. */
  readonly min?: number;
}

export interface RevisionSide {
  readonly edition: string;
  readonly value: number;
  readonly status: "actual" | "estimate";
  readonly sourceIds: readonly string[];
}

export interface Revision {
  readonly ally: string;
  readonly name: string;
  readonly metric: NatoMetric;
  readonly unit: string;
  readonly year: number;
  readonly from: RevisionSide;
  readonly to: RevisionSide;
  /** to - from, in the metric's unit. */
  readonly change: number;
  /** The change as a percentage of the old value (null when the old value is 0). */
  readonly changePct: number | null;
  /** The older edition estimated the figure; the newer one reports it as actual. */
  readonly becameActual: boolean;
}

export interface AllyRevisions {
  readonly ally: string;
  readonly name: string;
  readonly revised: number;
  readonly up: number;
  readonly down: number;
  readonly becameActual: number;
  /** The largest revision of the ally by relative size. */
  readonly largest: {
    readonly metric: NatoMetric;
    readonly year: number;
    readonly change: number;
    readonly changePct: number | null;
  };
}

export interface RevisionsRecord {
  readonly from: string;
  readonly to: string;
  readonly ally: string | null;
  readonly metric: NatoMetric | null;
  readonly min: number | null;
  /** Figures present in both editions (within the filters). */
  readonly compared: number;
  readonly revised: number;
  /** Estimates in the older edition that the newer reports as actual, with the same value. */
  readonly confirmed: number;
  readonly revisions: readonly Revision[];
  readonly allies: readonly AllyRevisions[];
  /** Every source the compared figures cite, by edition. */
  readonly sourceIds: { readonly from: readonly string[]; readonly to: readonly string[] };
}

/** Float noise from full-precision workbooks is not a revision. */
const EPSILON = 1e-9;

function side(p: SeriesPoint): RevisionSide {
  return { edition: p.edition, value: p.value, status: p.status, sourceIds: p.sourceIds };
}

/** The editions to compare: `to` defaults to the latest, `from` to the one before it. */
export function revisionEditions(
  dataset: Dataset,
  query: Pick<RevisionsQuery, "from" | "to">,
): { from: string; to: string } {
  const editions = dataset.editions();
  for (const e of [query.from, query.to]) {
    if (e !== undefined && !editions.includes(e))
      throw new RevisionsError(`unknown edition "${e}": the data has ${editions.join(", ")}`);
  }
  const to = query.to ?? editions[0];
  const from = query.from ?? editions.find((e) => editionRank(e) < editionRank(to ?? ""));
  if (to === undefined || from === undefined)
    throw new RevisionsError(
      `no edition older than ${to ?? "the latest"} to compare with: the data has ${editions.join(", ")}`,
    );
  if (from === to)
    throw new RevisionsError(`--from and --to are both ${from}: choose two editions`);
  return { from, to };
}

/**
 * Every figure whose value changed between two editions (each edition's own figure, chosen
 * as the series chooses within an edition), largest relative change first, with both values,
 * statuses and sources, and a summary per ally. Derived figures are left out: they change
 * whenever their inputs do.
 */
export function revisions(dataset: Dataset, query: RevisionsQuery = {}): RevisionsRecord {
  const { from, to } = revisionEditions(dataset, query);
  const keys = new Map<string, { ally: string; metric: NatoMetric }>();
  for (const o of dataset.observations) {
    if (o.derived || (o.edition !== from && o.edition !== to) || !isNatoMetric(o.metric)) continue;
    if (query.ally !== undefined && o.ally !== query.ally) continue;
    if (query.metric !== undefined && o.metric !== query.metric) continue;
    keys.set(`${o.ally}|${o.metric}`, { ally: o.ally, metric: o.metric });
  }
  const rows: Revision[] = [];
  const sources = { from: new Set<string>(), to: new Set<string>() };
  let compared = 0;
  let confirmed = 0;
  for (const { ally, metric } of keys.values()) {
    const older = new Map(dataset.series(ally, metric, { edition: from }).map((p) => [p.year, p]));
    for (const newer of dataset.series(ally, metric, { edition: to })) {
      const old = older.get(newer.year);
      if (!old) continue;
      compared++;
      for (const id of old.sourceIds) sources.from.add(id);
      for (const id of newer.sourceIds) sources.to.add(id);
      const change = newer.value - old.value;
      const becameActual = old.status === "estimate" && newer.status === "actual";
      if (Math.abs(change) <= EPSILON) {
        if (becameActual) confirmed++;
        continue;
      }
      if (query.min !== undefined && Math.abs(change) < query.min) continue;
      rows.push({
        ally,
        name: displayName(ally),
        metric,
        unit: newer.unit,
        year: newer.year,
        from: side(old),
        to: side(newer),
        change: roundTo(change, 6),
        changePct: old.value === 0 ? null : roundTo((change / Math.abs(old.value)) * 100, 4),
        becameActual,
      });
    }
  }
  const size = (r: Revision) => Math.abs(r.changePct ?? Number.POSITIVE_INFINITY);
  rows.sort(
    (a, b) =>
      size(b) - size(a) ||
      compareText(a.ally, b.ally) ||
      compareText(a.metric, b.metric) ||
      a.year - b.year,
  );
  const byAlly = new Map<string, Revision[]>();
  for (const r of rows) byAlly.set(r.ally, [...(byAlly.get(r.ally) ?? []), r]);
  const allies = [...byAlly.entries()]
    .map(([ally, list]): AllyRevisions => {
      const top = list[0] as Revision;
      return {
        ally,
        name: displayName(ally),
        revised: list.length,
        up: list.filter((r) => r.change > 0).length,
        down: list.filter((r) => r.change < 0).length,
        becameActual: list.filter((r) => r.becameActual).length,
        largest: {
          metric: top.metric,
          year: top.year,
          change: top.change,
          changePct: top.changePct,
        },
      };
    })
    .sort((a, b) => b.revised - a.revised || compareText(a.ally, b.ally));
  return {
    from,
    to,
    ally: query.ally ?? null,
    metric: query.metric ?? null,
    min: query.min ?? null,
    compared,
    revised: rows.length,
    confirmed,
    revisions: rows,
    allies,
    sourceIds: { from: [...sources.from].sort(), to: [...sources.to].sort() },
  };
}

/** One flat row per revision, for CSV. */
export function revisionRows(record: RevisionsRecord) {
  return record.revisions.map((r) => ({
    ally: r.ally,
    name: r.name,
    metric: r.metric,
    unit: r.unit,
    year: r.year,
    fromEdition: r.from.edition,
    fromValue: r.from.value,
    fromStatus: r.from.status,
    fromSourceIds: r.from.sourceIds.join(";"),
    toEdition: r.to.edition,
    toValue: r.to.value,
    toStatus: r.to.status,
    toSourceIds: r.to.sourceIds.join(";"),
    change: r.change,
    changePct: r.changePct,
    becameActual: r.becameActual,
  }));
}
