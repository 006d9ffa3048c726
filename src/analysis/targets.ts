import type { Dataset } from "../data/dataset.ts";
import type { Basis } from "../data/vocabulary.ts";
import { PLEDGE_BASES } from "../data/vocabulary.ts";
import { pledgeTargetText } from "./pledges.ts";

export type TargetMetric = "share_gdp_pct" | "equipment_share_pct";

/** What an ally is measured against: a guideline, a pledge, or an ad hoc threshold. */
export interface Target {
  readonly id: string;
  readonly label: string;
  readonly metric: TargetMetric;
  readonly threshold: number;
  readonly basis: Basis;
  /** The year the threshold is due; null when nothing sets one. */
  readonly deadline: number | null;
  /** What set the deadline: the guideline or pledge itself, --by, or a threat horizon. */
  readonly deadlineFrom: string;
  /** Only these allies (a pledge is one government's); undefined for all. */
  readonly allies?: readonly string[];
  readonly sourceIds: readonly string[];
  /** What the comparison cannot show, said wherever the target is. */
  readonly caveat: string | null;
  /** The threat horizon (its id) that moved the deadline, when one did. */
  readonly horizonId?: string;
}

/** The named alliance-wide targets and the guideline rows (data/commitments) behind each. */
export const GUIDELINE_TARGETS = {
  "hague-core": {
    guidelines: ["G009"],
    label: "The Hague: 3.5% of GDP on core defence",
    caveat: null,
  },
  "hague-total": {
    guidelines: ["G008"],
    label: "The Hague: 5% of GDP, core plus defence-related",
    caveat:
      "NATO publishes core defence spending only: this compares core spending with 5%; the up-to-1.5% defence-related spending is not known",
  },
  "two-percent": {
    guidelines: ["G004", "G006"],
    label: "2% of GDP (Wales 2014, deadline 2024; a floor since Vilnius 2023)",
    caveat: null,
  },
  equipment: {
    guidelines: ["G005", "G007"],
    label: "20% of defence spending on major equipment incl. R&D",
    caveat: null,
  },
} as const;

export type GuidelineTargetId = keyof typeof GUIDELINE_TARGETS;

export const GUIDELINE_TARGET_IDS = Object.keys(GUIDELINE_TARGETS) as GuidelineTargetId[];

export class TargetError extends Error {
  override name = "TargetError";
}

function guidelineTarget(dataset: Dataset, id: GuidelineTargetId): Target {
  const spec = GUIDELINE_TARGETS[id];
  const rows = spec.guidelines.map((gid) => {
    const row = dataset.guidelines.find((g) => g.id === gid);
    if (!row) throw new TargetError(`guideline ${gid} (needed for ${id}) is not in the data`);
    return row;
  });
  const first = rows[0];
  if (!first || first.thresholdPct === null) {
    throw new TargetError(`guideline ${spec.guidelines[0]} has no threshold_pct`);
  }
  const metric: TargetMetric =
    first.metric === "equipment_share_pct" ? "equipment_share_pct" : "share_gdp_pct";
  const withDeadline = rows.find((r) => r.deadlineYear !== null);
  return {
    id,
    label: spec.label,
    metric,
    threshold: first.thresholdPct,
    basis: "nato",
    deadline: withDeadline?.deadlineYear ?? null,
    deadlineFrom: withDeadline ? `guideline ${withDeadline.id}` : "none",
    sourceIds: [...new Set(rows.flatMap((r) => r.sourceIds))],
    caveat: spec.caveat,
  };
}

function pledgeTarget(dataset: Dataset, id: string): Target {
  const pledge = dataset.pledges.find((p) => p.id === id);
  if (!pledge) throw new TargetError(`no pledge ${id} in the data (see \`pledgewatch pledges\`)`);
  if (pledge.targetSharePct === null) {
    throw new TargetError(`pledge ${id} states no share of GDP, so it cannot be a target`);
  }
  const basis = PLEDGE_BASES[pledge.basis];
  return {
    id: pledge.id,
    label: `${pledge.ally} pledge ${pledge.id}: ${pledgeTargetText(pledge)} (${pledge.speaker}, ${pledge.madeOn})`,
    metric: "share_gdp_pct",
    threshold: pledge.targetSharePct,
    basis: basis.comparable ? "nato" : "national",
    deadline: pledge.targetYear,
    deadlineFrom: pledge.targetYear ? `pledge ${pledge.id}` : "none",
    allies: [pledge.ally],
    sourceIds: pledge.sourceIds,
    caveat: basis.comparable && pledge.basis === "nato_definition" ? null : basis.note,
  };
}

/**
 * Resolves a target name: a guideline target (hague-core, hague-total, two-percent, equipment),
 * a pledge id (P001), or a number: an ad hoc share of GDP whose deadline is the Hague one
 * unless `by` is given.
 */
export function resolveTarget(dataset: Dataset, name: string, by?: number): Target {
  let target: Target;
  if (Object.hasOwn(GUIDELINE_TARGETS, name)) {
    target = guidelineTarget(dataset, name as GuidelineTargetId);
  } else if (/^P\d+$/i.test(name)) {
    target = pledgeTarget(dataset, name.toUpperCase());
  } else if (/^\d+(\.\d+)?%?$/.test(name)) {
    const threshold = Number.parseFloat(name);
    if (threshold <= 0 || threshold >= 100) {
      throw new TargetError(
        `an ad hoc target must be a share of GDP between 0 and 100, not ${name}`,
      );
    }
    const hague = guidelineTarget(dataset, "hague-core");
    target = {
      id: `${threshold}pct`,
      label: `${threshold}% of GDP (ad hoc)`,
      metric: "share_gdp_pct",
      threshold,
      basis: "nato",
      deadline: hague.deadline,
      deadlineFrom: `default: The Hague deadline (${hague.deadlineFrom})`,
      sourceIds: [],
      caveat: null,
    };
  } else {
    throw new TargetError(
      `unknown target "${name}": use ${GUIDELINE_TARGET_IDS.join(", ")}, a pledge id such as P001, or a share of GDP such as 3`,
    );
  }
  return by === undefined ? target : withDeadline(target, by, "--by");
}

export function withDeadline(target: Target, year: number, from: string): Target {
  return { ...target, deadline: year, deadlineFrom: from };
}
