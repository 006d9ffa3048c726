import { sourceNote } from "../data/citation.ts";
import type { Dataset } from "../data/dataset.ts";

/**
 * Turns source ids into at most two lines of citations (`sourceNote` from src/data/citation.ts,
 * bound to a Dataset): a spec never shows bare ids.
 */
export type Cite = (ids: Iterable<string>, options?: { readonly statements?: string }) => string[];

/** The chart specs' citer for a Dataset: at most two lines of citations, never ids. */
export function citer(dataset: Dataset): Cite {
  return (ids, options) => sourceNote(dataset, ids, options);
}
