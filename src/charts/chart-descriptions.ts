import type { ChartName } from "../projection/chart-record.ts";

export const CHART_DESCRIPTIONS: Record<ChartName, string> = {
  ranking: "every ally ranked by share of GDP, with the 2%, 3.5% and 5% lines",
  history: "one ally's history, targets, pledges, and (with --path) a projection and its fan",
  "us-europe": "the US against NATO Europe and Canada, USD at 2021 prices",
  rivals: "NATO beside Russia and China (SIPRI), labelled by definition",
  status: "allies by status for the chosen target",
  map: "the allies on a map, coloured by the target's status or (--colour-by share) share of GDP",
  ukraine: "allies ranked by aid allocated to Ukraine (Kiel tracker), military and other, EUR bn",
  production: "stated artillery-ammunition output and targets a year, allies against Russia",
  "russia-budget":
    "Russia's defence budget as a share of federal spending and of GDP, by definition",
  pledges: "every pledge on a timeline by verdict (with ALLY: that ally's only)",
};
