import type { ObservationStatus } from "../data/types.ts";
import type { NatoMetric } from "../data/vocabulary.ts";

/** A cell as a spreadsheet reader returns it. */
export type Cell = string | number | boolean | Date | null;

export interface Sheet {
  readonly name: string;
  /** Rows from A1 down; each row's cells from column A. */
  readonly rows: readonly (readonly Cell[])[];
}

/** One figure read from an imported file, with where it was read. */
export interface ImportedFigure {
  readonly ally: string;
  readonly year: number;
  readonly metric: NatoMetric;
  readonly value: number;
  readonly unit: string;
  readonly status: ObservationStatus;
  /** "Table 3!D7" in a workbook, "file.csv:12" in a CSV. */
  readonly where: string;
}

/** One thing wrong in an imported file: where, what was there, what was expected. */
export interface ImportIssue {
  readonly where: string;
  readonly value: string;
  readonly expected: string;
}

/** A block the layout does not know: listed, not fatal. */
export interface UnknownBlock {
  readonly where: string;
  readonly title: string;
}

export interface ReadResult {
  readonly figures: readonly ImportedFigure[];
  /** The tables (sheets) the figures came from, in the layout's order. */
  readonly tables: readonly string[];
  readonly unknown: readonly UnknownBlock[];
  /** The last year of the series: the edition when none is given. */
  readonly lastYear: number | undefined;
  /** The edition the file itself names, if it does. */
  readonly edition?: string;
  readonly issues: readonly ImportIssue[];
}

export function formatImportIssue(issue: ImportIssue): string {
  return `${issue.where}: ${issue.value === "" ? "(empty)" : JSON.stringify(issue.value)}; expected ${issue.expected}`;
}

/** An import that found problems: nothing was written. */
export class ImportError extends Error {
  readonly issues: readonly ImportIssue[];

  constructor(file: string, issues: readonly ImportIssue[]) {
    const shown = issues.slice(0, 40).map((i) => `  ${formatImportIssue(i)}`);
    const more = issues.length > 40 ? [`  ... and ${issues.length - 40} more`] : [];
    super(
      [
        `${file} was not imported: ${issues.length} problem${issues.length === 1 ? "" : "s"} found. Nothing was written.`,
        ...shown,
        ...more,
        "Fix the cells named above (or pass the file NATO published, unchanged) and run again.",
      ].join("\n"),
    );
    this.name = "ImportError";
    this.issues = issues;
  }
}
