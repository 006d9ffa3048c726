import { csvParseRows } from "d3-dsv";
import { buildDataset } from "../data/build.ts";
import { DataError, formatIssue } from "../data/errors.ts";
import { DATA_FILES, type DataTexts } from "../data/files.ts";
import { aggregatesAddUp, missingAllies } from "./checks.ts";
import { ImportError, type ImportIssue, type ReadResult, type UnknownBlock } from "./types.ts";

/* Pure: given the data package's text and what was read from a file, the package's new text. */

export interface ImportFile {
  /** The file's name as given (shown in messages and recorded in the source row). */
  readonly name: string;
  readonly sha256: string;
  readonly format: "xlsx" | "csv";
}

export interface ImportOptions {
  readonly edition?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD; "unknown" when not given. */
  readonly published?: string;
  readonly url?: string;
  readonly title?: string;
}

export interface ImportPlan {
  readonly edition: string;
  readonly sourceId: string;
  /** The new text of the files that change; empty when the import changes nothing. */
  readonly writes: Partial<Record<"expenditure" | "natoSources" | "natoEditions", string>>;
  readonly figures: number;
  readonly added: number;
  readonly removed: number;
  /** Rows of the same edition from other sources, kept beside the imported ones. */
  readonly otherSourceRows: number;
  readonly tables: readonly string[];
  readonly unknown: readonly UnknownBlock[];
}

