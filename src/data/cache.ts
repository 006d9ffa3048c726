import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import { Dataset, type DatasetParts } from "./dataset.ts";
import { DATA_FILES, type DataFileKey } from "./files.ts";

/*
 * The validated data package kept between runs, keyed by a stamp of the data files (path, size,
 * modification time) and of the loader's own code: a change to either validates afresh. The
 * stamp needs no read of the files and no hashing library, so a run that finds its data here
 * starts without reading the data, without a validator and without node:crypto.
 */

/**
 * What identifies the data folder's files as they are now, and the loader's code. Take it before
 * reading the files: a file that changes while it is read then never gets cached under the
 * stamp of its new state.
 */
export function dataStamp(dataDir: string): string {
  const parts: string[] = [];
  for (const key of Object.keys(DATA_FILES).sort() as DataFileKey[]) {
    const path = resolve(dataDir, DATA_FILES[key].path);
    const stat = statSync(path, { throwIfNoEntry: false });
    parts.push(`${path}:${stat ? `${stat.size}:${stat.mtimeMs}:${stat.ino}` : "absent"}`);
  }
  for (const name of readdirSync(CODE_DIR).sort()) {
    // .ts in the sources, .js where the CLI runs from lib/
    if (!/\.[jt]s$/.test(name) || /\.test\.[jt]s$/.test(name)) continue;
    const stat = statSync(join(CODE_DIR, name));
    parts.push(`${name}:${stat.size}:${stat.mtimeMs}`);
  }
  return parts.join("\n");
}

/** The cached Dataset for this stamp, if one is in `cacheDir`. */
export function cachedDataset(stamp: string, cacheDir: string): Dataset | undefined {
  const kept = readCache(cacheFile(stamp, cacheDir));
  // the file name is a short hash: the stamp inside says whether it is really this one
  return kept?.stamp === stamp ? new Dataset(kept.parts) : undefined;
}

/** Keeps a validated Dataset for the next run (best effort: a failure costs only speed). */
export function keepDataset(stamp: string, cacheDir: string, dataset: Dataset): void {
  writeCache(cacheFile(stamp, cacheDir), stamp, dataset);
}

function cacheFile(stamp: string, cacheDir: string): string {
  return join(cacheDir, `dataset-${shortHash(stamp)}.v8`);
}

/** The loader's own sources: a change to how data is validated or built changes the stamp. */
const CODE_DIR = dirname(fileURLToPath(import.meta.url));

/** 64 bits of a string, as hex: enough to name a file (the stamp inside is compared whole). */
function shortHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${(h2 >>> 0).toString(16).padStart(8, "0")}${(h1 >>> 0).toString(16).padStart(8, "0")}`;
}

interface Kept {
  readonly stamp: string;
  readonly parts: DatasetParts;
}

function readCache(file: string): Kept | undefined {
  try {
    return deserialize(readFileSync(file)) as Kept;
  } catch {
    // absent, unreadable or from another Node: validate afresh
    return undefined;
  }
}

/** Validated datasets kept side by side, newest first. */
const KEPT = 4;

/** Best effort: a cache that cannot be written only costs the next run its speed. */
function writeCache(file: string, stamp: string, dataset: Dataset): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    // several checkouts or data folders may share the cache: keep the few written last
    const dir = dirname(file);
    const kept = readdirSync(dir)
      .filter((name) => name.startsWith("dataset-") && name.endsWith(".v8"))
      .map((name) => ({ name, used: statSync(join(dir, name)).mtimeMs }))
      .sort((a, b) => b.used - a.used);
    for (const old of kept.slice(KEPT - 1)) rmSync(join(dir, old.name), { force: true });
    // the Dataset's own fields are its parts; its indexes are private and rebuilt on load
    const parts = { ...dataset } as DatasetParts;
    writeFileSync(tmp, serialize({ stamp, parts } satisfies Kept));
    renameSync(tmp, file);
  } catch {
    rmSync(tmp, { force: true });
  }
}
