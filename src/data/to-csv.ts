/*
 * Writing CSV needs no parser: kept apart from csv.ts, so that a command that writes CSV or JSON
 * does not load d3-dsv.
 */

/**
 * Text that a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return
 * before one) gets a leading apostrophe, as OWASP advises; numbers are written as they are.
 */
const FORMULA = /^[=+\-@\t\r]/;

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  let s = Array.isArray(value) ? value.join(";") : String(value);
  if (typeof value !== "number" && FORMULA.test(s)) s = `'${s}`;
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