function csvLine(cells: readonly string[]): string {
  return cells.map((c) => (/[",\n\r]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(",");
}

function lines(text: string): string[] {
  const all = text.split("\n");
  if (all.at(-1) === "") all.pop();
  return all;
}

/** The source_id column of a one-line record, or undefined for a line it cannot read. */
function cellOf(line: string, index: number): string | undefined {
  return csvParseRows(line)[0]?.[index];
}

/**
 * The title NATO gave its latest edition, without its years ("Defence Investment of NATO
 * Countries"), for an imported file whose title is not given.
 */
function titleStem(texts: DataTexts): string {
  const rows = lines(texts.natoEditions)
    .slice(1)
    .map((l) => csvParseRows(l)[0] ?? [])
    .filter((r) => /^\d{4}$/.test(r[0] ?? ""))
    .sort((a, b) => Number(b[0]) - Number(a[0]));
  for (const r of rows) {
    const match = /^(.*\S)\s*\(\d{4}\s*-\s*\d{4}\)$/.exec(r[1] ?? "");
    if (match?.[1]) return match[1];
  }
  return "Defence Expenditure of NATO Countries";
}

export function sourceIdFor(format: ImportFile["format"], edition: string): string {
  return `nato_${format === "xlsx" ? "workbook" : "tidy"}_${edition}`;
}

/**
 * Plans an import: validates the figures (every ally present, aggregates adding up, then the
 * loader's own rules on the whole package as it would be) and returns the files' new text.
 * Throws ImportError naming each problem; the caller writes nothing then.
 */
export function planImport(
  texts: DataTexts,
  read: ReadResult,
  file: ImportFile,
  options: ImportOptions,
): ImportPlan {
  const issues: ImportIssue[] = [...read.issues];
  const edition =
    options.edition ?? read.edition ?? (read.lastYear === undefined ? "" : String(read.lastYear));
  if (!/^(other-)?\d{4}$/.test(edition)) {
    issues.push({
      where: file.name,
      value: edition,
      expected: 'an edition such as "2027" (give --edition)',
    });
  }
  if (read.figures.length === 0 && issues.length === 0) {
    issues.push({ where: file.name, value: "", expected: "at least one figure" });
  }
  // a workbook's blocks were checked for every ally row as they were read
  if (file.format === "csv" && read.figures.length > 0)
    issues.push(...missingAllies(file.name, read.figures));
  issues.push(...aggregatesAddUp(read.figures));
  if (issues.length > 0) throw new ImportError(file.name, issues);

  const sourceId = sourceIdFor(file.format, edition);
  const [firstYear, lastYear] = [
    Math.min(...read.figures.map((f) => f.year)),
    Math.max(...read.figures.map((f) => f.year)),
  ];
  const title = options.title ?? `${titleStem(texts)} (${firstYear}-${read.lastYear ?? lastYear})`;
  const tables =
    file.format === "xlsx"
      ? `Tables ${read.tables.map((t) => t.replace(/^Table /, "")).join(", ")}`
      : `metrics ${read.tables.join(", ")}`;
  const sourceLine = csvLine([
    sourceId,
    file.format === "xlsx" ? "official" : "secondary",
    file.format === "xlsx" ? "NATO" : "NATO (tidy transcription)",
    `${title}: ${tables}`,
    options.url ?? `file:${file.name}`,
    options.published ?? "unknown",
    `${file.format === "xlsx" ? "Workbook" : "Tidy CSV"} ${file.name}, SHA-256 ${file.sha256}; ${read.figures.length} figures, edition ${edition}, read by pledgewatch import nato.${read.unknown.length > 0 ? ` Not read: ${read.unknown.map((u) => `${u.where} ${u.title}`).join("; ")}.` : ""}`,
  ]);

  const sourceLines = lines(texts.natoSources);
  const existingSource = sourceLines.findIndex((l, i) => i > 0 && cellOf(l, 0) === sourceId);
  const newSourceLines =
    existingSource === -1
      ? [...sourceLines, sourceLine]
      : sourceLines.map((l, i) => (i === existingSource ? sourceLine : l));

  const editionLines = lines(texts.natoEditions);
  const editionAt = editionLines.findIndex((l, i) => i > 0 && cellOf(l, 0) === edition);
  const editionLine = csvLine([
    edition,
    title,
    options.published ?? "unknown",
    sourceId,
    `From ${file.name}${options.published ? "" : "; its publication date was not given (--published)"}.`,
  ]);
  // an edition already described by another source keeps its description
  const newEditionLines =
    editionAt === -1
      ? [...editionLines, editionLine]
      : cellOf(editionLines[editionAt] ?? "", 3) === sourceId
        ? editionLines.map((l, i) => (i === editionAt ? editionLine : l))
        : editionLines;
  const newEditions = `${newEditionLines.join("\n")}\n`;

  const expLines = lines(texts.expenditure);
  const header = (expLines[0] ?? "").split(",");
  const sourceCol = header.indexOf("source_id");
  const editionCol = header.indexOf("edition");
  const kept: string[] = [];
  const previous = new Set<string>();
  let otherSourceRows = 0;
  for (const [i, l] of expLines.entries()) {
    if (i > 0 && cellOf(l, sourceCol) === sourceId) {
      previous.add(l);
      continue;
    }
    if (i > 0 && cellOf(l, editionCol) === edition) otherSourceRows++;
    kept.push(l);
  }
  const imported = read.figures.map((f) =>
    csvLine([
      f.ally,
      String(f.year),
      f.metric,
      String(f.value),
      f.unit,
      f.status,
      edition,
      sourceId,
    ]),
  );
  const newExpenditure = `${[...kept, ...imported].join("\n")}\n`;
  const newSources = `${newSourceLines.join("\n")}\n`;

  try {
    buildDataset({
      ...texts,
      expenditure: newExpenditure,
      natoSources: newSources,
      natoEditions: newEditions,
    });
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    throw new ImportError(
      file.name,
      error.issues.map((i) => {
        const line =
          i.file === DATA_FILES.expenditure.path
            ? (newExpenditure.split("\n")[i.line - 1] ?? "")
            : "";
        const figure = read.figures.find((f) =>
          line.startsWith(`${f.ally},${f.year},${f.metric},`),
        );
        return {
          where: figure?.where ?? `${i.file}:${i.line}`,
          value: i.value,
          expected: `${i.expected} (${formatIssue(i)})`,
        };
      }),
    );
  }

  const importedSet = new Set(imported);
  const writes: ImportPlan["writes"] = {};
  if (newExpenditure !== texts.expenditure) writes.expenditure = newExpenditure;
  if (newSources !== texts.natoSources) writes.natoSources = newSources;
  if (newEditions !== texts.natoEditions) writes.natoEditions = newEditions;
  return {
    edition,
    sourceId,
    writes,
    figures: imported.length,
    added: imported.filter((l) => !previous.has(l)).length,
    removed: [...previous].filter((l) => !importedSet.has(l)).length,
    otherSourceRows,
    tables: read.tables,
    unknown: read.unknown,
  };
}
