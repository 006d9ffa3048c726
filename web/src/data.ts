import {
  buildDataset,
  DATA_FILES,
  type DataFileKey,
  type Dataset,
  type DataTexts,
} from "../../src/data/index.ts";

let loading: Promise<Dataset> | undefined;

/** Fetches the data package the server publishes at /data/ and builds the same Dataset as the CLI. */
export function loadDataset(): Promise<Dataset> {
  loading ??= (async () => {
    const entries = await Promise.all(
      (Object.entries(DATA_FILES) as [DataFileKey, { path: string }][]).map(
        async ([key, { path }]) => {
          const response = await fetch(`/data/${path}`);
          if (!response.ok)
            throw new Error(`could not load /data/${path}: HTTP ${response.status}`);
          return [key, await response.text()] as const;
        },
      ),
    );
    return buildDataset(Object.fromEntries(entries) as DataTexts);
  })();
  return loading;
}
