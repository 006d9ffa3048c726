import type { Dataset } from "../data/dataset.ts";
import { flagOf } from "../data/flags.ts";
import { roundTo } from "../data/rounding.ts";
import type { Pledge } from "../data/types.ts";
import { ALLIES } from "../data/vocabulary.ts";
import type { AllianceView, BurdenRow } from "./alliance.ts";
import type { Evaluation } from "./evaluate.ts";
import { checkPledge, type PledgeCheck } from "./pledges.ts";
import type { AllyProfile } from "./profile.ts";
import { STATUSES, type Status } from "./status.ts";

/** One flat row per evaluation: the table the CLI prints and exports, with its sources. */
export interface EvaluationRecord {
  readonly ally: string;
  readonly name: string;
  readonly target: string;
  readonly thresholdPct: number;
  readonly deadline: number | null;
  readonly deadlineFrom: string;
  readonly asOf: number;
  readonly valuePct: number | null;
  readonly year: number | null;
  readonly figureStatus: string | null;
  readonly edition: string | null;
  readonly gapPp: number | null;
  readonly gapUsdM: number | null;
  readonly gapBase: string | null;
  readonly trendPpPerYear: number | null;
  readonly trendYears: string | null;
  readonly trendReachesYear: number | null;
  readonly requiredPpPerYear: number | null;
  readonly requiredSpendingGrowthPct: number | null;
  readonly gdpGrowthPct: number | null;
  readonly gdpGrowthFrom: string | null;
  readonly gdpFlags: string | null;
  readonly status: string | null;
  readonly reason: string;
  /** The verdict on actual figures only, the year of the latest actual figure, its trend. */
  readonly statusOnActuals: string | null;
  readonly actualsYear: number | null;
  readonly actualsValuePct: number | null;
  readonly actualsTrendPpPerYear: number | null;
  readonly onlyOnEstimates: boolean;
  readonly status2y: string | null;
  readonly trend2yPpPerYear: number | null;
  readonly status5y: string | null;
  readonly trend5yPpPerYear: number | null;
  readonly fragile: boolean;
  /** In words: what the verdict rests on, where actuals or windows disagree; else null. */
  readonly verdictNote: string | null;
  readonly caveat: string | null;
  readonly sourceIds: readonly string[];
}

/** Rounds away float noise without hiding precision the data has (figures carry 2 dp). */
function round(value: number | null | undefined, digits: number): number | null {
  return value === null || value === undefined ? null : roundTo(value, digits);
}

const STATUS_WORDS: Record<Status, string> = {
  met: "met",
  on_track: "on track",
  at_risk: "at risk",
  off_track: "off track",
};

/** What the headline rests on, said where the actual figures or the window disagree with it. */
export function verdictNote(e: Evaluation): string | null {
  const notes: string[] = [];
  if (e.status && e.onlyOnEstimates && e.actuals) {
    notes.push(
      `${STATUS_WORDS[e.status]} only on estimates; on actual figures (to ${e.actuals.current.year}): ${STATUS_WORDS[e.actuals.status]}`,
    );
  }
  if (e.status && e.fragile) {
    const flips = e.windows
      .filter((w) => w.status !== e.status)
      .map((w) => `${STATUS_WORDS[w.status]} with a ${w.years}-year trend`);
    notes.push(`fragile: ${flips.join(", ")}`);
  }
  return notes.length === 0 ? null : notes.join("; ");
}

export function toRecord(e: Evaluation): EvaluationRecord {
  const windowOf = (years: number) => e.windows.find((w) => w.years === years);
  return {
    ally: e.ally,
    name: e.name,
    target: e.target.id,
    thresholdPct: e.target.threshold,
    deadline: e.target.deadline,
    deadlineFrom: e.target.deadlineFrom,
    asOf: e.asOf,
    valuePct: e.current?.value ?? null,
    year: e.current?.year ?? null,
    figureStatus: e.current?.status ?? null,
    edition: e.current?.edition ?? null,
    gapPp: round(e.gap?.points, 4),
    gapUsdM: round(e.gap?.usdM, 1),
    gapBase: e.base ? `${e.base.metric} ${e.base.year}` : null,
    trendPpPerYear: round(e.trend?.perYear, 4),
    trendYears: e.trend ? `${e.trend.fromYear}-${e.trend.toYear}` : null,
    trendReachesYear: e.trend?.reachesIn ?? null,
    requiredPpPerYear: round(e.required?.pointsPerYear, 4),
    requiredSpendingGrowthPct: round(e.required?.spendingGrowthPct, 2),
    gdpGrowthPct: round(e.growth?.pct, 2),
    gdpGrowthFrom: e.growth?.from ?? null,
    gdpFlags: e.gdpFlags.length === 0 ? null : e.gdpFlags.join("; "),
    status: e.status,
    reason: e.reason,
    statusOnActuals: e.actuals?.status ?? null,
    actualsYear: e.actuals?.current.year ?? null,
    actualsValuePct: e.actuals?.current.value ?? null,
    actualsTrendPpPerYear: round(e.actuals?.trend?.perYear, 4),
    onlyOnEstimates: e.onlyOnEstimates,
    status2y: windowOf(2)?.status ?? null,
    trend2yPpPerYear: round(windowOf(2)?.trend?.perYear, 4),
    status5y: windowOf(5)?.status ?? null,
    trend5yPpPerYear: round(windowOf(5)?.trend?.perYear, 4),
    fragile: e.fragile,
    verdictNote: verdictNote(e),
    caveat: e.target.caveat,
    sourceIds: [...new Set([...e.sourceIds, ...e.target.sourceIds])],
  };
}

