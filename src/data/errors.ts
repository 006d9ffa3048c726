/** One thing wrong with one cell of one file. */
export interface DataIssue {
  readonly file: string;
  /** 1-based line in the file (the header is line 1). */
  readonly line: number;
  readonly field: string;
  readonly value: string;
  readonly expected: string;
}

export function formatIssue(issue: DataIssue): string {
  // a value can be a whole file's worth of text after an unclosed quote: show its start
  const shown = issue.value.length > 80 ? `${issue.value.slice(0, 80)}...` : issue.value;
  const value = issue.value === "" ? "(empty)" : JSON.stringify(shown);
  return `${issue.file}:${issue.line}: field "${issue.field}" is ${value}; expected ${issue.expected}`;
}

/** A load that found bad rows. Every bad row is listed, not just the first. */
export class DataError extends Error {
  readonly issues: readonly DataIssue[];

  constructor(issues: readonly DataIssue[]) {
    const shown = issues.slice(0, 50).map(formatIssue);
    const more = issues.length > 50 ? [`... and ${issues.length - 50} more`] : [];
    super(
      [
        `The data did not load: ${issues.length} problem${issues.length === 1 ? "" : "s"} found.`,
        ...shown,
        ...more,
        "Fix the rows named above (or restore the file from the project's data/) and run again.",
      ].join("\n"),
    );
    this.name = "DataError";
    this.issues = issues;
  }
}
