import type { Dataset } from "../data/dataset.ts";
import { DEFAULT_PRIOR, type OddsModel } from "./model.ts";
import { DEFAULT_PATHS } from "./montecarlo.ts";
import { OddsError, type OddsOptions, type OddsResult, runOdds } from "./odds.ts";

export interface ComparedOdds {
  /** The chosen model's run: the headline. */
  readonly headline: OddsResult;
  readonly model: OddsModel;
  /** The prior weight the headline used, in years of data. */
  readonly prior: number;
  readonly own: OddsResult;
  readonly pooled: OddsResult;
  /** The chosen model fitted and started on actual figures only; null when none have any. */
  readonly actuals: OddsResult | null;
  /** Paths of the runs other than the headline (at most the default). */
  readonly comparisonPaths: number;
}

export interface CompareOddsOptions extends OddsOptions {
  readonly model?: OddsModel;
}

/**
 * The odds under the chosen model, beside the other model and the same model on actual figures
 * only, all with the same seed. Only the headline reports progress; the comparisons use at most
 * the default number of paths, so a large run costs little more than it did.
 */
export async function compareOdds(
  dataset: Dataset,
  allies: readonly string[],
  options: CompareOddsOptions,
): Promise<ComparedOdds> {
  const model = options.model ?? "pooled";
  const pooledPrior = options.prior ?? DEFAULT_PRIOR;
  const prior = model === "own" ? 0 : pooledPrior;
  const headline = await runOdds(dataset, allies, { ...options, prior });
  const comparisonPaths = Math.min(headline.paths, DEFAULT_PATHS);
  const quiet = { ...options, paths: comparisonPaths, onProgress: undefined };
  const other = await runOdds(dataset, allies, {
    ...quiet,
    prior: model === "own" ? pooledPrior : 0,
  });
  let actuals: OddsResult | null = null;
  try {
    actuals = await runOdds(dataset, allies, { ...quiet, prior, figures: "actual" });
  } catch (error) {
    // no ally has an actual figure (a package of estimates only): nothing to set beside
    if (!(error instanceof OddsError)) throw error;
  }
  return {
    headline,
    model,
    prior,
    own: model === "own" ? headline : other,
    pooled: model === "own" ? other : headline,
    actuals,
    comparisonPaths,
  };
}
