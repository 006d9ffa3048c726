import type { Dataset } from "../data/dataset.ts";
import type { Pledge } from "../data/types.ts";
import { PLEDGE_BASES, type PledgeBasis } from "../data/vocabulary.ts";
import type { PledgeLink, Store, UserPledge } from "./store.ts";

export interface RegistryPledge {
  readonly pledge: Pledge;
  /** "bundled": read-only seed data in data/commitments; "accepted": a reviewed claim. */
  readonly review: "bundled" | "accepted";
  readonly sourceUrl: string | null;
  /** Accepted claims that repeat this pledge, kept as further sources rather than duplicates. */
  readonly furtherSources: readonly {
    readonly claimId: number;
    readonly madeOn: string;
    readonly sourceUrl: string | null;
  }[];
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

/** The pledges a reviewer accepted from articles, as the ally views (CLI, API, dashboard) add them. */
export function acceptedPledges(dataset: Dataset, store: Store): Pledge[] {
  return registry(dataset, store.userPledges(), store.pledgeLinks())
    .filter((r) => r.review === "accepted")
    .map((r) => r.pledge);
}

/**
 * The registry: the bundled pledges and the accepted ones from the store, each citing the
 * accepted claims linked to it (`claim:N`) beside its own sources.
 */
export function registry(
  dataset: Dataset,
  accepted: readonly UserPledge[],
  links: readonly PledgeLink[] = [],
): RegistryPledge[] {
  const withLinks = (
    pledge: Pledge,
    review: RegistryPledge["review"],
    sourceUrl: string | null,
  ) => {
    const further = links
      .filter((l) => l.pledgeId === pledge.id)
      .map((l) => ({ claimId: l.claimId, madeOn: l.madeOn, sourceUrl: l.sourceUrl }));
    return {
      pledge:
        further.length === 0
          ? pledge
          : {
              ...pledge,
              sourceIds: [...pledge.sourceIds, ...further.map((f) => `claim:${f.claimId}`)],
            },
      review,
      sourceUrl,
      furtherSources: further,
    };
  };
  return [
    ...dataset.pledges.map((pledge) => withLinks(pledge, "bundled", null)),
    ...accepted.map((u) => withLinks(toPledge(u), "accepted", u.sourceUrl)),
  ];
}

/**
 * The registry pledge a reviewed claim repeats: same ally, same share of GDP and same year,
 * bundled ones first. A claim without a share or a year repeats none.
 */
export function samePledge(
  pledges: readonly RegistryPledge[],
  candidate: { iso3: string; targetSharePct: number | null; targetYear: number | null },
): RegistryPledge | undefined {
  if (candidate.targetSharePct === null || candidate.targetYear === null) return undefined;
  return pledges.find(
    (r) =>
      r.pledge.ally === candidate.iso3 &&
      r.pledge.targetSharePct === candidate.targetSharePct &&
      r.pledge.targetYear === candidate.targetYear,
  );
}
