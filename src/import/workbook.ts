import { ALLIES, displayName } from "../data/vocabulary.ts";
import { codeOfLabel } from "./countries.ts";
import { type BlockRule, baseYearOf, FIRST_YEAR, TABLES } from "./layout.ts";
import type {
  Cell,
  ImportedFigure,
  ImportIssue,
  ReadResult,
  Sheet,
  UnknownBlock,
} from "./types.ts";

/* Pure: turns the cells of NATO's workbook into figures, or says which cells are wrong. */

/** Every code a block must have a row for: the allies with armed forces and both aggregates. */
export const EXPECTED_ROWS: readonly string[] = [
  ...ALLIES.filter((a) => a.iso3 !== "ISL").map((a) => a.iso3),
  "NEC",
  "NATO",
];

const NO_FIGURE = new Set(["", "..", "...", "-", "–", "—", "n/a", "na"]);

export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

const at = (sheet: string, row: number, col: number) => `${sheet}!${columnName(col)}${row + 1}`;

function text(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

const isBlank = (row: readonly Cell[]) => row.every((c) => text(c) === "");

/** Text in the first cell only: a block's title (or a heading or a note). */
const isTitle = (row: readonly Cell[]) =>
  typeof row[0] === "string" && row[0].trim() !== "" && row.slice(1).every((c) => text(c) === "");

interface YearCell {
  readonly year: number;
  readonly estimate: boolean;
}

/** 2014, "2014", "2025e", "2025 E": a year of the header, with its estimate mark. */
function yearCell(cell: Cell | undefined): YearCell | undefined {
  if (typeof cell === "number" && Number.isInteger(cell) && cell >= 1949 && cell <= 2100) {
    return { year: cell, estimate: false };
  }
  const match = /^(\d{4})\s*(e?)$/i.exec(text(cell));
  if (!match) return undefined;
  return { year: Number(match[1]), estimate: match[2] !== "" };
}

/**
 * A header: no country in column A, and a run of at least three consecutive years (a country's
 * row may hold a figure that reads like a year, never three in a row).
 */
function looksLikeHeader(row: readonly Cell[]): boolean {
  if (codeOfLabel(text(row[0])) !== undefined) return false;
  const years = row.map(yearCell);
  return years.some(
    (y, i) =>
      y !== undefined && years[i + 1]?.year === y.year + 1 && years[i + 2]?.year === y.year + 2,
  );
}

/** The number in a figure cell, null for NATO's "no figure" marks, undefined when it is neither. */
function figureOf(cell: Cell | undefined): number | null | undefined {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : undefined;
  const s = text(cell);
  if (NO_FIGURE.has(s.toLowerCase())) return null;
  if (/^-?\d+(\.\d+)?$/.test(s)) return Number(s);
  return undefined;
}

interface Header {
  readonly years: readonly { readonly col: number; readonly cell: YearCell }[];
}

function readHeader(
  sheet: string,
  r: number,
  row: readonly Cell[],
  issues: ImportIssue[],
): Header | undefined {
  const first = row.findIndex((c) => yearCell(c) !== undefined);
  const firstYear = yearCell(row[first]);
  if (first !== 1 || firstYear?.year !== FIRST_YEAR) {
    issues.push({
      where: at(sheet, r, first),
      value: text(row[first]),
      expected: `the header's first year, ${FIRST_YEAR}, in column B (the row under a block's title, with country names in column A)`,
    });
    return undefined;
  }
  const years: { col: number; cell: YearCell }[] = [];
  for (let col = 1; col < row.length; col++) {
    if (text(row[col]) === "") break;
    const cell = yearCell(row[col]);
    const want = FIRST_YEAR + years.length;
    if (cell?.year !== want) {
      issues.push({
        where: at(sheet, r, col),
        value: text(row[col]),
        expected: `the year ${want} (years run one a column from ${FIRST_YEAR}; "${want}e" marks an estimate)`,
      });
      return undefined;
    }
    years.push({ col, cell });
  }
  return { years };
}

interface BlockOutcome {
  readonly next: number;
  readonly lastYear: number | undefined;
}

/** Reads a block's country rows (from `r`) until a blank row or "Notes". */
function readRows(
  sheet: string,
  rows: readonly (readonly Cell[])[],
  start: number,
  header: Header,
  rule: BlockRule | undefined,
  unit: string | undefined,
  titleAt: string,
  title: string,
  figures: ImportedFigure[],
  issues: ImportIssue[],
): BlockOutcome {
  const seen = new Map<string, number>();
  let r = start;
  for (; r < rows.length; r++) {
    const row = rows[r] ?? [];
    if (isBlank(row) || /^notes?\b/i.test(text(row[0]))) break;
    const label = text(row[0]);
    const code = codeOfLabel(label);
    if (code === undefined) {
      issues.push({
        where: at(sheet, r, 0),
        value: label,
        expected:
          'a NATO ally or aggregate as NATO names it (e.g. "Germany", "Slovak Republic", "NATO Europe and Canada", "NATO Total")',
      });
      continue;
    }
    const before = seen.get(code);
    if (before !== undefined) {
      issues.push({
        where: at(sheet, r, 0),
        value: label,
        expected: `one row for ${displayName(code)} in this block (row ${before + 1} has it already)`,
      });
      continue;
    }
    seen.set(code, r);
    for (let j = header.years.length; j < row.length; j++) {
      const col = j + 1;
      if (text(row[col]) !== "")
        issues.push({
          where: at(sheet, r, col),
          value: text(row[col]),
          expected: "an empty cell: the header has no year for this column",
        });
    }
    if (!rule || !unit) continue;
    for (const { col, cell } of header.years) {
      const value = figureOf(row[col]);
      if (value === undefined) {
        issues.push({
          where: at(sheet, r, col),
          value: text(row[col]),
          expected: `a number for ${displayName(code)} ${cell.year} (${rule.label}), or ".." / "-" for no figure`,
        });
        continue;
      }
      if (value === null) continue;
      figures.push({
        ally: code,
        year: cell.year,
        metric: rule.metric,
        value,
        unit,
        status: cell.estimate ? "estimate" : "actual",
        where: at(sheet, r, col),
      });
    }
  }
  if (rule) {
    for (const code of EXPECTED_ROWS) {
      if (!seen.has(code)) {
        issues.push({
          where: titleAt,
          value: title,
          expected: `a row for ${displayName(code)} (${code}) in this block: every ally with armed forces and both aggregates, each on its own row`,
        });
      }
    }
  }
  return { next: r, lastYear: header.years.at(-1)?.cell.year };
}

/** Reads NATO's workbook in its published layout. Pure: takes the cells. */
export function readWorkbook(sheets: readonly Sheet[]): ReadResult {
  const figures: ImportedFigure[] = [];
  const issues: ImportIssue[] = [];
  const unknown: UnknownBlock[] = [];
  const tables: string[] = [];
  let lastYear: number | undefined;
  const byName = new Map(sheets.map((s) => [s.name.trim().toLowerCase(), s]));
  const known = new Set(TABLES.map((t) => t.sheet.toLowerCase()));
  for (const s of sheets) {
    if (!known.has(s.name.trim().toLowerCase())) unknown.push({ where: s.name, title: "(sheet)" });
  }

  for (const table of TABLES) {
    const sheet = byName.get(table.sheet.toLowerCase());
    if (!sheet) {
      issues.push({
        where: `sheet "${table.sheet}"`,
        value: `sheets present: ${sheets.map((s) => s.name).join(", ") || "none"}`,
        expected: `a sheet named "${table.sheet}" (${table.blocks.map((b) => b.label).join("; ")})`,
      });
      continue;
    }
    const found = new Set<BlockRule>();
    const rows = sheet.rows;
    for (let r = 0; r < rows.length; ) {
      const next = rows[r] ?? [];
      if (!looksLikeHeader(next)) {
        r++;
        continue;
      }
      // the block's title is the nearest row above with text in column A only (NATO may put
      // blank or unit rows between)
      let t = r - 1;
      while (t >= 0 && isBlank(rows[t] ?? [])) t--;
      const row = rows[t] ?? [];
      if (t < 0 || !isTitle(row)) {
        issues.push({
          where: at(sheet.name, Math.max(t, 0), 0),
          value: text(row[0]),
          expected: `a title above the header at row ${r + 1} (text in column A only) saying what the block holds`,
        });
        r++;
        continue;
      }
      const title = text(row[0]);
      const titleAt = at(sheet.name, t, 0);
      const rule = table.blocks.find((b) => !found.has(b) && b.title.test(title));
      let unit: string | undefined;
      if (rule) {
        found.add(rule);
        unit = rule.unit(baseYearOf(title));
        if (unit === undefined)
          issues.push({
            where: titleAt,
            value: title,
            expected: `a title naming the base year of constant prices (e.g. "constant 2021 prices") for ${rule.label}`,
          });
      } else {
        unknown.push({ where: titleAt, title });
      }
      const header = readHeader(sheet.name, r, next, issues);
      if (!header) {
        r += 1;
        continue;
      }
      const outcome = readRows(
        sheet.name,
        rows,
        r + 1,
        header,
        rule,
        unit,
        titleAt,
        title,
        figures,
        issues,
      );
      if (rule && outcome.lastYear !== undefined)
        lastYear = Math.max(lastYear ?? outcome.lastYear, outcome.lastYear);
      r = outcome.next;
    }
    for (const rule of table.blocks) {
      if (!found.has(rule))
        issues.push({
          where: `sheet "${sheet.name}"`,
          value: "",
          expected: `a block for ${rule.label}: a title row containing ${rule.title.source} (text in column A only), then a header row of years from ${FIRST_YEAR}`,
        });
    }
    tables.push(table.sheet);
  }
  return { figures, tables, unknown, lastYear, issues };
}
