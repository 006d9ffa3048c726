import type { TopLevelSpec } from "vega-lite";
import { type PledgeCheck, pledgeTargetText } from "../analysis/pledges.ts";
import { chartFrame } from "./chart-frame.ts";
import type { Cite } from "./cite.ts";

/** Pledges on a timeline: when each was made, by whom, and what the figures since say. */
export function pledgesTimelineChart(checks: readonly PledgeCheck[], cite: Cite): TopLevelSpec {
  const values = checks.map((c) => ({
    id: c.pledge.id,
    ally: c.pledge.ally,
    // placed mid-year or mid-month when the statement gives no day
    made:
      c.pledge.madeOn.length === 4
        ? `${c.pledge.madeOn}-07-01`
        : c.pledge.madeOn.length === 7
          ? `${c.pledge.madeOn}-15`
          : c.pledge.madeOn,
    madeOn: c.pledge.madeOn,
    target: pledgeTargetText(c.pledge),
    verdict: c.verdict,
    speaker: c.pledge.speaker,
  }));
  return {
    ...chartFrame(
      "National pledges over time",
      [
        "Each mark is a statement, placed by the date it was made; colour: what the figures since say.",
        ...cite(
          checks.flatMap((c) => c.pledge.sourceIds),
          { statements: `${checks.length} national statement${checks.length === 1 ? "" : "s"}` },
        ),
      ],
      `Timeline of ${values.length} pledges by ${new Set(values.map((v) => v.ally)).size} allies, made between ${[...values.map((v) => v.made)].sort()[0] ?? ""} and ${[...values.map((v) => v.made)].sort().at(-1) ?? ""}.`,
    ),
    height: { step: 14 },
    data: { values },
    mark: { type: "point", filled: true, size: 70 },
    encoding: {
      // in UTC, as the dates are parsed, so that no reader's time zone moves a statement
      x: {
        field: "made",
        type: "temporal",
        scale: { type: "utc" },
        title: "Date of the statement",
      },
      y: { field: "ally", type: "nominal", title: null, sort: "ascending" },
      color: { field: "verdict", type: "nominal", title: "Verdict" },
      tooltip: [
        { field: "id" },
        { field: "ally" },
        { field: "speaker" },
        { field: "target" },
        { field: "verdict" },
        { field: "madeOn", title: "made on" },
      ],
    },
  } as TopLevelSpec;
}
