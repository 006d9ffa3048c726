import type { Topology } from "topojson-specification";
import type { TopLevelSpec } from "vega-lite";
import { allianceView, latestMoneyYear, usVersusEuropeSeries } from "../analysis/alliance.ts";
import { compareWithRivals } from "../analysis/compare.ts";
import { defaultHorizon } from "../analysis/horizon.ts";
import { checkPledge } from "../analysis/pledges.ts";
import { productionStatements } from "../analysis/production.ts";
import { allyProfile } from "../analysis/profile.ts";
import { rivalsBeyondExchangeRates } from "../analysis/rivals.ts";
import { resolveTarget, type Target } from "../analysis/targets.ts";
import { ukraineSupport } from "../analysis/ukraine.ts";
import { sourceNote } from "../data/citation.ts";
import type { Dataset } from "../data/dataset.ts";
import { displayName } from "../data/vocabulary.ts";
import { DEFAULT_PRIOR, fitModels } from "../projection/model.ts";
import { DEFAULT_PATHS, DEFAULT_SEED, simulateAlly } from "../projection/montecarlo.ts";
import type { AllyOddsResult } from "../projection/odds.ts";
import {
  type PathKind,
  type ProjectedPath,
  projectionEnd,
  projectPath,
} from "../projection/paths.ts";
import { productionChart, russiaBudgetChart, ukraineChart } from "./context-specs.ts";
import { type MapColouring, mapChart } from "./map.ts";
import {
  type Cite,
  historyChart,
  pledgesTimelineChart,
  rankingChart,
  rivalsChart,
  statusChart,
  usEuropeChart,
} from "./specs.ts";

export const CHART_NAMES = [
  "ranking",
  "history",
  "us-europe",
  "rivals",
  "status",
  "map",
  "ukraine",
  "production",
  "russia-budget",
  "pledges",
] as const;
export type ChartName = (typeof CHART_NAMES)[number];

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

/** The chart specs' citer for a Dataset: at most two lines of citations, never ids. */
export function citer(dataset: Dataset): Cite {
  return (ids, options) => sourceNote(dataset, ids, options);
}

export class ChartError extends Error {
  override name = "ChartError";
}

export interface ChartRequest {
  readonly name: ChartName;
  readonly asOf: number;
  readonly target: Target;
  readonly ally?: string;
  readonly edition?: string;
  /** history only: add this projected path, with a Monte Carlo fan of `fanPaths` paths. */
  readonly path?: PathKind;
  readonly fanPaths?: number;
  /** map only: the countries' shapes (world-atlas TopoJSON) and what colours them. */
  readonly geometry?: Topology;
  readonly colourBy?: MapColouring;
}

/** The thresholds the ranking draws as lines: 2%, 3.5% core and 5% total, from the guidelines. */
export function guidelineLines(dataset: Dataset): number[] {
  return (["two-percent", "hague-core", "hague-total"] as const).map(
    (id) => resolveTarget(dataset, id).threshold,
  );
}

export interface Projection {
  readonly path: ProjectedPath;
  /** The years the odds are for. */
  readonly deadline: number;
  readonly horizon: number | null;
  /** The Monte Carlo run behind the fan (pooled model), with the odds by deadline and horizon. */
  readonly odds: AllyOddsResult;
  /** The same run on the ally's own history alone (prior weight 0). */
  readonly ownOdds: AllyOddsResult;
  /** The pooled model's prior weight, in years of data. */
  readonly prior: number;
}

/**
 * One ally's projected path and a Monte Carlo run to the same end (the fan, and the odds by
 * the deadline and the default threat horizon), with the default seed. Pure.
 */
export function projectionFor(
  dataset: Dataset,
  ally: string,
  kind: PathKind,
  options: { asOf: number; target: Target; edition?: string; paths?: number },
): Projection {
  const { asOf, target, edition } = options;
  const horizon = defaultHorizon(dataset)?.horizonYear ?? null;
  const to = Math.max(projectionEnd(dataset, target), horizon ?? 0);
  const path = projectPath(dataset, ally, kind, { asOf, to, target, edition });
  // fitted beside every ally, so that the pooled figures are the alliance's, as in `odds`
  const allies = dataset.alliesWithData();
  const model = fitModels(dataset, allies, { asOf, to, edition }).find((m) => m.ally === ally);
  const own = fitModels(dataset, allies, { asOf, to, edition, prior: 0 }).find(
    (m) => m.ally === ally,
  );
  if (!model || !own) throw new ChartError(`no model for ${displayName(ally)}`);
  const spec = {
    threshold: target.threshold,
    deadline: target.deadline ?? to,
    horizon,
    to,
    paths: options.paths ?? DEFAULT_PATHS,
    seed: DEFAULT_SEED,
  };
  // the ally's stream in an alliance-wide run, so the fan and odds match `pledgewatch odds`
  const stream = Math.max(0, allies.indexOf(ally));
  const odds = { ...simulateAlly(model, spec, stream), name: displayName(ally), model };
  const ownOdds = { ...simulateAlly(own, spec, stream), name: displayName(ally), model: own };
  return { path, odds, ownOdds, prior: DEFAULT_PRIOR, deadline: spec.deadline, horizon };
}

/** Builds a chart spec from the engine's results. Pure (the fan uses a fixed seed). */
export function buildChart(dataset: Dataset, request: ChartRequest): TopLevelSpec {
  const { asOf, target, edition } = request;
  const cite = citer(dataset);
  switch (request.name) {
    case "ranking":
      return rankingChart(
        allianceView(dataset, target, { asOf, edition }),
        guidelineLines(dataset),
        cite,
      );
    case "status":
      return statusChart(allianceView(dataset, target, { asOf, edition }), cite);
    case "ukraine":
      return ukraineChart(ukraineSupport(dataset), "eur", cite);
    case "production":
      return productionChart(productionStatements(dataset), cite);
    case "russia-budget":
      return russiaBudgetChart(rivalsBeyondExchangeRates(dataset), cite);
    case "pledges": {
      const pledges = request.ally ? dataset.pledgesOf(request.ally) : dataset.pledges;
      return pledgesTimelineChart(
        pledges.map((p) => checkPledge(dataset, p, asOf, { edition })),
        cite,
      );
    }
    case "map":
      if (!request.geometry) throw new ChartError("the map needs the countries' geometry");
      return mapChart(
        allianceView(dataset, target, { asOf, edition }),
        request.geometry,
        request.colourBy ?? "status",
        guidelineLines(dataset),
        cite,
      );
    case "us-europe":
      return usEuropeChart(usVersusEuropeSeries(dataset, asOf, { edition }), cite);
    case "rivals": {
      const year = latestMoneyYear(dataset, asOf, { edition });
      if (year === null) throw new ChartError(`no alliance spending in USD up to ${asOf}`);
      return rivalsChart(compareWithRivals(dataset, year, ["RUS", "CHN"], { edition }), cite);
    }
    case "history": {
      const ally = request.ally;
      if (!ally) throw new ChartError("the history chart needs an ally");
      const profile = allyProfile(dataset, ally, { asOf, edition });
      if (!request.path) return historyChart(profile, {}, cite);
      const projection = projectionFor(dataset, ally, request.path, {
        asOf,
        edition,
        target,
        paths: request.fanPaths,
      });
      return historyChart(profile, projection, cite);
    }
  }
}
