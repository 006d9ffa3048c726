import type { Required } from "./gap.ts";
import { EPSILON, FLAT_TOLERANCE, isFlat, type Trend } from "./trend.ts";

/** The four statuses, each with the one rule that assigns it. */
export const STATUS_RULES = {
  met: "the latest figure is at or above the threshold",
  on_track:
    "not met; the deadline is ahead; the recent trend (average change in points a year) is at least the increase a year needed to reach the threshold by the deadline",
  at_risk: "not met; the deadline is ahead; the trend is rising, but slower than needed",
  off_track: `not met, and the deadline has passed, or there is no deadline, or the trend is flat (|trend| < ${FLAT_TOLERANCE} pp/yr, half of NATO's printed precision) or falling, or there are too few years for a trend`,
} as const;

export type Status = keyof typeof STATUS_RULES;

/** What every status rests on, said beside the rules. */
export const VERDICT_RULES = [
  "trend: the average yearly change in points over the last 3 years of figures (--trend-years): long enough that one year's jump does not decide alone, short enough to follow a change of policy",
  "robustness: each row also carries the status under a 2-year and a 5-year trend; a status that changes under either is marked fragile",
  "flat: a trend smaller than 0.005 pp/yr either way (half of NATO's printed precision of 0.01) counts as no change",
  "estimates: each status is computed again on actual figures only (the latest years NATO publishes are estimates); where the two differ the row says the status holds only on estimates",
] as const;

export const STATUSES = Object.keys(STATUS_RULES) as Status[];

export interface Classified {
  readonly status: Status;
  readonly reason: string;
}

const fmt = (n: number) => n.toFixed(2);
const signed = (n: number, digits: number) => `${n > 0 ? "+" : ""}${n.toFixed(digits)}`;

export function classify(
  current: number,
  threshold: number,
  deadline: number | null,
  required: Required | null,
  trend: Trend | null,
): Classified {
  if (current >= threshold - EPSILON) {
    return { status: "met", reason: `${fmt(current)} is at or above ${fmt(threshold)}` };
  }
  if (deadline === null) return { status: "off_track", reason: "below the threshold; no deadline" };
  if (required === null) {
    return {
      status: "off_track",
      reason: `below the threshold and the deadline ${deadline} has passed`,
    };
  }
  if (trend === null) return { status: "off_track", reason: "too few years of data for a trend" };
  if (isFlat(trend.perYear)) {
    return {
      status: "off_track",
      reason: `trend ${signed(trend.perYear, 3)} pp/yr is flat (within ${FLAT_TOLERANCE}): not at this trend`,
    };
  }
  if (trend.perYear >= required.pointsPerYear - EPSILON) {
    return {
      status: "on_track",
      reason: `trend +${fmt(trend.perYear)} pp/yr >= ${fmt(required.pointsPerYear)} pp/yr needed`,
    };
  }
  if (trend.perYear > 0) {
    return {
      status: "at_risk",
      reason: `trend +${fmt(trend.perYear)} pp/yr < ${fmt(required.pointsPerYear)} pp/yr needed`,
    };
  }
  return { status: "off_track", reason: `trend ${fmt(trend.perYear)} pp/yr: falling` };
}
