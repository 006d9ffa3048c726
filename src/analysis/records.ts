import type { Dataset } from "../data/dataset.ts";
import { flagOf } from "../data/flags.ts";
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
  readonly threshold_pct: number;
  readonly deadline: number | null;
  readonly deadline_from: string;
  readonly as_of: number;
  readonly value_pct: number | null;
  readonly year: number | null;
  readonly figure_status: string | null;
  readonly edition: string | null;
  readonly gap_pp: number | null;
  readonly gap_usd_m: number | null;
  readonly gap_base: string | null;
  readonly trend_pp_per_year: number | null;
  readonly trend_years: string | null;
  readonly trend_reaches_year: number | null;
  readonly required_pp_per_year: number | null;
  readonly required_spending_growth_pct: number | null;
  readonly gdp_growth_pct: number | null;
  readonly gdp_growth_from: string | null;
  readonly gdp_flags: string | null;
  readonly status: string | null;
  readonly reason: string;
  /** The verdict on actual figures only, the year of the latest actual figure, its trend. */
  readonly status_on_actuals: string | null;
  readonly actuals_year: number | null;
  readonly actuals_value_pct: number | null;
  readonly actuals_trend_pp_per_year: number | null;
  readonly only_on_estimates: boolean;
  readonly status_2y: string | null;
  readonly trend_2y_pp_per_year: number | null;
  readonly status_5y: string | null;
  readonly trend_5y_pp_per_year: number | null;
  readonly fragile: boolean;
  /** In words: what the verdict rests on, where actuals or windows disagree; else null. */
  readonly verdict_note: string | null;
  readonly caveat: string | null;
  readonly source_ids: readonly string[];
}

/** Rounds away float noise without hiding precision the data has (figures carry 2 dp). */
function round(value: number | null | undefined, digits: number): number | null {
  if (value === null || value === undefined) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
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
    threshold_pct: e.target.threshold,
    deadline: e.target.deadline,
    deadline_from: e.target.deadlineFrom,
    as_of: e.asOf,
    value_pct: e.current?.value ?? null,
    year: e.current?.year ?? null,
    figure_status: e.current?.status ?? null,
    edition: e.current?.edition ?? null,
    gap_pp: round(e.gap?.points, 4),
    gap_usd_m: round(e.gap?.usdM, 1),
    gap_base: e.base ? `${e.base.metric} ${e.base.year}` : null,
    trend_pp_per_year: round(e.trend?.perYear, 4),
    trend_years: e.trend ? `${e.trend.fromYear}-${e.trend.toYear}` : null,
    trend_reaches_year: e.trend?.reachesIn ?? null,
    required_pp_per_year: round(e.required?.pointsPerYear, 4),
    required_spending_growth_pct: round(e.required?.spendingGrowthPct, 2),
    gdp_growth_pct: round(e.growth?.pct, 2),
    gdp_growth_from: e.growth?.from ?? null,
    gdp_flags: e.gdpFlags.length === 0 ? null : e.gdpFlags.join("; "),
    status: e.status,
    reason: e.reason,
    status_on_actuals: e.actuals?.status ?? null,
    actuals_year: e.actuals?.current.year ?? null,
    actuals_value_pct: e.actuals?.current.value ?? null,
    actuals_trend_pp_per_year: round(e.actuals?.trend?.perYear, 4),
    only_on_estimates: e.onlyOnEstimates,
    status_2y: windowOf(2)?.status ?? null,
    trend_2y_pp_per_year: round(windowOf(2)?.trend?.perYear, 4),
    status_5y: windowOf(5)?.status ?? null,
    trend_5y_pp_per_year: round(windowOf(5)?.trend?.perYear, 4),
    fragile: e.fragile,
    verdict_note: verdictNote(e),
    caveat: e.target.caveat,
    source_ids: [...new Set([...e.sourceIds, ...e.target.sourceIds])],
  };
}

/** One flat row per pledge check, with its sources. */
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

export function toPledgeRecord(c: PledgeCheck) {
  return {
    id: c.pledge.id,
    ally: c.pledge.ally,
    made_on: c.pledge.madeOn,
    speaker: c.pledge.speaker,
    role: c.pledge.role,
    target_share_gdp_pct: c.pledge.targetSharePct,
    target_amount_bn: c.pledge.targetAmount,
    currency: c.pledge.currency,
    target_year: c.pledge.targetYear,
    basis: c.pledge.basis,
    basis_note: c.basisNote,
    judged_against_pct: c.judgedAgainst,
    core_only: c.coreOnly,
    verdict: c.verdict,
    explanation: c.explanation,
    verdict_on_actuals: c.actuals?.verdict ?? null,
    explanation_on_actuals: c.actuals?.explanation ?? null,
    only_on_estimates: c.actuals !== null && c.actuals.verdict !== c.verdict,
    figure_year: c.figure?.year ?? null,
    figure_pct: c.figure?.value ?? null,
    path_pct: round(c.pathValue, 4),
    statement: c.pledge.statement,
    source_ids: c.pledge.sourceIds,
  };
}

/** One ally's share of the allies' spending against its share of their GDP. */
export function toBurdenRecord(r: BurdenRow, year: number) {
  return {
    ally: r.ally,
    name: r.name,
    year,
    spending_usd_m: r.spending.value,
    gdp_usd_m: Math.round(r.gdp.value),
    spending_share_pct: round(r.spendingSharePct, 2),
    gdp_share_pct: round(r.gdpSharePct, 2),
    ratio: round(r.ratio, 3),
    source_ids: [...new Set([...r.spending.sourceIds, ...r.gdp.sourceIds])],
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
        share_pct: latest?.value ?? null,
        year: latest?.year ?? null,
        figure_status: latest?.status ?? null,
        edition: latest?.edition ?? null,
        source_ids: latest?.sourceIds ?? [],
      };
    }),
  };
}
