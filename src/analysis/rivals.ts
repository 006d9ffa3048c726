import { compareText } from "../data/collation.ts";
import type { Dataset } from "../data/dataset.ts";
import type { ContextFigure } from "../data/types.ts";
import { displayName } from "../data/vocabulary.ts";

/**
 * Russia and China beyond SIPRI's market-exchange-rate dollars: published purchasing-power
 * estimates, and Russia's defence budget as a share of its federal spending and of GDP, each
 * labelled with its definition. None of these is ever summed or ranked with NATO's figures. Pure.
 */

export const RIVALS_NOTE =
  "Each figure keeps its publisher's definition: SIPRI's military expenditure at market exchange rates; other publishers' estimates at purchasing power parity (PPP), which credit lower domestic prices; Russia's 'National defence' budget chapter, a narrower scope than SIPRI's. None is comparable with NATO's definition: they are shown beside NATO's figures, never summed or ranked with them.";

/** What each unit of context/milex.csv measures. */
const DEFINITIONS: Record<string, string> = {
  usd_m_current: "SIPRI military expenditure, USD at market exchange rates, current prices",
  pct: "SIPRI military expenditure, % of GDP",
  usd_m_ppp_iiss:
    "IISS estimate of defence spending, converted at IISS's purchasing-power-parity rate (The Military Balance)",
  usd_m_ppp_gdp_rate_connolly:
    "Military spending converted at a whole-economy purchasing-power-parity rate (R. Connolly); overstates arms importers",
  pct_natdef_of_federal_spending_per_2022_24_draft_note:
    "'National defence' chapter, % of federal budget spending (as stated in the note to the 2022-24 draft budget)",
  pct_natdef_of_federal_spending_2023_25_draft:
    "'National defence' chapter, % of federal budget spending, planned in the 2023-25 draft budget",
  pct_natdef_of_federal_spending_budget_plan:
    "'National defence' chapter, % of federal budget spending, budget plan",
  pct_natdef_of_federal_spending_budget_law:
    "'National defence' chapter, % of federal budget spending, budget law",
  pct_natdef_of_gdp_per_2024_26_draft:
    "'National defence' chapter, % of GDP (as reported with the 2024-26 draft budget)",
  pct_natdef_of_gdp_2023_25_draft:
    "'National defence' chapter, % of GDP, planned in the 2023-25 draft budget",
  pct_natdef_budget_plan_approx: "'National defence' chapter, % of GDP, budget plan (about)",
  pct_natdef_budget_law_projected_gdp: "'National defence' chapter, % of projected GDP, budget law",
  pct_sipri_estimate_total_planned_milex:
    "SIPRI estimate of total planned military spending (wider than 'National defence'), % of GDP",
};

export function definitionOf(unit: string): string {
  return DEFINITIONS[unit] ?? `as the source states it (unit ${unit})`;
}

export interface RivalFigure {
  readonly country: string;
  readonly name: string;
  readonly year: number;
  readonly metric: string;
  readonly value: number;
  readonly unit: string;
  readonly definition: string;
  readonly sourceIds: readonly string[];
}

export interface PppEstimate extends RivalFigure {
  /** SIPRI's current-USD figure for the same country and year, for scale; null when none. */
  readonly sipriUsdCurrentM: number | null;
  /** The estimate over SIPRI's market-rate figure: how much more PPP credits. */
  readonly ratioToSipri: number | null;
}

export interface RivalsRecord {
  readonly note: string;
  readonly purchasingPower: readonly PppEstimate[];
  /** Russia's budget shares, by year, each with its definition; national and SIPRI rows apart. */
  readonly russiaBudget: readonly RivalFigure[];
  /** SIPRI's share of GDP for Russia, by year: the broader definition, for context. */
  readonly russiaSipriShareGdp: readonly RivalFigure[];
  /** What was looked for and not found, said rather than filled. */
  readonly notFound: readonly string[];
  readonly sourceIds: readonly string[];
}

export const RIVALS_NOT_FOUND = [
  "China at purchasing power parity after 2018: no published estimate as a figure was found.",
  "Russia at purchasing power parity for 2025 and 2019-2023: no published estimate was found.",
  "Russia's 'National defence' share of federal spending for 2022 and 2026, and any executed (outturn) share: not found.",
] as const;

function toFigure(f: ContextFigure): RivalFigure {
  return {
    country: f.country,
    name: displayName(f.country),
    year: f.year,
    metric: f.metric,
    value: f.value,
    unit: f.unit,
    definition: definitionOf(f.unit),
    sourceIds: f.sourceIds,
  };
}

const byYear = (a: { year: number; unit: string }, b: { year: number; unit: string }) =>
  a.year - b.year || compareText(a.unit, b.unit);

export function rivalsBeyondExchangeRates(dataset: Dataset): RivalsRecord {
  const sipriUsd = (country: string, year: number) =>
    dataset.milex.find(
      (f) =>
        f.country === country &&
        f.year === year &&
        f.metric === "usd_current_m" &&
        f.basis === "sipri",
    )?.value ?? null;
  const purchasingPower = dataset.milex
    .filter((f) => f.metric === "usd_ppp_m")
    .map((f): PppEstimate => {
      const sipri = sipriUsd(f.country, f.year);
      return {
        ...toFigure(f),
        sipriUsdCurrentM: sipri,
        ratioToSipri: sipri ? Math.round((f.value / sipri) * 100) / 100 : null,
      };
    })
    .sort((a, b) => compareText(a.country, b.country) || byYear(a, b));
  const russiaBudget = dataset.milex
    .filter(
      (f) =>
        f.country === "RUS" &&
        f.basis === "national" &&
        (f.metric === "share_federal_spending_pct" || f.metric === "share_gdp_pct"),
    )
    .map(toFigure)
    .sort((a, b) => byYear(a, b) || compareText(a.metric, b.metric));
  const russiaSipriShareGdp = dataset.milex
    .filter((f) => f.country === "RUS" && f.basis === "sipri" && f.metric === "share_gdp_pct")
    .map(toFigure)
    .sort(byYear);
  const all = [...purchasingPower, ...russiaBudget, ...russiaSipriShareGdp];
  return {
    note: RIVALS_NOTE,
    purchasingPower,
    russiaBudget,
    russiaSipriShareGdp,
    notFound: [...RIVALS_NOT_FOUND],
    sourceIds: [...new Set(all.flatMap((f) => f.sourceIds))],
  };
}

/** Every figure of the record, one per row: the table behind `--csv` and the API's CSV. */
export function rivalsTable(record: RivalsRecord) {
  return [...record.purchasingPower, ...record.russiaBudget, ...record.russiaSipriShareGdp].map(
    (f) => ({
      country: f.country,
      year: f.year,
      metric: f.metric,
      value: f.value,
      unit: f.unit,
      definition: f.definition,
      sourceIds: f.sourceIds,
    }),
  );
}
