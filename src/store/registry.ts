import type { Dataset } from "../data/dataset.ts";
import type { Pledge } from "../data/types.ts";
import { PLEDGE_BASES, type PledgeBasis } from "../data/vocabulary.ts";
import type { UserPledge } from "./store.ts";

export interface RegistryPledge {
  readonly pledge: Pledge;
  /** "bundled": read-only seed data in data/commitments; "accepted": a reviewed claim. */
  readonly review: "bundled" | "accepted";
  readonly sourceUrl: string | null;
}

/** A reviewed pledge in the shape of the bundled ones, so the same checks apply. */
export function toPledge(u: UserPledge): Pledge {
  return {
    id: `U${u.id}`,
    ally: u.iso3,
    madeOn: u.madeOn,
    speaker: u.speaker,
    role: u.role,
    targetSharePct: u.targetSharePct,
    targetAmount: u.targetAmount,
    currency: u.currency,
    targetYear: u.targetYear,
    basis: (Object.hasOwn(PLEDGE_BASES, u.basis) ? u.basis : "unspecified") as PledgeBasis,
    statement: u.statement,
    sourceIds: [`claim:${u.claimId}`],
  };
}

/** The registry: the bundled pledges and the accepted ones from the store. */
export function registry(dataset: Dataset, accepted: readonly UserPledge[]): RegistryPledge[] {
  return [
    ...dataset.pledges.map((pledge) => ({ pledge, review: "bundled" as const, sourceUrl: null })),
    ...accepted.map((u) => ({
      pledge: toPledge(u),
      review: "accepted" as const,
      sourceUrl: u.sourceUrl,
    })),
  ];
}
