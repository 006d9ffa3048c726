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
import { Dataset, type DatasetParts } from "./dataset.ts";
import { DATA_FILES, type DataFileKey, type DataTexts } from "./files.ts";

/*
 * The validated data package kept between runs, keyed by the files' bytes and by the loader's
 * own code: any change to either validates afresh. This module loads no validator, so a run
 * that finds its data here starts without one.
 */

/** The cached Dataset for these texts, if a current one is in `cacheDir`. */
export function cachedDataset(texts: DataTexts, cacheDir: string): Dataset | undefined {
  const parts = readCache(cacheFile(texts, cacheDir));
  return parts ? new Dataset(parts) : undefined;
}

/** Keeps a validated Dataset for the next run (best effort: a failure costs only speed). */
export function keepDataset(texts: DataTexts, cacheDir: string, dataset: Dataset): void {
  writeCache(cacheFile(texts, cacheDir), dataset);
}

function cacheFile(texts: DataTexts, cacheDir: string): string {
  return join(cacheDir, `dataset-${cacheKey(texts)}.v8`);
}

/** The loader's own sources: a change to how data is validated or built changes the key. */
const CODE_DIR = dirname(fileURLToPath(import.meta.url));

function cacheKey(texts: DataTexts): string {
  const hash = createHash("sha256");
  for (const key of Object.keys(DATA_FILES).sort() as DataFileKey[]) {
    hash.update(key).update("\0").update(texts[key]).update("\0");
  }
  for (const name of readdirSync(CODE_DIR).sort()) {
    // .ts in the sources, .js where the CLI runs from lib/
    if (!/\.[jt]s$/.test(name) || /\.test\.[jt]s$/.test(name)) continue;
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

/** Validated datasets kept side by side, newest first. */
const KEPT = 4;

/** Best effort: a cache that cannot be written only costs the next run its speed. */
function writeCache(file: string, dataset: Dataset): void {
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
    writeFileSync(tmp, serialize(parts));
    renameSync(tmp, file);
  } catch {
    rmSync(tmp, { force: true });
  }
}
