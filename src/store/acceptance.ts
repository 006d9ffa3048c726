import { z } from "zod";
import type { Dataset } from "../data/dataset.ts";
import { isCalendarDate } from "../data/schema.ts";
import { isAlly, PLEDGE_BASES, type PledgeBasis, YEAR_MAX, YEAR_MIN } from "../data/vocabulary.ts";
import { type RegistryPledge, registry, samePledge } from "./registry.ts";
import { type Store, type StoredClaim, StoreError, type UserPledge } from "./store.ts";

const BASIS_OF_HINT: Record<string, PledgeBasis> = {
  core: "core_defence",
  related: "defence_related",
  total: "total_core_plus_related",
};

const pledgeBases = Object.keys(PLEDGE_BASES) as [PledgeBasis, ...PledgeBasis[]];
const year = z.coerce.number().int().min(YEAR_MIN).max(YEAR_MAX);

/** The fields `claims accept --edit field=value` may change, each validated. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: refuses control characters
const PLAIN_TEXT = /^[^\u0000-\u001f\u007f-\u009f]+$/;

export const EDITABLE = z
  .object({
    ally: z.string().refine(isAlly, "an ally's ISO3 code, e.g. DEU"),
    share: z.coerce.number().positive().max(100),
    // speaker and role reach terminals and the dashboard: one line of text, no control codes
    speaker: z.string().min(1).max(200).regex(PLAIN_TEXT, "plain text on one line"),
    role: z.string().min(1).max(200).regex(PLAIN_TEXT, "plain text on one line"),
    year,
    amount: z.coerce.number().positive(),
    currency: z.string().regex(/^[A-Z]{3}$/, "an ISO 4217 code, e.g. EUR"),
    basis: z.enum(pledgeBases),
    made_on: z.string().refine(isCalendarDate, "a real date as YYYY, YYYY-MM or YYYY-MM-DD"),
  })
  .partial()
  .strict();

export type Edits = z.output<typeof EDITABLE>;

/** Parses "field=value" pairs; errors name the field and what it takes. */
export function parseEdits(pairs: readonly string[]): Edits {
  const raw: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf("=");
    if (at <= 0) throw new StoreError(`--edit takes field=value (got "${pair}")`);
    raw[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
  }
  const parsed = EDITABLE.safeParse(raw);
  if (!parsed.success) {
    throw new StoreError(
      parsed.error.issues
        .map((i) =>
          i.code === "unrecognized_keys"
            ? `--edit: unknown field ${i.keys.join(", ")}; editable: ${Object.keys(EDITABLE.shape).join(", ")}`
            : `--edit ${i.path.join(".")}: ${i.message}`,
        )
        .join("\n"),
    );
  }
  return parsed.data;
}

/** The pledge an accepted claim becomes, with the reviewer's edits applied. */
export function pledgeFromClaim(
  claim: StoredClaim,
  edits: Edits,
): Omit<UserPledge, "id" | "claimId"> {
  const ally = edits.ally ?? claim.ally;
  if (!ally || ally === "NATO" || ally === "EU") {
    throw new StoreError(
      `claim ${claim.id} names ${ally ?? "no ally"}, not one government: accept it with --edit ally=ISO3, or reject it`,
    );
  }
  if (!isAlly(ally)) {
    throw new StoreError(
      `claim ${claim.id} is about ${ally}, which is not a NATO ally: the registry holds allies' pledges, so reject it, or accept it with --edit ally=ISO3 if the figure is an ally's`,
    );
  }
  const share = edits.share ?? claim.sharePct;
  const amount = edits.amount ?? claim.amountBn;
  if (share === null && amount === null) {
    throw new StoreError(`claim ${claim.id} states no share or amount: add --edit share=PCT`);
  }
  return {
    iso3: ally,
    madeOn: edits.made_on ?? claim.publishedOn,
    speaker: edits.speaker ?? claim.speaker ?? "(not named)",
    role: edits.role ?? claim.role ?? "(not named)",
    targetSharePct: share,
    targetAmount: amount,
    currency: edits.currency ?? claim.currency,
    targetYear: edits.year ?? claim.targetYear,
    basis: edits.basis ?? BASIS_OF_HINT[claim.basis ?? ""] ?? "unspecified",
    statement: claim.sentence,
    sourceUrl: claim.sourceUrl,
  };
}

export function acceptClaim(store: Store, id: number, edits: Edits): UserPledge {
  const claim = store.claim(id);
  if (!claim) throw new StoreError(`no claim ${id}: see \`pledgewatch claims\``);
  if (claim.status !== "pending") throw new StoreError(`claim ${id} is already ${claim.status}`);
  if (claim.kind !== "target") {
    throw new StoreError(
      `claim ${id} is a threat horizon, not a pledge: reject it or keep it pending`,
    );
  }
  return store.accept(id, pledgeFromClaim(claim, edits), edits);
}

/** What accepting a claim did: a new pledge, or a further source of one already there. */
export type Acceptance =
  | { readonly outcome: "added"; readonly pledge: UserPledge }
  | { readonly outcome: "linked"; readonly linkedTo: RegistryPledge };

/**
 * Accepts a claim into the registry. When the registry already has the pledge (same ally,
 * share and year, bundled or accepted), the claim becomes a further source of it instead of a
 * duplicate.
 */
export function acceptIntoRegistry(
  store: Store,
  dataset: Dataset,
  id: number,
  edits: Edits,
): Acceptance {
  const claim = store.claim(id);
  // no such claim, one already reviewed, a horizon: acceptClaim says what is wrong
  if (claim?.status !== "pending" || claim.kind !== "target")
    return { outcome: "added", pledge: acceptClaim(store, id, edits) };
  const pledge = pledgeFromClaim(claim, edits);
  const existing = samePledge(registry(dataset, store.userPledges(), store.pledgeLinks()), pledge);
  if (!existing) return { outcome: "added", pledge: store.accept(id, pledge, edits) };
  store.link(
    id,
    {
      pledgeId: existing.pledge.id,
      madeOn: pledge.madeOn,
      statement: pledge.statement,
      sourceUrl: pledge.sourceUrl,
    },
    edits,
  );
  return {
    outcome: "linked",
    linkedTo:
      registry(dataset, store.userPledges(), store.pledgeLinks()).find(
        (r) => r.pledge.id === existing.pledge.id,
      ) ?? existing,
  };
}
