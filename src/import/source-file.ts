import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import type { ImportFile } from "./plan.ts";
import { readTidyCsv } from "./tidy.ts";
import { type Cell, ImportError, type ReadResult } from "./types.ts";
import { readWorkbook } from "./workbook.ts";

/* Node-only: reads the file a user imports. Everything after the bytes is pure. */

export interface SourceFile {
  readonly file: ImportFile;
  readonly read: ReadResult;
}

export async function readSourceFile(
  path: string,
  edition: string | undefined,
): Promise<SourceFile> {
  const name = basename(path);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new ImportError(name, [
      { where: path, value: "", expected: `a readable file (${(error as Error).message})` },
    ]);
  }
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const ext = extname(path).toLowerCase();
  if (ext === ".csv") {
    return {
      file: { name, sha256, format: "csv" },
      read: readTidyCsv(name, bytes.toString("utf8"), edition),
    };
  }
  if (ext !== ".xlsx") {
    throw new ImportError(name, [
      { where: path, value: ext, expected: "a workbook (.xlsx) or a tidy CSV (.csv)" },
    ]);
  }
  // loaded here, not at start-up: only this command reads workbooks
  const { default: readExcelFile } = await import("read-excel-file/node");
  let sheets: Awaited<ReturnType<typeof readExcelFile>>;
  try {
    sheets = await readExcelFile(bytes);
  } catch (error) {
    throw new ImportError(name, [
      {
        where: path,
        value: "",
        expected: `an Excel workbook (.xlsx) that opens (${(error as Error).message})`,
      },
    ]);
  }
  return {
    file: { name, sha256, format: "xlsx" },
    // the reader types a date cell as the Date constructor; at run time it is a Date
    read: readWorkbook(sheets.map((s) => ({ name: s.sheet, rows: s.data as Cell[][] }))),
  };
}
