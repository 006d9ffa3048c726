import type { Observation } from "./types.ts";

/**
 * What data/nato/NOTES.md says about particular figures, so that every view can say it beside
 * the figure: a value its sources do not confirm, or one marked for review. Keyed by ally, year,
 * metric, edition and source, as the notes identify them.
 */
export interface FigureFlag {
  readonly ally: string;
  readonly year: number;
  readonly metric: string;
  readonly edition: string;
  readonly sourceId: string;
  readonly flag: "unconfirmed" | "review" | "doubtful";
  readonly note: string;
}

export const FIGURE_FLAGS: readonly FigureFlag[] = [
  {
    ally: "DEU",
    year: 2025,
    metric: "share_gdp_pct",
    edition: "2025",
    sourceId: "gh_electionsbg_presets",
    flag: "unconfirmed",
    note: "low confidence: one source; others report that the 2025 edition gave no German 2025 figure (data/nato/NOTES.md, conflict 1)",
  },
  {
    ally: "ALB",
    year: 2023,
    metric: "share_gdp_pct",
    edition: "2025",
    sourceId: "gh_namanjain_defper",
    flag: "review",
    note: "stored with short precision and far from the 2026 edition's 1.29; may be an older estimate (data/nato/NOTES.md, revisions)",
  },
  {
    ally: "ALB",
    year: 2024,
    metric: "share_gdp_pct",
    edition: "2025",
    sourceId: "gh_namanjain_defper",
    flag: "review",
    note: "stored with short precision and far from the 2026 edition's 1.35; may be an older estimate (data/nato/NOTES.md, revisions)",
  },
  {
    ally: "FIN",
    year: 2014,
    metric: "share_gdp_pct",
    edition: "other-2024",
    sourceId: "sec_icds_2024",
    flag: "doubtful",
    note: "1.29 against 1.45 or 1.46 in every other edition (data/nato/NOTES.md, conflict 2)",
  },
];

/** The flag on one figure, if the notes flag it. */
export function flagOf(o: Observation): FigureFlag | undefined {
  return FIGURE_FLAGS.find(
    (f) =>
      f.ally === o.ally &&
      f.year === o.year &&
      f.metric === o.metric &&
      f.edition === o.edition &&
      o.sourceIds.includes(f.sourceId),
  );
}

/** A figure as every view prints it: two decimals, e for an estimate, its flag in brackets. */
export function figureText(o: Observation, digits = 2): string {
  const flag = flagOf(o);
  return `${o.value.toFixed(digits)}${o.status === "estimate" ? "e" : ""}${flag ? ` (${flag.flag})` : ""}`;
}
