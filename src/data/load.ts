import { createHash } from "node:crypto";
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import { buildDataset } from "./build.ts";
import { Dataset, type DatasetParts } from "./dataset.ts";
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

export interface LoadOptions {
  /**
   * A folder where the validated data is kept between runs, keyed by the files' bytes and by
   * the loader's own code: any change to either validates afresh. None: always validate.
   */
  readonly cacheDir?: string;
}

export function loadDataset(dir: string = DEFAULT_DATA_DIR, options: LoadOptions = {}): Dataset {
  const texts = readDataTexts(dir);
  if (options.cacheDir === undefined) return buildDataset(texts);
  const file = join(options.cacheDir, `dataset-${cacheKey(texts)}.v8`);
  const cached = readCache(file);
  if (cached) return new Dataset(cached);
  const dataset = buildDataset(texts);
  writeCache(file, dataset);
  return dataset;
}

/** The loader's own sources: a change to how data is validated or built changes the key. */
const CODE_DIR = dirname(fileURLToPath(import.meta.url));

function cacheKey(texts: DataTexts): string {
  const hash = createHash("sha256");
  for (const key of Object.keys(DATA_FILES).sort() as DataFileKey[]) {
    hash.update(key).update("\0").update(texts[key]).update("\0");
  }
  for (const name of readdirSync(CODE_DIR).sort()) {
    if (!name.endsWith(".ts") || name.endsWith(".test.ts")) continue;
    const stat = statSync(join(CODE_DIR, name));
    hash.update(`${name}:${stat.size}:${stat.mtimeMs}\0`);
  }
  return hash.digest("hex").slice(0, 32);
}

function readCache(file: string): DatasetParts | undefined {
  try {
    return deserialize(readFileSync(file)) as DatasetParts;
  } catch {
    // absent, unreadable or from another Node: validate afresh
    return undefined;
  }
}

/** Best effort: a cache that cannot be written only costs the next run its speed. */
function writeCache(file: string, dataset: Dataset): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    for (const old of readdirSync(dirname(file))) {
      if (old.startsWith("dataset-") && old.endsWith(".v8"))
        rmSync(join(dirname(file), old), { force: true });
    }
    // the Dataset's own fields are its parts; its indexes are private and rebuilt on load
    const parts = { ...dataset } as DatasetParts;
    writeFileSync(tmp, serialize(parts));
    renameSync(tmp, file);
  } catch {
    rmSync(tmp, { force: true });
  }
}
