import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DataError } from "../data/errors.ts";
import { DATA_FILES, type DataFileKey, type DataTexts } from "../data/files.ts";

/** The data package shipped with the project. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL("../../data/", import.meta.url));

/** Reads the data package from a folder (default: the project's data/). */
export function readDataTexts(dir: string = DEFAULT_DATA_DIR): DataTexts {
  const texts = {} as Record<DataFileKey, string>;
  for (const [key, { path }] of Object.entries(DATA_FILES) as [DataFileKey, { path: string }][]) {
    try {
      const bytes = readFileSync(join(dir, path));
      texts[key] = decodeUtf8(path, bytes);
    } catch (error) {
      if (error instanceof DataError) throw error;
      throw new DataError([
        {
          file: path,
          line: 0,
          field: "(file)",
          value: join(dir, path),
          expected: `a readable file (${(error as Error).message})`,
        },
      ]);
    }
  }
  return texts;
}

/** Strict UTF-8: a byte that is not UTF-8 is named by its line, never turned into U+FFFD. */
export function decodeUtf8(file: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const good = firstBadByte(bytes);
    const line = 1 + bytes.subarray(0, good).filter((b) => b === 0x0a).length;
    throw new DataError([
      {
        file,
        line,
        field: "(text)",
        value: `byte 0x${(bytes[good] ?? 0).toString(16).padStart(2, "0")} at offset ${good}`,
        expected: "UTF-8 text: save the file as UTF-8",
      },
    ]);
  }
}

/** The offset of the first byte that does not decode (found by halving). */
function firstBadByte(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    try {
      // streaming: a character cut in two at `mid` is not counted as an error
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
