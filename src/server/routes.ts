import type { z } from "zod";
import { allianceView, burdenSharing, latestMoneyYear } from "../analysis/alliance.ts";
import { compareWithRivals } from "../analysis/compare.ts";
import { sameGrowthForAll } from "../analysis/historical-growth.ts";
import { defaultHorizon, targetFor } from "../analysis/horizon.ts";
import { allyProfile } from "../analysis/profile.ts";
import {
  alliesRecord,
  pledgesRecord,
  toBurdenRecord,
  toProfileRecord,
  toRecord,
  toViewRecord,
} from "../analysis/records.ts";
import { sourceRecord, sourcesRecord } from "../analysis/source-records.ts";
import { chartData } from "../charts/chart-data.ts";
import { citer } from "../charts/cite.ts";
import { drawChart } from "../charts/draw-chart.ts";
import type { Dataset } from "../data/dataset.ts";
import { lookupAlly } from "../data/names.ts";
import { API_FIELDS, resolveAsOf } from "../input/resolve.ts";
import { worldGeometry } from "../node/world-geometry.ts";
import { BacktestError, backtest, backtestRows, toBacktestRecord } from "../projection/backtest.ts";
import { CHART_NAMES, chartRecord } from "../projection/chart-record.ts";
import { DEFAULT_PATHS, type Simulator } from "../projection/odds.ts";
import { compareOdds } from "../projection/odds-models.ts";
import { projectionEnd, projectPath } from "../projection/paths.ts";
import {
  comparedOddsRecords,
  toComparedOddsRecord,
  toProjectionRecord,
  toScenarioRecord,
} from "../projection/projection-records.ts";
import { runScenario, type Scenario } from "../projection/scenario.ts";
import { acceptedPledges } from "../store/registry.ts";
import type { Store } from "../store/store.ts";
import { capabilitiesRoute } from "./capabilities-route.ts";
import { CONTEXT_ROUTES } from "./context-routes.ts";
import { badRequest, ProblemError } from "./problem.ts";
import { revisionsRoute } from "./revisions-route.ts";
import {
  backtestQuery,
  chartParams,
  chartQuery,
  commonQuery,
  emptyQuery,
  oddsQuery,
  pledgesQuery,
  projectionQuery,
  statusQuery,
} from "./schemas.ts";

export interface Answer {
  readonly json: unknown;
  /** The table behind the answer, for CSV; absent where there is none. */
  readonly table?: readonly object[];
}

export interface Route<Q extends z.ZodType = z.ZodType> {
  readonly path: string;
  readonly summary: string;
  readonly query: Q;
  /** Path parameters, each with its description. */
  readonly params?: Readonly<Record<string, string>>;
  readonly handler: (
    input: { query: z.output<Q>; params: Record<string, string> },
    ctx: {
      dataset: Dataset;
      pool?: Simulator;
      store?: Store;
      /** The scenario files the server was started with, by name. */
      scenarios?: ReadonlyMap<string, Scenario>;
    },
  ) => Answer | Promise<Answer>;
}

function allyParam(input: string): string {
  const found = lookupAlly(input);
  if (found.ok) return found.iso3;
  throw new ProblemError(404, "Unknown ally", found.message, {
    suggestions: found.suggestion
      ? [{ iso3: found.suggestion.iso3, name: found.suggestion.name }]
      : [],
  });
}

function asOfOf(dataset: Dataset, q: { asOf?: number; edition?: string }) {
  return resolveAsOf(dataset, q, API_FIELDS);
}

function targetOf(
  dataset: Dataset,
  q: { target?: string; by?: number; horizon?: boolean; gdpGrowth?: number },
) {
  const { target } = targetFor(dataset, { name: q.target, by: q.by, horizon: q.horizon });
  const gdpGrowthPct = sameGrowthForAll(dataset, q.gdpGrowth);
  return { target, gdpGrowthPct };
}

const route = <Q extends z.ZodType>(r: Route<Q>) => r as unknown as Route;

