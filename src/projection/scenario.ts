import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { defaultHorizon } from "../analysis/horizon.ts";
import type { Target } from "../analysis/targets.ts";
import type { Dataset } from "../data/dataset.ts";
import { ALLIES, isAlly } from "../data/vocabulary.ts";
import {
  latestComparablePledge,
  PATH_KINDS,
  type PathKind,
  type ProjectedPath,
  projectPath,
} from "./paths.ts";

const iso3 = z.string().refine(isAlly, "an ally's ISO 3166-1 alpha-3 code (e.g. DEU)");
const year = z
  .number()
  .int("a whole year")
  .min(2000, "a year from 2000")
  .max(2100, "a year up to 2100");
const pathKind = z.enum(PATH_KINDS, { error: `one of ${PATH_KINDS.join(", ")}` });
const growthPct = z
  .number()
  .min(-50, "a growth rate above -50%")
  .max(100, "a growth rate below 100%");

/** A scenario file: what to project, for whom, under which assumptions. */
export const scenarioSchema = z
  .object({
    name: z.string({ error: "a name, as text" }).min(1, "a name"),
    description: z.string().optional(),
    target: z
      .object({
        threshold: z
          .number({ error: "a share of GDP in %, as a number (e.g. 3.5)" })
          .positive("a share of GDP above 0")
          .max(100, "a share of GDP up to 100"),
        basis: z.enum(["core", "total"], {
          error:
            "core (NATO core defence) or total (core plus related, which NATO does not publish)",
        }),
        deadline: z.union([year, z.literal("horizon")], {
          error: 'a year, or "horizon" (the scenario\'s threat horizon)',
        }),
      })
      .strict(),
    horizon: z
      .union([z.literal("default"), year, z.null()], {
        error: 'a year, "default" (the earliest horizon a NATO official stated) or null',
      })
      .default("default"),
    path: pathKind.default("linear"),
    to: year.optional(),
    asOf: year.optional(),
    growth: z
      .object({
        default: z.union([z.literal("data"), growthPct], {
          error:
            '"data" (IMF where it has the year, else the ally\'s own history) or a growth rate in %',
        }),
        overrides: z.record(iso3, growthPct).default({}),
      })
      .strict()
      .default({ default: "data", overrides: {} }),
    allies: z
      .union([z.literal("all"), z.array(iso3).min(1, "at least one ally")], {
        error: '"all" or a list of ISO3 codes',
      })
      .default("all"),
    overrides: z
      .record(
        iso3,
        z
          .object({
            path: pathKind.optional(),
            pledge: z
              .string()
              .regex(/^P\d+$/, "a pledge id such as P001")
              .optional(),
            growth: growthPct.optional(),
          })
          .strict(),
      )
      .default({}),
  })
  .strict();

export type Scenario = z.output<typeof scenarioSchema>;

export class ScenarioError extends Error {
  override name = "ScenarioError";
}

/** A scenario is a few dozen lines; a file far larger is not one (counted in characters). */
export const MAX_SCENARIO_BYTES = 256 * 1024;
/** A scenario nests a few levels; parsers recurse once per level. */
const MAX_NESTING = 32;

/** The deepest nesting of brackets and braces in the text (quoted text aside, roughly). */
function nesting(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (const ch of text) {
    if (ch === "[" || ch === "{") deepest = Math.max(deepest, ++depth);
    else if ((ch === "]" || ch === "}") && depth > 0) depth--;
  }
  return deepest;
}

/** Parses and validates a scenario; errors name the file, the field and what was expected. */
export function parseScenario(text: string, file: string): Scenario {
  if (text.length > MAX_SCENARIO_BYTES) {
    throw new ScenarioError(
      `${file}: larger than ${MAX_SCENARIO_BYTES / 1024} KB: not a scenario file`,
    );
  }
  if (nesting(text) > MAX_NESTING) {
    throw new ScenarioError(
      `${file}: nested more than ${MAX_NESTING} levels deep: not a scenario file`,
    );
  }
  const isJson = /\.json$/i.test(file);
  let raw: unknown;
  try {
    raw = isJson ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new ScenarioError(
      `${file}: not valid ${isJson ? "JSON" : "YAML"}: ${(error as Error).message}`,
    );
  }
  const result = scenarioSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join(".") : "(top level)";
    const value = valueAt(raw, issue.path);
    const message =
      issue.code === "unrecognized_keys"
        ? `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}: remove ${issue.keys.length > 1 ? "them" : "it"}`
        : value === undefined
          ? "missing: add it"
          : `expected ${issue.message} (got ${shortJson(value)})`;
    return `${file}: field "${field}": ${message}`;
  });
  throw new ScenarioError(problems.join("\n"));
}

