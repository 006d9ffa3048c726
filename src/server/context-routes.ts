import { z } from "zod";
import { productionStatements } from "../analysis/production.ts";
import { rivalsBeyondExchangeRates, rivalsTable } from "../analysis/rivals.ts";
import { UKRAINE_RANKINGS, ukraineSupport } from "../analysis/ukraine.ts";
import type { Route } from "./routes.ts";

/** The wider picture: aid to Ukraine, ammunition production, Russia and China beyond SIPRI's dollars. */

export const ukraineQuery = z
  .object({
    rankBy: z
      .enum(UKRAINE_RANKINGS)
      .default("eur")
      .describe("eur (total allocated, EUR bn) | gdp (as % of 2021 GDP)"),
  })
  .strict();

const none = z.object({}).strict();

export const CONTEXT_ROUTES = [
  {
    path: "/api/ukraine",
    summary:
      "Each ally's military and total aid to Ukraine (Kiel tracker), EUR bn and % of GDP, ranked",
    query: ukraineQuery,
    handler: ({ query }, { dataset }) => {
      const record = ukraineSupport(dataset, (query as z.output<typeof ukraineQuery>).rankBy);
      return { json: record, table: record.rows };
    },
  },
  {
    path: "/api/production",
    summary:
      "Stated artillery-ammunition capacity, output and targets, each a claim with its source",
    query: none,
    handler: (_input, { dataset }) => {
      const record = productionStatements(dataset);
      return { json: record, table: record.rows };
    },
  },
  {
    path: "/api/rivals",
    summary:
      "Russia and China at purchasing power parity; Russia's defence budget as a share of spending and GDP",
    query: none,
    handler: (_input, { dataset }) => {
      const record = rivalsBeyondExchangeRates(dataset);
      return { json: record, table: rivalsTable(record) };
    },
  },
] satisfies Route[];
