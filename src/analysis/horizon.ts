import { compareText } from "../data/collation.ts";
import type { Dataset } from "../data/dataset.ts";
import type { Horizon } from "../data/types.ts";
import { resolveTarget, type Target, TargetError, withDeadline } from "./targets.ts";

/** A statement counts as NATO's when its speaker's role names NATO itself. */
export function isNatoOfficial(horizon: Horizon): boolean {
  return /\bNATO\b/.test(horizon.role);
}

/**
 * The default threat horizon: the earliest year a NATO official said Russia could be ready
 * (data/commitments/threat_horizons.csv); ties go to the most recent statement.
 */
export function defaultHorizon(dataset: Dataset): Horizon | undefined {
  return dataset.horizons
    .filter(isNatoOfficial)
    .sort((a, b) => a.horizonYear - b.horizonYear || compareText(b.statedOn, a.statedOn))[0];
}

/** The target with its deadline moved to the threat horizon: "who is ready in time?" */
export function atHorizon(target: Target, horizon: Horizon): Target {
  return {
    ...withDeadline(
      target,
      horizon.horizonYear,
      `threat horizon ${horizon.id} (${horizon.speaker}, ${horizon.statedOn})`,
    ),
    id: `${target.id}@horizon`,
    horizonId: horizon.id,
  };
}

export interface TargetSpec {
  /** A target name (see resolveTarget); default hague-core. */
  readonly name?: string;
  /** Move the deadline to this year. */
  readonly by?: number;
  /** Move the deadline to the default threat horizon. */
  readonly horizon?: boolean;
}

/** A target from what a user chose: name, --by or --horizon (not both). */
export function targetFor(
  dataset: Dataset,
  spec: TargetSpec,
): { target: Target; horizon?: Horizon } {
  if (spec.by !== undefined && spec.horizon)
    throw new TargetError("choose one of --by and --horizon");
  const target = resolveTarget(dataset, spec.name ?? "hague-core", spec.by);
  if (!spec.horizon) return { target };
  const horizon = defaultHorizon(dataset);
  if (!horizon) throw new TargetError("the data has no threat horizon stated by a NATO official");
  return { target: atHorizon(target, horizon), horizon };
}
