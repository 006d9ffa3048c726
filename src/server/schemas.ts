import { z } from "zod";
import { GUIDELINE_TARGET_IDS } from "../analysis/targets.ts";
import { MAP_COLOURINGS } from "../charts/map.ts";
import { LIMITS, type LimitName } from "../input/limits.ts";
import { CHART_NAMES } from "../projection/chart-record.ts";
import { DEFAULT_ODDS_MODEL, ODDS_MODEL_NAMES, type OddsModel } from "../projection/model.ts";
import { DEFAULT_PATHS, DEFAULT_SEED } from "../projection/montecarlo.ts";
import { PATH_KINDS } from "../projection/paths.ts";

/**
 * Query schemas: the same objects validate requests and generate the OpenAPI document.
 * Query strings arrive as text, so numbers and booleans are coerced.
 */
const within = (limit: LimitName, what: string) =>
  z.coerce
    .number({ error: what })
    .int(what)
    .min(LIMITS[limit].min, `${what} from ${LIMITS[limit].min}`)
    .max(LIMITS[limit].max, `${what} up to ${LIMITS[limit].max}`);
const year = within("year", "a four-digit year");
const flag = z
  .enum(["true", "false", "1", "0", ""], { error: "true or false" })
  .transform((v) => v === "true" || v === "1" || v === "");

export const common = {
  asOf: year.optional().describe("use figures up to this year (default: the latest in the data)"),
  edition: z.string().optional().describe("one NATO edition only, e.g. 2025"),
};

export const targetFields = {
  target: z
    .string()
    .optional()
    .describe(
      `${GUIDELINE_TARGET_IDS.join(" | ")} | a pledge id (P001) | a share of GDP (3); default hague-core`,
    ),
  by: year.optional().describe("move the deadline to this year"),
  horizon: flag.optional().describe("move the deadline to the threat horizon"),
  trendYears: within("trendYears", "a whole number of years")
    .optional()
    .describe("years the trend averages over (default 3)"),
  gdpGrowth: z.coerce
    .number()
    .min(LIMITS.gdpGrowth.min)
    .max(LIMITS.gdpGrowth.max)
    .optional()
    .describe("nominal GDP growth in % a year, for every ally"),
};

export const statusQuery = z.object({ ...common, ...targetFields }).strict();
export const commonQuery = z.object(common).strict();
export const pledgesQuery = z
  .object({ ...common, ally: z.string().optional().describe("ISO3 or name") })
  .strict();
export const emptyQuery = z.object({}).strict();
export const projectionQuery = z
  .object({
    ...common,
    ...targetFields,
    path: z.enum(PATH_KINDS).default("trend").describe("trend | linear | pledge | flat"),
    to: year
      .optional()
      .describe("last year projected (default: the deadline, at least the Hague one)"),
    pledge: z.string().optional().describe("the pledge the pledge path follows"),
  })
  .strict();
export const oddsQuery = z
  .object({
    ...common,
    ...targetFields,
    paths: within("paths", "a whole number of paths")
      .default(DEFAULT_PATHS)
      .describe(`paths per ally, up to ${LIMITS.paths.max.toLocaleString("en")}`),
    seed: within("seed", "a whole number")
      .default(DEFAULT_SEED)
      .describe(`random seed, 0 to ${LIMITS.seed.max}`),
    model: z
      .enum(ODDS_MODEL_NAMES as [OddsModel, ...OddsModel[]])
      .default(DEFAULT_ODDS_MODEL)
      .describe("the headline model: pooled (shrunk toward the alliance) or own (own history)"),
    prior: z.coerce
      .number({ error: "a number of years" })
      .min(LIMITS.prior.min, `a weight from ${LIMITS.prior.min}`)
      .max(LIMITS.prior.max, `a weight up to ${LIMITS.prior.max}`)
      .optional()
      .describe("the pooled model's prior weight in years of data (default 3)"),
  })
  .strict();
export const backtestQuery = z
  .object({
    asOf: year.describe("make the calls with figures up to this year only"),
    edition: common.edition,
    target: targetFields.target.describe(
      "a share-of-GDP target: two-percent (default), hague-core, a pledge id, or a share of GDP",
    ),
    by: targetFields.by,
    paths: within("backtestPaths", "a whole number of paths")
      .optional()
      .describe(
        `simulated paths per ally for the odds (default 4,000, up to ${LIMITS.backtestPaths.max.toLocaleString("en")})`,
      ),
    seed: within("seed", "a whole number")
      .default(DEFAULT_SEED)
      .describe(`random seed, 0 to ${LIMITS.seed.max}`),
  })
  .strict();
export const chartQuery = z
  .object({
    ...common,
    ...targetFields,
    ally: z.string().optional().describe("ISO3 or name (history chart)"),
    path: z.enum(PATH_KINDS).optional().describe("history chart: add this projection and its fan"),
    colourBy: z.enum(MAP_COLOURINGS).optional().describe("map chart: status (default) | share"),
  })
  .strict();
export const chartParams = z.object({ name: z.enum(CHART_NAMES) });
