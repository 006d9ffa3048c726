import type { Dataset } from "../data/dataset.ts";
import type { Horizon } from "../data/types.ts";
import { type Target, withDeadline } from "./targets.ts";

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
    .sort((a, b) => a.horizonYear - b.horizonYear || b.statedOn.localeCompare(a.statedOn))[0];
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
  };
}
