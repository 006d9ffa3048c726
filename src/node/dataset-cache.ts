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
import { Dataset, type DatasetParts } from "../data/dataset.ts";
import { DATA_FILES, type DataFileKey } from "../data/files.ts";
import type { Observation } from "../data/types.ts";

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
  const code = readdirSync(DATA_CODE_DIR)
    // .ts in the sources, .js where the CLI runs from lib/
    .filter((name) => /\.[jt]s$/.test(name) && !/\.test\.[jt]s$/.test(name))
    .sort()
    .map((name) => join(DATA_CODE_DIR, name));
  for (const file of [...code, THIS_FILE]) {
    const stat = statSync(file);
    parts.push(`${file}:${stat.size}:${stat.mtimeMs}`);
  }
  return parts.join("\n");
}

/** The cached Dataset for this stamp, if one is in `cacheDir`. */
export function cachedDataset(stamp: string, cacheDir: string): Dataset | undefined {
  const kept = readCache(cacheFile(stamp, cacheDir));
  // the file name is a short hash: the stamp inside says whether it is really this one
  if (kept?.stamp !== stamp) return undefined;
  return new Dataset({ ...kept.parts, observations: fromColumns(kept.observations) });
}

/** Keeps a validated Dataset for the next run (best effort: a failure costs only speed). */
export function keepDataset(stamp: string, cacheDir: string, dataset: Dataset): void {
  writeCache(cacheFile(stamp, cacheDir), stamp, dataset);
}

function cacheFile(stamp: string, cacheDir: string): string {
  return join(cacheDir, `dataset-${shortHash(stamp)}.v8`);
}

/**
 * The code that gives the cached form: the data module (how data is validated and built) and
 * this file (how it is kept). A change to either changes the stamp.
 */
const DATA_CODE_DIR = fileURLToPath(new URL("../data/", import.meta.url));
const THIS_FILE = fileURLToPath(import.meta.url);

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
  readonly parts: Omit<DatasetParts, "observations">;
  readonly observations: ObservationColumns;
}

/**
 * The figures column by column, repeated words as indexes into one list: a few typed arrays
 * deserialize in a fraction of the time of thousands of small objects, and the objects rebuilt
 * from them share one shape, so the first pass over them is not slow either.
 */
interface ObservationColumns {
  readonly words: readonly string[];
  readonly ally: Uint16Array;
  readonly year: Uint16Array;
  readonly metric: Uint16Array;
  readonly value: Float64Array;
  readonly unit: Uint16Array;
  readonly status: Uint16Array;
  readonly edition: Uint16Array;
  readonly basis: Uint16Array;
  /** The source ids joined by a NUL, as a word. */
  readonly sourceIds: Uint16Array;
  readonly derived: Uint8Array;
  readonly origin: readonly string[];
}

function toColumns(observations: readonly Observation[]): ObservationColumns {
  const words: string[] = [];
  const index = new Map<string, number>();
  const n = observations.length;
  const word = (w: string) => {
    let i = index.get(w);
    if (i === undefined) {
      i = words.push(w) - 1;
      index.set(w, i);
    }
    return i;
  };
  const column = (pick: (o: Observation) => string) =>
    Uint16Array.from(observations, (o) => word(pick(o)));
  const columns = {
    ally: column((o) => o.ally),
    year: Uint16Array.from(observations, (o) => o.year),
    metric: column((o) => o.metric),
    value: Float64Array.from(observations, (o) => o.value),
    unit: column((o) => o.unit),
    status: column((o) => o.status),
    edition: column((o) => o.edition),
    basis: column((o) => o.basis),
    sourceIds: column((o) => o.sourceIds.join("\0")),
    derived: Uint8Array.from(observations, (o) => (o.derived ? 1 : 0)),
    origin: observations.map((o) => o.origin),
  };
  if (words.length > 0xffff || columns.year.length !== n) throw new Error("too many words");
  return { words, ...columns };
}

function fromColumns(c: ObservationColumns): Observation[] {
  const w = c.words;
  const ids = new Map<number, readonly string[]>();
  const sourceIds = (i: number) => {
    let list = ids.get(i);
    if (!list) {
      list = (w[i] as string).split("\0");
      ids.set(i, list);
    }
    return list;
  };
  const out: Observation[] = new Array(c.origin.length);
  for (let i = 0; i < c.origin.length; i++) {
    // the keys in the order the loader builds them: JSON output keeps its field order
    out[i] = {
      ally: w[c.ally[i] as number] as string,
      year: c.year[i] as number,
      metric: w[c.metric[i] as number] as Observation["metric"],
      value: c.value[i] as number,
      unit: w[c.unit[i] as number] as string,
      status: w[c.status[i] as number] as Observation["status"],
      edition: w[c.edition[i] as number] as string,
      basis: w[c.basis[i] as number] as Observation["basis"],
      sourceIds: sourceIds(c.sourceIds[i] as number),
      derived: c.derived[i] === 1,
      origin: c.origin[i] as string,
    };
  }
  return out;
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
    const { observations, ...parts } = { ...dataset } as DatasetParts;
    writeFileSync(
      tmp,
      serialize({ stamp, parts, observations: toColumns(observations) } satisfies Kept),
    );
    renameSync(tmp, file);
  } catch {
    rmSync(tmp, { force: true });
  }
}
