import { STATUSES } from "../analysis/status.ts";

export const STATUS_COLOURS: Record<string, string> = {
  met: "#1a7f37",
  on_track: "#0969da",
  at_risk: "#bf8700",
  off_track: "#cf222e",
};

/** A colour scale for a status field, in the statuses' order, so every chart agrees. */
export function statusColourScale() {
  return {
    domain: [...STATUSES],
    range: STATUSES.map((s) => STATUS_COLOURS[s] ?? "#888"),
  };
}
