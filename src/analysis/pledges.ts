import type { Dataset, SeriesOptions } from "../data/dataset.ts";
import { figureText } from "../data/flags.ts";
import type { Pledge, SeriesPoint } from "../data/types.ts";
import { PLEDGE_BASES } from "../data/vocabulary.ts";
import { EPSILON } from "./trend.ts";

/** What the figures since say about a pledge. */
export const PLEDGE_VERDICTS = {
  met: "the actual figure for the target year (or any figure for an earlier one) is at or above the pledged share",
  missed: "the target year has an actual figure, and it is below the pledged share",
  due_estimate_only:
    "the target year has come, but its figure is still an estimate: neither met nor missed until NATO publishes the actual figure",
  on_path:
    "the latest figure is at or above the straight line from the share in the pledge's year to the pledged share in the target year",
  behind_path: "the latest figure is below that straight line",
  too_early: "no figure yet for a year after the pledge was made",
  not_comparable: "the pledge is on a basis NATO's figures do not measure",
  no_share_target: "the pledge states no share of GDP (an amount, or nothing)",
  no_target_year: "the pledge states no year",
  no_figure: "the data has no figure for a year the check needs",
} as const;

export type PledgeVerdict = keyof typeof PLEDGE_VERDICTS;

/** NATO prints shares to two decimals: a figure within half a hundredth of the path is on it. */
export const PATH_TOLERANCE = 0.005;

export interface PledgeCheck {
  readonly pledge: Pledge;
  readonly verdict: PledgeVerdict;
  readonly basisNote: string;
  /** The share in the year the pledge was made, where the path starts. */
  readonly start: SeriesPoint | null;
  /** The figure the verdict rests on. */
  readonly figure: SeriesPoint | null;
  /** Where the straight path stands in the figure's year. */
  readonly pathValue: number | null;
  readonly explanation: string;
  /**
   * The share the figures are judged against: the pledged share, or for a 5% total pledge that
   * states its split, the core component; null when the pledge has no share.
   */
  readonly judgedAgainst: number | null;
  /** A total pledge judged on core-only figures, with no core component stated. */
  readonly coreOnly: boolean;
  /** The same check on actual figures only; null when the ally has none up to asOf. */
  readonly actuals: {
    readonly verdict: PledgeVerdict;
    readonly figure: SeriesPoint | null;
    readonly explanation: string;
  } | null;
}

const f2 = (n: number) => n.toFixed(2);
const estimate = (p: SeriesPoint) => (p.status === "estimate" ? " (estimate)" : "");

/** Earlier editions' different figures for the same year: a verdict should not hide them. */
const otherEditions = (p: SeriesPoint) => {
  const differing = p.alternatives.filter((a) => Math.abs(a.value - p.value) >= 0.005);
  return differing.length === 0
    ? ""
    : ` (edition ${p.edition}; other editions: ${differing.map((a) => `${a.edition}: ${figureText(a)}`).join("; ")})`;
};

/**
 * Checks one pledge against the figures up to asOf, and again on actual figures only, so that a
 * verdict resting on NATO's estimates says so. Pure.
 */
export function checkPledge(
  dataset: Dataset,
  pledge: Pledge,
  asOf: number,
  options: SeriesOptions = {},
): PledgeCheck {
  const series = dataset
    .series(pledge.ally, "share_gdp_pct", options)
    .filter((p) => p.year <= asOf);
  const check = checkOn(pledge, series, asOf);
  const actualSeries = series.filter((p) => p.status === "actual");
  const onActuals =
    actualSeries.length === 0
      ? null
      : actualSeries.length === series.length
        ? check
        : checkOn(pledge, actualSeries, asOf);
  const actuals = onActuals && {
    verdict: onActuals.verdict,
    figure: onActuals.figure,
    explanation: onActuals.explanation,
  };
  return { ...check, actuals };
}

/** What NATO's core-only figures cannot show for a total pledge without a stated split. */
export const CORE_ONLY_NOTE = "core-only figures; the related 1.5% is not published";

/**
 * The core and related components a total pledge states ("3.5% + 1.5%", "3.5% core defence
 * plus 1.5% resilience", "3.5% core, 1.5% related"): two shares in the statement that add up to
 * the pledged total, the larger first. Null when the statement gives no such split.
 */