function shortJson(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 80)}...` : text;
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let here = raw;
  for (const key of path) {
    if (here === null || typeof here !== "object") return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

export interface AllianceYear {
  readonly year: number;
  readonly spendingUsdM: number;
  readonly gdpUsdM: number;
  /**
   * Summed spending over summed GDP, percent: at constant (2021) prices, as NATO weighs its
   * aggregate shares, when every ally has them that year; else in current USD (see shareBasis).
   */
  readonly sharePct: number;
  readonly shareBasis: "constant_2021_usd" | "current_usd";
  /** What the allies below the threshold lack that year, summed: USD million. */
  readonly moneyGapUsdM: number;
  readonly alliesAtThreshold: number;
}

export interface ScenarioResult {
  readonly scenario: Scenario;
  readonly target: Target;
  readonly horizon: number | null;
  readonly asOf: number;
  readonly to: number;
  readonly paths: readonly ProjectedPath[];
  /** Allies left out, and why (no figure, no comparable pledge). */
  readonly skipped: readonly { readonly ally: string; readonly reason: string }[];
  readonly alliance: readonly AllianceYear[];
}

/** Runs a scenario: one path per ally, and the alliance's totals and money gap per year. Pure. */
export function runScenario(dataset: Dataset, scenario: Scenario): ScenarioResult {
  const asOf = scenario.asOf ?? dataset.latestYear();
  if (asOf === undefined) throw new ScenarioError("the data has no share-of-GDP figures");
  const horizon =
    scenario.horizon === "default"
      ? (defaultHorizon(dataset)?.horizonYear ?? null)
      : scenario.horizon;
  const deadline = scenario.target.deadline === "horizon" ? horizon : scenario.target.deadline;
  if (deadline === null) {
    throw new ScenarioError(`scenario "${scenario.name}": deadline "horizon" needs a horizon year`);
  }
  const to = scenario.to ?? Math.max(deadline, horizon ?? 0);
  const total = scenario.target.basis === "total";
  const target: Target = {
    id: `scenario:${scenario.name}`,
    label: `${scenario.name}: ${scenario.target.threshold}% of GDP by ${deadline}`,
    metric: "share_gdp_pct",
    threshold: scenario.target.threshold,
    basis: "nato",
    deadline,
    deadlineFrom:
      scenario.target.deadline === "horizon" ? "the scenario's threat horizon" : "scenario",
    sourceIds: [],
    caveat: total
      ? "NATO publishes core defence spending only: core spending is compared with a total target"
      : null,
  };
  const allies = scenario.allies === "all" ? ALLIES.map((a) => a.iso3) : scenario.allies;
  const paths: ProjectedPath[] = [];
  const skipped: { ally: string; reason: string }[] = [];
  for (const ally of allies) {
    const override = scenario.overrides[ally];
    const kind: PathKind = override?.path ?? scenario.path;
    if (kind === "pledge" && !override?.pledge && !latestComparablePledge(dataset, ally)) {
      skipped.push({
        ally,
        reason: "no pledge with a share of GDP, a year and a NATO-comparable basis",
      });
      continue;
    }
    const growth =
      override?.growth ??
      scenario.growth.overrides[ally] ??
      (scenario.growth.default === "data" ? undefined : scenario.growth.default);
    try {
      paths.push(
        projectPath(dataset, ally, kind, {
          asOf,
          to,
          target,
          gdpGrowthPct: growth,
          pledgeId: override?.pledge,
        }),
      );
    } catch (error) {
      skipped.push({ ally, reason: (error as Error).message });
    }
  }
  interface Sums {
    spending: number;
    gdp: number;
    spendingConstant: number;
    gdpConstant: number;
    constantMissing: boolean;
    gap: number;
    at: number;
  }
  const years = new Map<number, Sums>();
  for (const path of paths) {
    for (const y of path.years) {
      const acc = years.get(y.year) ?? {
        spending: 0,
        gdp: 0,
        spendingConstant: 0,
        gdpConstant: 0,
        constantMissing: false,
        gap: 0,
        at: 0,
      };
      acc.spending += y.spendingUsdM;
      acc.gdp += y.gdpUsdM;
      if (y.spendingConstantUsdM === null || y.gdpConstantUsdM === null) acc.constantMissing = true;
      else {
        acc.spendingConstant += y.spendingConstantUsdM;
        acc.gdpConstant += y.gdpConstantUsdM;
      }
      acc.gap += Math.max(0, (target.threshold / 100) * y.gdpUsdM - y.spendingUsdM);
      if (y.sharePct >= target.threshold - 1e-9) acc.at++;
      years.set(y.year, acc);
    }
  }
  // Years where some allies have no path (a later start) would mix sets: keep full years only.
  const alliance = [...years.entries()]
    .filter(([year]) => paths.every((p) => p.years.some((y) => y.year === year)))
    .sort(([a], [b]) => a - b)
    .map(([year, acc]) => ({
      year,
      spendingUsdM: acc.spending,
      gdpUsdM: acc.gdp,
      sharePct: acc.constantMissing
        ? (acc.spending / acc.gdp) * 100
        : (acc.spendingConstant / acc.gdpConstant) * 100,
      shareBasis: acc.constantMissing ? ("current_usd" as const) : ("constant_2021_usd" as const),
      moneyGapUsdM: acc.gap,
      alliesAtThreshold: acc.at,
    }));
  return {
    scenario,
    target,
    horizon,
    asOf,
    to,
    paths,
    skipped,
    alliance,
  };
}
