import { compareText } from "./collation.ts";
import { compareEditionsDesc } from "./edition.ts";
import type {
  ContextFigure,
  Guideline,
  Horizon,
  MacroFigure,
  Observation,
  Pledge,
  ProductionStatement,
  Publication,
  SeriesPoint,
  Source,
  UkraineSupportFigure,
} from "./types.ts";
import { type Basis, isAlly, type Metric, SOURCE_KINDS } from "./vocabulary.ts";

export interface SeriesOptions {
  /** Default "nato". */
  readonly basis?: Basis;
  /** Only figures from this edition; by default each year comes from the latest edition. */
  readonly edition?: string;
}

/** What a Dataset is built from: the validated rows of every file. */
export type DatasetParts = Pick<
  Dataset,
  | "observations"
  | "sources"
  | "publications"
  | "guidelines"
  | "pledges"
  | "horizons"
  | "milex"
  | "macro"
  | "ukraineSupport"
  | "production"
>;

/** The loaded data package: immutable, validated, every figure with its provenance. */
export class Dataset {
  readonly observations: readonly Observation[];
  readonly sources: ReadonlyMap<string, Source>;
  /** NATO's publications by edition (title and date), for citations. */
  readonly publications: readonly Publication[];
  readonly guidelines: readonly Guideline[];
  readonly pledges: readonly Pledge[];
  readonly horizons: readonly Horizon[];
  readonly milex: readonly ContextFigure[];
  readonly macro: readonly MacroFigure[];
  readonly ukraineSupport: readonly UkraineSupportFigure[];
  readonly production: readonly ProductionStatement[];
  readonly #byKey = new Map<string, Observation[]>();
  readonly #seriesCache = new Map<string, readonly SeriesPoint[]>();

  constructor(parts: DatasetParts) {
    this.observations = parts.observations;
    this.sources = parts.sources;
    this.publications = parts.publications;
    this.guidelines = parts.guidelines;
    this.pledges = parts.pledges;
    this.horizons = parts.horizons;
    this.milex = parts.milex;
    this.macro = parts.macro;
    this.ukraineSupport = parts.ukraineSupport;
    this.production = parts.production;
    for (const o of this.observations) {
      const key = `${o.ally}|${o.metric}|${o.basis}`;
      const list = this.#byKey.get(key);
      if (list) list.push(o);
      else this.#byKey.set(key, [o]);
    }
  }

  /** Editions present, newest first. */
  editions(): string[] {
    return [...new Set(this.observations.map((o) => o.edition))].sort(compareEditionsDesc);
  }

  /** Allies (not aggregates) that have at least one figure, in code order. */
  alliesWithData(): string[] {
    return [...new Set(this.observations.map((o) => o.ally))].filter(isAlly).sort();
  }

  /**
   * One figure per year for an ally (or aggregate) and metric, sorted by year. Where several
   * rows compete for a year, the latest edition wins, then the stronger source kind
   * (official > press > secondary), then the lower source id; the point says which it chose.
   */
  series(ally: string, metric: Metric, options: SeriesOptions = {}): readonly SeriesPoint[] {
    const basis = options.basis ?? "nato";
    const cacheKey = `${ally}|${metric}|${basis}|${options.edition ?? ""}`;
    const cached = this.#seriesCache.get(cacheKey);
    if (cached) return cached;
    const candidates = (this.#byKey.get(`${ally}|${metric}|${basis}`) ?? []).filter(
      (o) => options.edition === undefined || o.edition === options.edition,
    );
    const byYear = new Map<number, Observation[]>();
    for (const o of candidates) {
      const list = byYear.get(o.year);
      if (list) list.push(o);
      else byYear.set(o.year, [o]);
    }
    const points = [...byYear.entries()]
      .sort(([a], [b]) => a - b)
      .map(([, rows]) => this.#choose(rows));
    this.#seriesCache.set(cacheKey, points);
    return points;
  }

  /** The chosen figure for one year, or undefined when there is none. */
  point(
    ally: string,
    metric: Metric,
    year: number,
    options: SeriesOptions = {},
  ): SeriesPoint | undefined {
    return this.series(ally, metric, options).find((p) => p.year === year);
  }

  /** The latest year with a share-of-GDP figure (in an edition, if given): the default "as of". */
  latestYear(options: SeriesOptions = {}): number | undefined {
    return this.shareYears(options)?.latest;
  }

  /** The first and last years with a share-of-GDP figure (in one edition, if given). */
  shareYears(options: SeriesOptions = {}): { first: number; latest: number } | undefined {
    let first: number | undefined;
    let latest: number | undefined;
    for (const o of this.observations) {
      if (o.metric !== "share_gdp_pct") continue;
      if (options.edition !== undefined && o.edition !== options.edition) continue;
      if (latest === undefined || o.year > latest) latest = o.year;
      if (first === undefined || o.year < first) first = o.year;
    }
    return first === undefined || latest === undefined ? undefined : { first, latest };
  }

  publication(edition: string): Publication | undefined {
    return this.publications.find((p) => p.edition === edition);
  }

  source(id: string): Source | undefined {
    return this.sources.get(id);
  }

  pledgesOf(ally: string): Pledge[] {
    return this.pledges.filter((p) => p.ally === ally);
  }

  sourceKindRank(sourceIds: readonly string[]): number {
    const kind = sourceIds[0] === undefined ? undefined : this.sources.get(sourceIds[0])?.kind;
    return kind === undefined ? SOURCE_KINDS.length : SOURCE_KINDS.indexOf(kind);
  }

  #choose(rows: Observation[]): SeriesPoint {
    const ranked = [...rows].sort(
      (a, b) =>
        compareEditionsDesc(a.edition, b.edition) ||
        this.sourceKindRank(a.sourceIds) - this.sourceKindRank(b.sourceIds) ||
        compareText(a.sourceIds[0] ?? "", b.sourceIds[0] ?? ""),
    );
    const [chosen, ...alternatives] = ranked as [Observation, ...Observation[]];
    return { ...chosen, choice: describeChoice(chosen, alternatives, this), alternatives };
  }
}

function describeChoice(chosen: Observation, others: Observation[], dataset: Dataset): string {
  if (others.length === 0) return `only figure (edition ${chosen.edition})`;
  const sameEdition = others.filter((o) => o.edition === chosen.edition);
  if (sameEdition.length === 0) {
    const older = [...new Set(others.map((o) => o.edition))].join(", ");
    return `latest edition ${chosen.edition}, over edition ${older}`;
  }
  const kind = dataset.source(chosen.sourceIds[0] ?? "")?.kind ?? "unknown";
  const rivals = sameEdition
    .map(
      (o) =>
        `${o.value} from ${o.sourceIds[0]} (${dataset.source(o.sourceIds[0] ?? "")?.kind ?? "unknown"})`,
    )
    .join("; ");
  return `edition ${chosen.edition} has ${sameEdition.length + 1} figures; chose ${chosen.sourceIds[0]} (${kind}) over ${rivals}`;
}
