import { type Citation, citeSource } from "../data/citation.ts";
import type { Dataset } from "../data/dataset.ts";
import type { Source } from "../data/types.ts";

/** One row of the source list: the source as its sources.csv gives it, with its citation text. */
export interface SourceListRow extends Source {
  readonly citation: string;
}

/** What in the data package cites a source: counts of figures, ids of the rows a reader looks up. */
export interface CitedBy {
  /** NATO figures as published (derived figures cite through them and are not counted). */
  readonly figures: number;
  /** NATO editions whose title and publication date were read from this source. */
  readonly editions: readonly string[];
  readonly pledges: readonly string[];
  readonly guidelines: readonly string[];
  readonly horizons: readonly string[];
  /** SIPRI, IMF and other context figures (military expenditure, GDP, prices). */
  readonly contextFigures: number;
  readonly ukraineFigures: number;
  readonly productionStatements: number;
}

export interface SourceRecord extends Source {
  readonly citation: Citation;
  readonly citedBy: CitedBy;
}

/** Every source the data package lists, in the order of its sources.csv files. */
export function sourcesRecord(dataset: Dataset): { readonly sources: readonly SourceListRow[] } {
  return {
    sources: [...dataset.sources.values()].map((s) => ({
      ...s,
      citation: citeSource(dataset, s.id)?.text ?? "",
    })),
  };
}

/** One source in full with what cites it; null when the data package has no such source. */
export function sourceRecord(dataset: Dataset, id: string): SourceRecord | null {
  const source = dataset.source(id);
  const citation = source ? citeSource(dataset, source.id) : null;
  if (!source || !citation) return null;
  const cites = (row: { readonly sourceIds: readonly string[] }) => row.sourceIds.includes(id);
  const idsOf = (rows: readonly { readonly id: string; readonly sourceIds: readonly string[] }[]) =>
    rows.filter(cites).map((r) => r.id);
  return {
    ...source,
    citation,
    citedBy: {
      figures: dataset.observations.filter((o) => !o.derived && cites(o)).length,
      editions: dataset.publications.filter(cites).map((p) => p.edition),
      pledges: idsOf(dataset.pledges),
      guidelines: idsOf(dataset.guidelines),
      horizons: idsOf(dataset.horizons),
      contextFigures: dataset.milex.filter(cites).length + dataset.macro.filter(cites).length,
      ukraineFigures: dataset.ukraineSupport.filter(cites).length,
      productionStatements: dataset.production.filter(cites).length,
    },
  };
}

/** Source ids containing what the user typed, for a "did you mean" hint. */
export function similarSourceIds(dataset: Dataset, typed: string, limit = 5): string[] {
  const needle = typed.toLowerCase();
  return [...dataset.sources.keys()]
    .filter((k) => k.toLowerCase().includes(needle))
    .slice(0, limit);
}
