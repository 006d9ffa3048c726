import { defaultHorizon } from "../analysis/horizon.ts";
import type { Target } from "../analysis/targets.ts";
import type { Dataset } from "../data/dataset.ts";
import { displayName } from "../data/vocabulary.ts";
import { DEFAULT_PRIOR, fitModels } from "./model.ts";
import { DEFAULT_PATHS, DEFAULT_SEED, simulateAlly } from "./montecarlo.ts";
import type { AllyOddsResult } from "./odds.ts";
import {
  type PathKind,
  type ProjectedPath,
  ProjectionError,
  projectionEnd,
  projectPath,
} from "./paths.ts";

export interface AllyProjection {
  readonly path: ProjectedPath;
  /** The years the odds are for. */
  readonly deadline: number;
  readonly horizon: number | null;
  /** The Monte Carlo run behind the fan (pooled model), with the odds by deadline and horizon. */
  readonly odds: AllyOddsResult;
  /** The same run on the ally's own history alone (prior weight 0). */
  readonly ownOdds: AllyOddsResult;
  /** The pooled model's prior weight, in years of data. */
  readonly prior: number;
}

/**
 * One ally's projected path and a Monte Carlo run to the same end (the fan, and the odds by
 * the deadline and the default threat horizon), with the default seed. Pure.
 */
export function allyProjection(
  dataset: Dataset,
  ally: string,
  kind: PathKind,
  options: { asOf: number; target: Target; edition?: string; paths?: number },
): AllyProjection {
  const { asOf, target, edition } = options;
  const horizon = defaultHorizon(dataset)?.horizonYear ?? null;
  const to = Math.max(projectionEnd(dataset, target), horizon ?? 0);
  const path = projectPath(dataset, ally, kind, { asOf, to, target, edition });
  // fitted beside every ally, so that the pooled figures are the alliance's, as in `odds`
  const allies = dataset.alliesWithData();
  const model = fitModels(dataset, allies, { asOf, to, edition }).find((m) => m.ally === ally);
  const own = fitModels(dataset, allies, { asOf, to, edition, prior: 0 }).find(
    (m) => m.ally === ally,
  );
  if (!model || !own) throw new ProjectionError(`no model for ${displayName(ally)}`);
  const spec = {
    threshold: target.threshold,
    deadline: target.deadline ?? to,
    horizon,
    to,
    paths: options.paths ?? DEFAULT_PATHS,
    seed: DEFAULT_SEED,
  };
  // the ally's stream in an alliance-wide run, so the fan and odds match `pledgewatch odds`
  const stream = Math.max(0, allies.indexOf(ally));
  const odds = { ...simulateAlly(model, spec, stream), name: displayName(ally), model };
  const ownOdds = { ...simulateAlly(own, spec, stream), name: displayName(ally), model: own };
  return { path, odds, ownOdds, prior: DEFAULT_PRIOR, deadline: spec.deadline, horizon };
}