export const ROUTES: readonly Route[] = [
  route({
    path: "/api/allies",
    summary: "Every ally, with its latest share of GDP",
    query: commonQuery,
    handler: ({ query }, { dataset }) => {
      const { asOf, edition } = asOfOf(dataset, query);
      const record = alliesRecord(dataset, asOf, { edition });
      return { json: record, table: record.allies };
    },
  }),
  route({
    path: "/api/allies/:ally",
    summary: "One ally: history, each target with its gap and status, its pledges",
    params: { ally: "ISO3 code or name, e.g. DEU or Germany" },
    query: commonQuery,
    handler: ({ query, params }, { dataset, store }) => {
      const ally = allyParam(params.ally ?? "");
      const { asOf, edition } = asOfOf(dataset, query);
      // the reviewed pledges from the store, as the CLI and the dashboard show them
      const reviewed = store ? acceptedPledges(dataset, store) : [];
      const profile = allyProfile(dataset, ally, { asOf, edition }, reviewed);
      return { json: toProfileRecord(profile), table: profile.evaluations.map(toRecord) };
    },
  }),
  route({
    path: "/api/status",
    summary: "Every ally against a target: share, gap, trend, what is needed, status",
    query: statusQuery,
    handler: ({ query }, { dataset }) => {
      const { asOf, edition } = asOfOf(dataset, query);
      const { target, gdpGrowthPct } = targetOf(dataset, query);
      const view = allianceView(dataset, target, {
        asOf,
        edition,
        trendYears: query.trendYears,
        gdpGrowthPct,
      });
      return { json: toViewRecord(view), table: view.evaluations.map(toRecord) };
    },
  }),
  route({
    path: "/api/pledges",
    summary: "National pledges, each checked against the figures since",
    query: pledgesQuery,
    handler: ({ query }, { dataset }) => {
      const { asOf, edition } = asOfOf(dataset, query);
      const pledges =
        query.ally === undefined ? dataset.pledges : dataset.pledgesOf(allyParam(query.ally));
      const record = pledgesRecord(dataset, pledges, asOf, { edition });
      return { json: record, table: record.pledges };
    },
  }),
  route({
    path: "/api/sources",
    summary: "Every source the figures and pledges cite",
    query: emptyQuery,
    handler: (_input, { dataset }) => {
      const record = sourcesRecord(dataset);
      return { json: record, table: record.sources };
    },
  }),
  route({
    path: "/api/sources/:id",
    summary: "One source",
    params: { id: "a source id, e.g. gh_cannoli_n26" },
    query: emptyQuery,
    handler: ({ params }, { dataset }) => {
      const record = sourceRecord(dataset, params.id ?? "");
      if (!record) throw new ProblemError(404, "Unknown source", `no source "${params.id}"`);
      const { citedBy: _, ...source } = record;
      return { json: record, table: [{ ...source, citation: record.citation.text }] };
    },
  }),
  route({
    path: "/api/compare",
    summary: "NATO, Europe and Canada and the US beside Russia and China; burden sharing",
    query: commonQuery,
    handler: ({ query }, { dataset }) => {
      const { asOf, edition } = asOfOf(dataset, query);
      const year = latestMoneyYear(dataset, asOf, { edition });
      if (year === null) throw badRequest(`no alliance spending in USD up to ${asOf}`);
      const burden = burdenSharing(dataset, year, { edition });
      const rows = burden.rows.map((r) => toBurdenRecord(r, burden.year));
      return {
        json: {
          year,
          comparison: compareWithRivals(dataset, year, ["RUS", "CHN"], { edition }),
          burdenSharing: rows,
        },
        table: rows,
      };
    },
  }),
  route({
    path: "/api/projections/:ally",
    summary: "One ally's path year by year: share, GDP, spending, extra money",
    params: { ally: "ISO3 code or name" },
    query: projectionQuery,
    handler: ({ query, params }, { dataset }) => {
      const ally = allyParam(params.ally ?? "");
      const { asOf, edition } = asOfOf(dataset, query);
      const { target, gdpGrowthPct } = targetOf(dataset, query);
      const path = projectPath(dataset, ally, query.path, {
        asOf,
        edition,
        target,
        to: query.to ?? projectionEnd(dataset, target),
        trendYears: query.trendYears,
        gdpGrowthPct: gdpGrowthPct?.[ally],
        pledgeId: query.pledge?.toUpperCase(),
      });
      const record = toProjectionRecord(path);
      return { json: record, table: record.years };
    },
  }),
  route({
    path: "/api/odds",
    summary: "Monte Carlo odds of reaching the target by the deadline and the horizon",
    query: oddsQuery,
    handler: async ({ query }, { dataset, pool }) => {
      const { asOf, edition } = asOfOf(dataset, query);
      const { target, gdpGrowthPct } = targetOf(dataset, query);
      // as the CLI: the earliest stated horizon, or none when the data has none
      const horizon = defaultHorizon(dataset)?.horizonYear ?? null;
      const compared = await compareOdds(dataset, target.allies ?? dataset.alliesWithData(), {
        asOf,
        edition,
        target,
        horizon,
        paths: query.paths ?? DEFAULT_PATHS,
        seed: query.seed,
        gdpGrowthPct,
        simulator: pool,
        model: query.model,
        prior: query.prior,
      });
      return {
        json: toComparedOddsRecord(compared),
        table: comparedOddsRecords(compared),
      };
    },
  }),
  route({
    path: "/api/backtest",
    summary:
      "What the status rules and the odds would have said as of a past year, against what happened",
    query: backtestQuery,
    handler: ({ query }, { dataset }) => {
      const { asOf, edition } = asOfOf(dataset, query);
      const { target } = targetOf(dataset, { target: query.target ?? "two-percent", by: query.by });
      let result: ReturnType<typeof backtest>;
      try {
        result = backtest(dataset, { target, asOf, edition, paths: query.paths, seed: query.seed });
      } catch (error) {
        if (error instanceof BacktestError) throw badRequest(error.message);
        throw error;
      }
      return { json: toBacktestRecord(result), table: backtestRows(result) };
    },
  }),
  route({
    path: "/api/scenarios",
    summary: "The bundled scenarios, by name",
    query: emptyQuery,
    handler: (_input, { scenarios }) => {
      const rows = [...(scenarios ?? new Map()).entries()].map(([name, s]) => ({
        name,
        title: s.name,
        description: s.description ?? null,
      }));
      return { json: { scenarios: rows }, table: rows };
    },
  }),
  route({
    path: "/api/scenarios/:name",
    summary: "Run a bundled scenario: every ally's path, the alliance's totals and money gap",
    params: { name: "a scenario's name, e.g. hague (see /api/scenarios)" },
    query: emptyQuery,
    handler: ({ params }, { dataset, scenarios }) => {
      const scenario = scenarios?.get(params.name ?? "");
      if (!scenario) {
        throw new ProblemError(404, "Unknown scenario", `no scenario "${params.name}"`, {
          scenarios: [...(scenarios?.keys() ?? [])],
        });
      }
      const result = runScenario(dataset, scenario);
      const record = toScenarioRecord(result);
      return { json: record, table: record.rows };
    },
  }),
  route({
    path: "/api/charts/:name",
    summary: "A chart's Vega-Lite spec (CSV: the data behind it)",
    params: { name: CHART_NAMES.join(" | ") },
    query: chartQuery,
    handler: ({ query, params }, { dataset }) => {
      const parsed = chartParams.safeParse(params);
      if (!parsed.success) {
        throw new ProblemError(404, "Unknown chart", `no chart "${params.name}"`, {
          charts: chartParams.shape.name.options,
        });
      }
      const { asOf, edition } = asOfOf(dataset, query);
      const { target } = targetOf(dataset, query);
      const record = chartRecord(dataset, {
        name: parsed.data.name,
        asOf,
        edition,
        target,
        ally: query.ally === undefined ? undefined : allyParam(query.ally),
        path: query.path,
      });
      const spec = drawChart(record, {
        cite: citer(dataset),
        geometry: parsed.data.name === "map" ? worldGeometry() : undefined,
        colourBy: query.colourBy,
      });
      return { json: spec, table: chartData(spec) };
    },
  }),
  ...(CONTEXT_ROUTES as unknown as Route[]),
  route(revisionsRoute),
  route(capabilitiesRoute),
];