export function statedSplit(pledge: Pledge): { core: number; related: number } | null {
  if (pledge.basis !== "total_core_plus_related" || pledge.targetSharePct === null) return null;
  const pattern = /(\d+(?:\.\d+)?)\s*%[^%]{0,40}?(?:\+|\bplus\b|,)\s*(\d+(?:\.\d+)?)\s*%/g;
  for (const m of pledge.statement.matchAll(pattern)) {
    const core = Number(m[1]);
    const related = Number(m[2]);
    if (core > related && Math.abs(core + related - pledge.targetSharePct) < 1e-9) {
      return { core, related };
    }
  }
  return null;
}

function checkOn(
  pledge: Pledge,
  series: readonly SeriesPoint[],
  asOf: number,
): Omit<PledgeCheck, "actuals"> {
  const basis = PLEDGE_BASES[pledge.basis];
  const split = statedSplit(pledge);
  const coreOnly = pledge.basis === "total_core_plus_related" && split === null;
  const target = split ? split.core : pledge.targetSharePct;
  const basisNote = split
    ? `judged against the ${split.core}% core component the pledge states (${split.core}% + ${split.related}%): NATO publishes core spending only`
    : coreOnly
      ? `${CORE_ONLY_NOTE}: ${basis.note}`
      : basis.note;
  const result = (
    verdict: PledgeVerdict,
    explanation: string,
    parts: Partial<Pick<PledgeCheck, "start" | "figure" | "pathValue">> = {},
  ): Omit<PledgeCheck, "actuals"> => ({
    pledge,
    verdict,
    basisNote,
    start: parts.start ?? null,
    figure: parts.figure ?? null,
    pathValue: parts.pathValue ?? null,
    explanation,
    judgedAgainst: target,
    coreOnly,
  });
  if (target === null) {
    const amount =
      pledge.targetAmount === null ? "" : `: ${pledge.currency} ${pledge.targetAmount}bn`;
    return result("no_share_target", `no share of GDP stated${amount}`);
  }
  if (!basis.comparable) return result("not_comparable", basis.note);
  const targetYear = pledge.targetYear;
  if (targetYear === null) return result("no_target_year", `${target}% with no year`);
  const latest = series.at(-1);
  if (!latest) return result("no_figure", `no share-of-GDP figure up to ${asOf}`);
  const madeYear = Number(pledge.madeOn.slice(0, 4));
  const reached = series.find(
    (p) => p.year >= madeYear && p.year <= targetYear && p.value >= target - EPSILON,
  );
  if (targetYear <= latest.year) {
    const due = series.find((p) => p.year === targetYear);
    if (!due) return result("no_figure", `no figure for the target year ${targetYear}`);
    const text = `${f2(due.value)}% in ${due.year}${estimate(due)} against ${target}%${otherEditions(due)}`;
    if (due.status === "estimate") return result("due_estimate_only", text, { figure: due });
    return result(due.value >= target - EPSILON ? "met" : "missed", text, { figure: due });
  }
  if (reached) {
    return result(
      "met",
      `${f2(reached.value)}% in ${reached.year}${estimate(reached)}, already at ${target}%`,
      {
        figure: reached,
      },
    );
  }
  if (latest.year <= madeYear) {
    return result("too_early", `latest figure is for ${latest.year}; pledged in ${madeYear}`, {
      figure: latest,
    });
  }
  const start = series.find((p) => p.year === madeYear);
  if (!start) return result("no_figure", `no figure for ${madeYear}, the year of the pledge`);
  const pathValue =
    start.value + ((target - start.value) * (latest.year - madeYear)) / (targetYear - madeYear);
  const onPath = latest.value >= pathValue - PATH_TOLERANCE;
  return result(
    onPath ? "on_path" : "behind_path",
    `${f2(latest.value)}% in ${latest.year}${estimate(latest)}; the path from ${f2(start.value)}% in ${madeYear} to ${target}% in ${targetYear} stands at ${f2(pathValue)}%`,
    { start, figure: latest, pathValue },
  );
}

/**
 * What a pledge promises, in words, as every face prints it: "3.5% of GDP, EUR 153bn, by 2029";
 * "no target" when it states neither a share nor an amount.
 */
export function pledgeTargetText(p: Pledge): string {
  const parts = [
    p.targetSharePct === null ? null : `${p.targetSharePct}% of GDP`,
    p.targetAmount === null ? null : `${p.currency ?? ""} ${p.targetAmount}bn`.trim(),
    p.targetYear === null ? null : `by ${p.targetYear}`,
  ].filter(Boolean);
  return parts.length === 0 || (p.targetSharePct === null && p.targetAmount === null)
    ? `no target${p.targetYear === null ? "" : ` (by ${p.targetYear})`}`
    : parts.join(", ");
}
