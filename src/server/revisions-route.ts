import { z } from "zod";
import { RevisionsError, revisionRows, revisions } from "../analysis/revisions.ts";
import { lookupAlly } from "../data/names.ts";
import { isAggregate, NATO_METRIC_UNITS, type NatoMetric } from "../data/vocabulary.ts";
import { badRequest } from "./problem.ts";
import type { Route } from "./routes.ts";

const metrics = Object.keys(NATO_METRIC_UNITS) as [NatoMetric, ...NatoMetric[]];

export const revisionsQuery = z
  .object({
    from: z.string().optional().describe("the older edition (default: the one before `to`)"),
    to: z.string().optional().describe("the newer edition (default: the latest)"),
    ally: z.string().optional().describe("ISO3 or name of an ally, or NATO / NEC"),
    metric: z.enum(metrics).optional().describe(metrics.join(" | ")),
    min: z.coerce
      .number({ error: "a number" })
      .min(0, "a number >= 0")
      .optional()
      .describe("leave out changes smaller than this, in the metric's unit"),
  })
  .strict();

/** The same record as `pledgewatch revisions --json`. */
export const revisionsRoute = {
  path: "/api/revisions",
  summary: "Every figure NATO revised between two editions, largest first, with both sources",
  query: revisionsQuery,
  handler: ({ query }, { dataset }) => {
    let ally: string | undefined;
    if (query.ally !== undefined) {
      const upper = query.ally.trim().toUpperCase();
      const found = lookupAlly(query.ally);
      if (isAggregate(upper)) ally = upper;
      else if (found.ok) ally = found.iso3;
      else
        throw badRequest(found.message, [{ parameter: "ally", expected: "an ally or NATO / NEC" }]);
    }
    try {
      const record = revisions(dataset, { ...query, ally });
      return { json: record, table: revisionRows(record) };
    } catch (error) {
      if (error instanceof RevisionsError)
        throw badRequest(error.message, [
          { parameter: "from/to", expected: dataset.editions().join(", ") },
        ]);
      throw error;
    }
  },
} satisfies Route<typeof revisionsQuery>;
