import type { Dataset } from "../data/dataset.ts";
import { resolveTarget } from "./targets.ts";

/** The thresholds a ranking draws as lines: 2%, 3.5% core and 5% total, from the guidelines. */
export function guidelineLines(dataset: Dataset): number[] {
  return (["two-percent", "hague-core", "hague-total"] as const).map(
    (id) => resolveTarget(dataset, id).threshold,
  );
}
