import { parse } from "csv-parse/sync";
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
 * Parses RFC 4180 CSV with a header row, keeping each record's line number for error messages.
 * Missing header columns are reported as issues on line 1.
 */
export function parseCsv(file: string, text: string, required: readonly string[]): CsvTable {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, {
      columns: true,
      info: true,
      skip_empty_lines: true,
      bom: true,
    });
  } catch (error) {
    const err = error as { message: string; lines?: number };
    return {
      rows: [],
      issues: [
        {
          file,
          line: err.lines ?? 1,
          field: "(row)",
          value: "",
          expected: `well-formed CSV (${err.message})`,
        },
      ],
    };
  }
  const header =
    text
      .split(/\r?\n/, 1)[0]
      ?.replace(/^\uFEFF/, "")
      .split(",") ?? [];
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
  return {
    rows: records.map(({ record, info }) => ({ line: info.lines, cells: record })),
    issues: [],
  };
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const s = Array.isArray(value) ? value.join(";") : String(value);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** RFC 4180 CSV from records that share their keys. */
export function toCsv<T extends object>(records: readonly T[]): string {
  const first = records[0];
  if (!first) return "";
  const keys = Object.keys(first);
  const cells = (r: T) => keys.map((k) => csvCell((r as Record<string, unknown>)[k])).join(",");
  return `${[keys.join(","), ...records.map(cells)].join("\n")}\n`;
}
