import { z } from "zod";
import { GUIDELINE_TARGET_IDS } from "../analysis/targets.ts";
import { CHART_NAMES } from "../charts/build.ts";
import { DEFAULT_SEED } from "../projection/montecarlo.ts";
import { PATH_KINDS } from "../projection/paths.ts";

/**
 * Query schemas: the same objects validate requests and generate the OpenAPI document.
 * Query strings arrive as text, so numbers and booleans are coerced.
 */
const year = z.coerce
  .number({ error: "a four-digit year" })
  .int("a four-digit year")
  .min(1949, "a year from 1949")
  .max(2100, "a year up to 2100");
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
  trendYears: z.coerce
    .number()
    .int()
    .min(1)
    .max(12)
    .optional()
    .describe("years the trend averages over (default 3)"),
  gdpGrowth: z.coerce
    .number()
    .min(-50)
    .max(100)
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
    paths: z.coerce
      .number()
      .int()
      .min(1)
      .max(100_000)
      .default(10_000)
      .describe("paths per ally, up to 100,000"),
    seed: z.coerce.number().int().min(0).default(DEFAULT_SEED).describe("random seed"),
  })
  .strict();
export const chartQuery = z
  .object({
    ...common,
    ...targetFields,
    ally: z.string().optional().describe("ISO3 or name (history chart)"),
    path: z.enum(PATH_KINDS).optional().describe("history chart: add this projection and its fan"),
  })
  .strict();
export const chartParams = z.object({ name: z.enum(CHART_NAMES) });