/** Pledges checked as of a year: the answer `pledgewatch pledges --json` and /api/pledges give. */
export function pledgesRecord(
  dataset: Dataset,
  pledges: readonly Pledge[],
  asOf: number,
  options: { edition?: string } = {},
) {
  return {
    asOf,
    pledges: pledges.map((p) => toPledgeRecord(checkPledge(dataset, p, asOf, options))),
  };
}

/** One flat row per pledge check, with its sources. */
export function toPledgeRecord(c: PledgeCheck) {
  return {
    id: c.pledge.id,
    ally: c.pledge.ally,
    madeOn: c.pledge.madeOn,
    speaker: c.pledge.speaker,
    role: c.pledge.role,
    targetShareGdpPct: c.pledge.targetSharePct,
    targetAmountBn: c.pledge.targetAmount,
    currency: c.pledge.currency,
    targetYear: c.pledge.targetYear,
    basis: c.pledge.basis,
    basisNote: c.basisNote,
    judgedAgainstPct: c.judgedAgainst,
    coreOnly: c.coreOnly,
    verdict: c.verdict,
    explanation: c.explanation,
    verdictOnActuals: c.actuals?.verdict ?? null,
    explanationOnActuals: c.actuals?.explanation ?? null,
    onlyOnEstimates: c.actuals !== null && c.actuals.verdict !== c.verdict,
    figureYear: c.figure?.year ?? null,
    figurePct: c.figure?.value ?? null,
    pathPct: round(c.pathValue, 4),
    statement: c.pledge.statement,
    sourceIds: c.pledge.sourceIds,
  };
}

/** One ally's share of the allies' spending against its share of their GDP. */
export function toBurdenRecord(r: BurdenRow, year: number) {
  return {
    ally: r.ally,
    name: r.name,
    year,
    spendingUsdM: r.spending.value,
    gdpUsdM: Math.round(r.gdp.value),
    spendingSharePct: round(r.spendingSharePct, 2),
    gdpSharePct: round(r.gdpSharePct, 2),
    ratio: round(r.ratio, 3),
    sourceIds: [...new Set([...r.spending.sourceIds, ...r.gdp.sourceIds])],
  };
}

/** Everything known about one ally, as `pledgewatch ally --json` and the API give it. */
export function toProfileRecord(profile: AllyProfile) {
  return {
    ally: profile.ally,
    name: profile.name,
    asOf: profile.asOf,
    history: profile.history.map((h) => ({
      year: h.year,
      ...h.figures,
      flags: Object.values(h.figures).flatMap((p) =>
        [p, ...(p?.alternatives ?? [])].flatMap((o) => {
          const f = o && flagOf(o);
          return f && o
            ? [{ metric: o.metric, edition: o.edition, value: o.value, flag: f.flag, note: f.note }]
            : [];
        }),
      ),
    })),
    targets: profile.evaluations.map(toRecord),
    pledges: profile.pledges.map(toPledgeRecord),
  };
}

/** "18 on track, 9 of them only on estimates, 6 fragile to the window": the caveats counted. */
export function countsInWords(view: AllianceView): string {
  return STATUSES.filter((s) => view.counts[s] > 0)
    .map((s) => {
      const parts = [`${view.counts[s]} ${s.replace("_", " ")}`];
      if (view.onlyOnEstimates[s] > 0)
        parts.push(`${view.onlyOnEstimates[s]} of them only on estimates`);
      if (view.fragile[s] > 0) parts.push(`${view.fragile[s]} fragile to the trend window`);
      return parts.join(", ");
    })
    .join("; ");
}

/** Every ally against one target, as `pledgewatch status --json` and the API give it. */
export function toViewRecord(view: AllianceView) {
  return {
    target: view.target,
    asOf: view.asOf,
    counts: view.counts,
    onlyOnEstimates: view.onlyOnEstimates,
    fragile: view.fragile,
    summary: countsInWords(view),
    noFigure: view.noFigure,
    rows: view.evaluations.map(toRecord),
  };
}

/** Every ally with its latest share of GDP as of a year (null where it has no figure). */
export function alliesRecord(dataset: Dataset, asOf: number, options: { edition?: string } = {}) {
  return {
    asOf,
    allies: ALLIES.map((a) => {
      const latest = dataset
        .series(a.iso3, "share_gdp_pct", options)
        .filter((p) => p.year <= asOf)
        .at(-1);
      return {
        ally: a.iso3,
        name: a.name,
        sharePct: latest?.value ?? null,
        year: latest?.year ?? null,
        figureStatus: latest?.status ?? null,
        edition: latest?.edition ?? null,
        sourceIds: latest?.sourceIds ?? [],
      };
    }),
  };
}
