import type { Required } from "./gap.ts";
import { EPSILON, type Trend } from "./trend.ts";

/** The four statuses, each with the one rule that assigns it. */
export const STATUS_RULES = {
  met: "the latest figure is at or above the threshold",
  on_track:
    "not met; the deadline is ahead; the recent trend (average change in points a year) is at least the increase a year needed to reach the threshold by the deadline",
  at_risk: "not met; the deadline is ahead; the trend is rising, but slower than needed",
  off_track:
    "not met, and the deadline has passed, or there is no deadline, or the trend is flat or falling, or there are too few years for a trend",
} as const;

export type Status = keyof typeof STATUS_RULES;

export const STATUSES = Object.keys(STATUS_RULES) as Status[];

export interface Classified {
  readonly status: Status;
  readonly reason: string;
}

const fmt = (n: number) => n.toFixed(2);

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
  if (trend.perYear >= required.pointsPerYear - EPSILON) {
    return {
      status: "on_track",
      reason: `trend +${fmt(trend.perYear)} pp/yr >= ${fmt(required.pointsPerYear)} pp/yr needed`,
    };
  }
  if (trend.perYear > EPSILON) {
    return {
      status: "at_risk",
      reason: `trend +${fmt(trend.perYear)} pp/yr < ${fmt(required.pointsPerYear)} pp/yr needed`,
    };
  }
  return { status: "off_track", reason: `trend ${fmt(trend.perYear)} pp/yr: flat or falling` };
}
