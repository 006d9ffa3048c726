import { csvParseRows } from "d3-dsv";
import type { DataIssue } from "./errors.ts";

export interface CsvRow {
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

export interface CsvTable {
  readonly rows: readonly CsvRow[];
  readonly issues: readonly DataIssue[];
}

/**
 * Parses RFC 4180 CSV with a header row (d3-dsv, which the chart renderer ships anyway), keeping
 * each record's line number for error messages. A missing header column, or a record with more
 * or fewer fields than the header, is reported as an issue.
 */
export function parseCsv(file: string, text: string, required: readonly string[]): CsvTable {
  const [header = [], ...records] = csvParseRows(text.replace(/^\uFEFF/, ""));
  const missing = required.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    return {
      rows: [],
      issues: missing.map((column) => ({
        file,
        line: 1,
        field: column,
        value: "",
        expected: `a "${column}" column in the header (${required.join(",")})`,
      })),
    };
  }
  const rows: CsvRow[] = [];
  const issues: DataIssue[] = [];
  // a quoted field may hold line breaks: count them to keep line numbers true
  let line = 1 + newlines(header);
  for (const record of records) {
    line += 1;
    const start = line;
    line += newlines(record);
    if (record.length === 1 && record[0] === "") continue;
    if (record.length !== header.length) {
      issues.push({
        file,
        line: start,
        field: "(row)",
        value: record.join(","),
        expected: `${header.length} fields as in the header, not ${record.length} (a stray comma or quote?)`,
      });
      continue;
    }
    rows.push({
      line: start,
      cells: Object.fromEntries(header.map((h, i) => [h, record[i] ?? ""])),
    });
  }
  return { rows, issues };
}

function newlines(fields: readonly string[]): number {
  let n = 0;
  for (const f of fields) for (const ch of f) if (ch === "\n") n++;
  return n;
}
