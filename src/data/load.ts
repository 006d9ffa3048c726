import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildDataset } from "./build.ts";
import type { Dataset } from "./dataset.ts";
import { DataError } from "./errors.ts";
import { DATA_FILES, type DataFileKey, type DataTexts } from "./files.ts";

export { buildDataset } from "./build.ts";

/** The data package shipped with the project. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL("../../data/", import.meta.url));

/** Reads the data package from a folder (default: the project's data/). */
export function readDataTexts(dir: string = DEFAULT_DATA_DIR): DataTexts {
  const texts = {} as Record<DataFileKey, string>;
  for (const [key, { path }] of Object.entries(DATA_FILES) as [DataFileKey, { path: string }][]) {
    try {
      texts[key] = readFileSync(join(dir, path), "utf8");
    } catch (error) {
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

export function loadDataset(dir: string = DEFAULT_DATA_DIR): Dataset {
  return buildDataset(readDataTexts(dir));
}
