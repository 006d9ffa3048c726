import { z } from "zod";
import {
  allyCapabilities,
  CAPABILITY_METRICS,
  capabilityRanking,
} from "../analysis/capabilities.ts";
import { lookupAlly } from "../data/names.ts";
import { badRequest, ProblemError } from "./problem.ts";
import type { Route } from "./routes.ts";

export const capabilitiesQuery = z
  .object({
    metric: z
      .enum(CAPABILITY_METRICS)
      .optional()
      .describe(
        `rank every ally by: ${CAPABILITY_METRICS.join(" | ")} (default equipment_share_pct)`,
      ),
    ally: z.string().optional().describe("one ally's figures over time instead (ISO3 or name)"),
    asOf: z.coerce
      .number()
      .int()
      .min(1949)
      .max(2100)
      .optional()
      .describe("figures up to this year"),
    edition: z.string().optional().describe("one NATO edition only, e.g. 2025"),
  })
  .strict();

/** The same records as `pledgewatch capabilities --json` (a ranking, or one ally with --ally). */
export const capabilitiesRoute = {
  path: "/api/capabilities",
  summary: "Cash and capabilities: allies ranked by one metric, or one ally over time",
  query: capabilitiesQuery,
  handler: ({ query }, { dataset }) => {
    if (query.edition !== undefined && !dataset.editions().includes(query.edition))
      throw badRequest(`unknown edition "${query.edition}"`, [
        { parameter: "edition", expected: dataset.editions().join(", ") },
      ]);
    const asOf = query.asOf ?? dataset.latestYear({ edition: query.edition });
    if (asOf === undefined) throw badRequest("the data has no share-of-GDP figures");
    const options = { asOf, edition: query.edition };
    if (query.ally !== undefined) {
      if (query.metric !== undefined) throw badRequest("choose one of ally and metric");
      const found = lookupAlly(query.ally);
      if (!found.ok) throw new ProblemError(404, "Unknown ally", found.message);
      const record = allyCapabilities(dataset, found.iso3, options);
      return {
        json: record,
        table: record.years.flatMap((y) =>
          Object.entries(y.figures).map(([metric, f]) => ({
            ally: record.ally,
            year: y.year,
            metric,
            ...f,
          })),
        ),
      };
    }
    const record = capabilityRanking(dataset, query.metric ?? "equipment_share_pct", options);
    return { json: record, table: record.rows };
  },
} satisfies Route<typeof capabilitiesQuery>;
