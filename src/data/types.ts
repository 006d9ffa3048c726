import type { Basis, Metric, PledgeBasis, SourceKind } from "./vocabulary.ts";

export interface Source {
  readonly id: string;
  readonly kind: SourceKind;
  readonly publisher: string;
  readonly title: string;
  readonly url: string;
  readonly published: string;
  readonly note: string;
  /** The data folder whose sources.csv lists it. */
  readonly folder: string;
}

/** A NATO publication: the edition figures are cited to. */
export interface Publication {
  readonly edition: string;
  readonly title: string;
  /** YYYY, YYYY-MM, YYYY-MM-DD or "unknown", as the sources give it. */
  readonly published: string;
  /** Where the title and date were read. */
  readonly sourceIds: readonly string[];
  readonly note: string;
}

export type ObservationStatus = "actual" | "estimate";

/** One figure: ally, year, metric, value, unit, status, edition, basis, source. */
export interface Observation {
  readonly ally: string;
  readonly year: number;
  readonly metric: Metric;
  readonly value: number;
  readonly unit: string;
  readonly status: ObservationStatus;
  readonly edition: string;
  readonly basis: Basis;
  readonly sourceIds: readonly string[];
  /** True for figures the loader computed from others (GDP = spending / share). */
  readonly derived: boolean;
  /** Where the figure was read: "nato/expenditure.csv:12"; for derived figures, its inputs. */
  readonly origin: string;
}

/** A figure chosen for a series, with the rows it was chosen over and why. */
export interface SeriesPoint extends Observation {
  readonly choice: string;
  readonly alternatives: readonly Observation[];
}

export interface Guideline {
  readonly id: string;
  readonly adoptedOn: string;
  readonly forum: string;
  readonly metric: string;
  readonly thresholdPct: number | null;
  readonly basis: string;
  readonly deadlineYear: number | null;
  readonly text: string;
  readonly sourceIds: readonly string[];
}

export interface Pledge {
  readonly id: string;
  readonly ally: string;
  readonly madeOn: string;
  readonly speaker: string;
  readonly role: string;
  readonly targetSharePct: number | null;
  /** In billions of `currency`. */
  readonly targetAmount: number | null;
  readonly currency: string | null;
  readonly targetYear: number | null;
  readonly basis: PledgeBasis;
  readonly statement: string;
  readonly sourceIds: readonly string[];
}

export interface Horizon {
  readonly id: string;
  readonly statedOn: string;
  readonly speaker: string;
  readonly role: string;
  readonly horizonYear: number;
  readonly claim: string;
  readonly sourceIds: readonly string[];
}

/** A SIPRI (or national budget) figure for a comparator: never mixed with NATO's series. */
export interface ContextFigure {
  readonly country: string;
  readonly year: number;
  readonly metric: string;
  readonly value: number;
  readonly unit: string;
  readonly basis: Basis;
  readonly sourceIds: readonly string[];
}

export interface MacroFigure {
  readonly ally: string;
  readonly year: number;
  readonly metric: "gdp_usd_current_bn" | "real_gdp_growth_pct" | "inflation_pct";
  readonly value: number;
  readonly unit: string;
  readonly vintage: string;
  readonly sourceIds: readonly string[];
}

/** One figure of the Kiel Ukraine Support Tracker (or a press report of it), for one donor. */
export interface UkraineSupportFigure {
  /** ISO3 of the donor, or EUI (EU institutions), ALL (all donors), XEU (Europe). */
  readonly donor: string;
  readonly metric: string;
  readonly value: number;
  readonly unit: string;
  /** The data's cut-off date (YYYY-MM-DD), or "unknown". */
  readonly cutoff: string;
  readonly sourceIds: readonly string[];
  /** Where the figure was read: "context/ukraine_support.csv:12". */
  readonly origin: string;
}

/** A stated production capacity, output or target: a claim, never a measurement. */
export interface ProductionStatement {
  readonly producer: string;
  readonly item: string;
  readonly year: number;
  readonly value: number;
  readonly unit: string;
  readonly kind: "actual" | "target" | "estimate";
  readonly sourceIds: readonly string[];
  readonly origin: string;
}
