import type { Dataset } from "../../../src/data/index.ts";

export interface PageProps {
  readonly dataset: Dataset;
  readonly params: URLSearchParams;
  readonly update: (changes: Record<string, string | null>) => void;
}
