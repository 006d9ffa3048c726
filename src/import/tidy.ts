import { parseCsv } from "../data/csv.ts";
import { expenditureRow } from "../data/schema.ts";
import { isAggregate, type NatoMetric } from "../data/vocabulary.ts";
import type { ImportedFigure, ImportIssue, ReadResult } from "./types.ts";

/** The columns of the project's tidy layout (nato/expenditure.csv without edition and source). */
export const TIDY_COLUMNS = ["iso3", "year", "metric", "value", "unit", "status"] as const;

/**
 * Reads a CSV in the project's tidy layout, as a transcription of NATO's tables would come.
 * An `edition` column, when present, must agree with the edition being imported. Pure.
 */
export function readTidyCsv(file: string, csv: string, edition: string | undefined): ReadResult {
  const table = parseCsv(file, csv, TIDY_COLUMNS);
  const issues: ImportIssue[] = table.issues.map((i) => ({
    where: `${file}:${i.line}`,
    value: i.value,
    expected: i.expected,
  }));
  const figures: ImportedFigure[] = [];
  const schema = expenditureRow(new Set(["import"]));
  let lastYear: number | undefined;
  const editions = new Set<string>();
  for (const { line, cells } of table.rows) {
    const rowEdition = cells.edition?.trim();
    if (edition !== undefined && rowEdition !== undefined && rowEdition !== edition) {
      issues.push({
        where: `${file}:${line}`,
        value: rowEdition,
        expected: `edition ${edition}, the edition being imported (or no edition column)`,
      });
      continue;
    }
    const parsed = schema.safeParse({
      ...cells,
      edition: edition ?? (rowEdition || "0000"),
      source_id: "import",
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "(row)");
        issues.push({
          where: `${file}:${line} (${field})`,
          value: cells[field] ?? "",
          expected: issue.message,
        });
      }
      continue;
    }
    const row = parsed.data;
    if (rowEdition) editions.add(rowEdition);
    if (!isAggregate(row.iso3)) lastYear = Math.max(lastYear ?? row.year, row.year);
    figures.push({
      ally: row.iso3,
      year: row.year,
      metric: row.metric as NatoMetric,
      value: row.value,
      unit: row.unit,
      status: row.status,
      where: `${file}:${line}`,
    });
  }
  if (edition === undefined && editions.size > 1) {
    issues.push({
      where: `${file} (edition)`,
      value: [...editions].join(", "),
      expected: "one edition per file, or --edition to say which edition the rows belong to",
    });
  }
  const tables = [...new Set(figures.map((f) => f.metric))];
  const [only] = editions;
  return { figures, tables, unknown: [], lastYear, edition: only, issues };
}
