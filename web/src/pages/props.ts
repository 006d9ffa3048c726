import type { Dataset } from "../../../src/data/dataset.ts";

export interface PageProps {
  readonly dataset: Dataset;
  readonly params: URLSearchParams;
  readonly update: (changes: Record<string, string | null>) => void;
}
