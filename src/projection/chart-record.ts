import {
  type AllianceView,
  allianceView,
  type GroupSeriesRow,
  latestMoneyYear,
  usVersusEuropeSeries,
} from "../analysis/alliance.ts";
import { type Comparison, compareWithRivals } from "../analysis/compare.ts";
import { guidelineLines } from "../analysis/guideline-lines.ts";
import { checkPledge, type PledgeCheck } from "../analysis/pledges.ts";
import { type ProductionRecord, productionStatements } from "../analysis/production.ts";
import { type AllyProfile, allyProfile } from "../analysis/profile.ts";
import { type RivalsRecord, rivalsBeyondExchangeRates } from "../analysis/rivals.ts";
import type { Target } from "../analysis/targets.ts";
import { type UkraineSupportRecord, ukraineSupport } from "../analysis/ukraine.ts";
import type { Dataset } from "../data/dataset.ts";
import { type AllyProjection, allyProjection } from "./ally-projection.ts";
import type { PathKind } from "./paths.ts";

/**
 * What each named chart draws, built here so that the chart specs only draw: a chart sits above
 * both the analysis and the projections, and so does its record.
 */

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
}

export type ChartRecord =
  | { readonly chart: "ranking" | "map"; readonly view: AllianceView; readonly lines: number[] }
  | { readonly chart: "status"; readonly view: AllianceView }
  | {
      readonly chart: "history";
      readonly profile: AllyProfile;
      readonly projection: AllyProjection | null;
    }
  | { readonly chart: "us-europe"; readonly rows: readonly GroupSeriesRow[] }
  | { readonly chart: "rivals"; readonly comparison: Comparison }
  | { readonly chart: "ukraine"; readonly record: UkraineSupportRecord }
  | { readonly chart: "production"; readonly record: ProductionRecord }
  | { readonly chart: "russia-budget"; readonly record: RivalsRecord }
  | { readonly chart: "pledges"; readonly checks: readonly PledgeCheck[] };

/** The engine's results one chart draws. Pure (a projection's fan uses a fixed seed). */
export function chartRecord(dataset: Dataset, request: ChartRequest): ChartRecord {
  const { asOf, target, edition } = request;
  switch (request.name) {
    case "ranking":
    case "map":
      return {
        chart: request.name,
        view: allianceView(dataset, target, { asOf, edition }),
        lines: guidelineLines(dataset),
      };
    case "status":
      return { chart: "status", view: allianceView(dataset, target, { asOf, edition }) };
    case "ukraine":
      return { chart: "ukraine", record: ukraineSupport(dataset) };
    case "production":
      return { chart: "production", record: productionStatements(dataset) };
    case "russia-budget":
      return { chart: "russia-budget", record: rivalsBeyondExchangeRates(dataset) };
    case "pledges": {
      const pledges = request.ally ? dataset.pledgesOf(request.ally) : dataset.pledges;
      return {
        chart: "pledges",
        checks: pledges.map((p) => checkPledge(dataset, p, asOf, { edition })),
      };
    }
    case "us-europe":
      return { chart: "us-europe", rows: usVersusEuropeSeries(dataset, asOf, { edition }) };
    case "rivals": {
      const year = latestMoneyYear(dataset, asOf, { edition });
      if (year === null) throw new ChartError(`no alliance spending in USD up to ${asOf}`);
      return {
        chart: "rivals",
        comparison: compareWithRivals(dataset, year, ["RUS", "CHN"], { edition }),
      };
    }
    case "history": {
      const ally = request.ally;
      if (!ally) throw new ChartError("the history chart needs an ally");
      const profile = allyProfile(dataset, ally, { asOf, edition });
      const projection = request.path
        ? allyProjection(dataset, ally, request.path, {
            asOf,
            edition,
            target,
            paths: request.fanPaths,
          })
        : null;
      return { chart: "history", profile, projection };
    }
  }
}
