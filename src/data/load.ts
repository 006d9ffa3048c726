import { buildDataset } from "./build.ts";
import { cachedDataset, dataStamp, keepDataset } from "./cache.ts";
import type { Dataset } from "./dataset.ts";
import { DEFAULT_DATA_DIR, readDataTexts } from "./read.ts";

export { buildDataset } from "./build.ts";
export { DEFAULT_DATA_DIR, decodeUtf8, readDataTexts } from "./read.ts";

export interface LoadOptions {
  /**
   * A folder where the validated data is kept between runs, keyed by the files' size and
   * modification time and by the loader's own code: any change to either validates afresh.
   * None: always validate.
   */
  readonly cacheDir?: string;
}

export function loadDataset(dir: string = DEFAULT_DATA_DIR, options: LoadOptions = {}): Dataset {
  if (options.cacheDir === undefined) return buildDataset(readDataTexts(dir));
  const stamp = dataStamp(dir);
  const cached = cachedDataset(stamp, options.cacheDir);
  if (cached) return cached;
  const dataset = buildDataset(readDataTexts(dir));
  keepDataset(stamp, options.cacheDir, dataset);
  return dataset;
}
