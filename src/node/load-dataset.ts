import { buildDataset } from "../data/build.ts";
import type { Dataset } from "../data/dataset.ts";
import { cachedDataset, dataStamp, keepDataset } from "./dataset-cache.ts";
import { DEFAULT_DATA_DIR, readDataTexts } from "./read-data.ts";

export interface LoadOptions {
  /**
   * A folder where the validated data is kept between runs, keyed by the files' size and
   * modification time and by the loader's own code: any change to either validates afresh.
   * None: always validate.
   */
  readonly cacheDir?: string;
}

/** Reads the data package from a folder (default: the project's data/) and validates it. */
export function loadDataset(dir: string = DEFAULT_DATA_DIR, options: LoadOptions = {}): Dataset {
  if (options.cacheDir === undefined) return buildDataset(readDataTexts(dir));
  const stamp = dataStamp(dir);
  const cached = cachedDataset(stamp, options.cacheDir);
  if (cached) return cached;
  const dataset = buildDataset(readDataTexts(dir));
  keepDataset(stamp, options.cacheDir, dataset);
  return dataset;
}
