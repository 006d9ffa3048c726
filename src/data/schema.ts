import { z } from "zod";
import {
  AGGREGATES,
  COMPARATORS,
  isAlly,
  isNatoMetric,
  NATO_METRIC_UNITS,
  PLEDGE_BASES,
  SOURCE_KINDS,
  YEAR_MAX,
  YEAR_MIN,
} from "./vocabulary.ts";

/** Row schemas for every file of the data package. Each takes raw CSV strings. */

const text = z.string();
const required = z.string().trim().min(1, "a non-empty value");

const year = z
  .string()
  .trim()
  .regex(/^\d{4}$/, `a four-digit year between ${YEAR_MIN} and ${YEAR_MAX}`)
  .transform(Number)
  .refine(
    (y) => y >= YEAR_MIN && y <= YEAR_MAX,
    `a four-digit year between ${YEAR_MIN} and ${YEAR_MAX}`,
  );

const optionalYear = z.union([z.literal("").transform(() => null), year], {
  error: "a four-digit year, or nothing",
});

/** Plain decimal notation only: Number() would also read "0x1", "1e3" or "Infinity". */
const DECIMAL = /^-?(\d+(\.\d*)?|\.\d+)$/;

const number = z
  .string()
  .trim()
  .refine((s) => DECIMAL.test(s) && Number.isFinite(Number(s)), "a number (e.g. 2.14)")
  .transform(Number);

/** A target share of GDP: above 0 and at most 100, or nothing. */
const optionalTargetShare = z.union(
  [
    z.literal("").transform(() => null),
    number.refine((n) => n > 0 && n <= 100, "a share of GDP above 0 and at most 100"),
  ],
  { error: "a share of GDP above 0 and at most 100 (e.g. 3.5), or nothing" },
);

const optionalPositive = z.union(
  [z.literal("").transform(() => null), number.refine((n) => n > 0, "a number above 0")],
  { error: "a number above 0, or nothing" },
);

/** Whether YYYY[-MM[-DD]] names a real day (or month, or year) within the data's years. */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [
    Number(m[1]),
    m[2] === undefined ? 1 : Number(m[2]),
    m[3] === undefined ? 1 : Number(m[3]),
  ];
  if (y < YEAR_MIN || y > YEAR_MAX || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** YYYY, YYYY-MM or YYYY-MM-DD, as the commitments NOTES.md allows: a real date. */
const partialDate = z
  .string()
  .trim()
  .refine(
    isCalendarDate,
    `a date as YYYY, YYYY-MM or YYYY-MM-DD, between ${YEAR_MIN} and ${YEAR_MAX}`,
  );

function sourceIds(known: ReadonlySet<string>, folder: string) {
  return z
    .string()
    .trim()
    .min(1, `one or more source ids from ${folder}/sources.csv, separated by ";"`)
    .transform((s) => s.split(";").map((id) => id.trim()))
    .refine(
      (ids) => ids.every((id) => known.has(id)),
      `source ids listed in ${folder}/sources.csv`,
    );
}

export const sourceRow = z.object({
  source_id: required,
  kind: z.enum(SOURCE_KINDS, { error: `one of ${SOURCE_KINDS.join(", ")}` }),
  publisher: text,
  title: text,
  url: text,
  published: text,
  note: text,
});

const allyOrAggregate = z
  .string()
  .trim()
  .refine(
    (s) => (isAlly(s) && s !== "ISL") || Object.hasOwn(AGGREGATES, s),
    "the ISO 3166-1 alpha-3 code of a NATO ally with armed forces (e.g. DEU), or NATO or NEC",
  );

const ally = z
  .string()
  .trim()
  .refine(isAlly, "the ISO 3166-1 alpha-3 code of a NATO ally (e.g. DEU)");

/** NATO metrics given in per cent; every NATO metric but a change is a level, never below 0. */
const PERCENT_METRICS: ReadonlySet<string> = new Set([
  "share_gdp_pct",
  "equipment_share_pct",
  "personnel_share_pct",
  "infrastructure_share_pct",
  "other_share_pct",
]);
/** Year-on-year changes (Table 3's annual real change): negative when spending fell. */
const CHANGE_METRICS: ReadonlySet<string> = new Set(["real_change_pct"]);

export function expenditureRow(sources: ReadonlySet<string>) {
  return z
    .object({
      iso3: allyOrAggregate,
      year,
      metric: z
        .string()
        .refine(isNatoMetric, `one of ${Object.keys(NATO_METRIC_UNITS).join(", ")}`),
      value: number,
      unit: text,
      status: z.enum(["actual", "estimate"], { error: "actual or estimate" }),
      edition: z
        .string()
        .trim()
        .regex(/^(other-)?\d{4}$/, 'an edition such as "2026" or "other-2024"'),
      source_id: sourceIds(sources, "nato"),
    })
    .superRefine((row, ctx) => {
      if (
        Number.isFinite(row.value) &&
        !CHANGE_METRICS.has(row.metric) &&
        (row.value < 0 || (PERCENT_METRICS.has(row.metric) && row.value > 100))
      ) {
        ctx.addIssue({
          code: "custom",
          path: ["value"],
          message: PERCENT_METRICS.has(row.metric)
            ? `a percentage from 0 to 100 for ${row.metric}`
            : `a figure of 0 or more for ${row.metric}`,
        });
      }
      if (isNatoMetric(row.metric) && !NATO_METRIC_UNITS[row.metric].test(row.unit)) {
        ctx.addIssue({
          code: "custom",
          path: ["unit"],
          message: `the unit that goes with ${row.metric} (${NATO_METRIC_UNITS[row.metric].source.replace(/[\^$\\]/g, "").replace("d{4}", "YYYY")})`,
        });
      }
    });
}

/** One NATO publication (an edition): its title and date, for citations. */
export function editionRow(sources: ReadonlySet<string>) {
  return z.object({
    edition: z
      .string()
      .trim()
      .regex(/^(other-)?\d{4}$/, 'an edition such as "2026" or "other-2024"'),
    title: required,
    published: z
      .string()
      .trim()
      .regex(
        /^(\d{4}(-\d{2}(-\d{2})?)?|unknown)$/,
        "a date as YYYY, YYYY-MM or YYYY-MM-DD, or unknown",
      ),
    source_id: sourceIds(sources, "nato"),
    note: text,
  });
}

export function guidelineRow(sources: ReadonlySet<string>) {
  return z.object({
    id: required,
    adopted_on: partialDate,
    forum: text,
    metric: required,
    threshold_pct: optionalTargetShare,
    basis: required,
    deadline_year: optionalYear,
    text,
    source_id: sourceIds(sources, "commitments"),
  });
}

const pledgeBases = Object.keys(PLEDGE_BASES) as [keyof typeof PLEDGE_BASES];

export function pledgeRow(sources: ReadonlySet<string>) {
  return z
    .object({
      id: required,
      iso3: ally,
      made_on: partialDate,
      speaker: text,
      role: text,
      target_share_gdp_pct: optionalTargetShare,
      target_amount: optionalPositive,
      currency: z.string().trim(),
      target_year: optionalYear,
      basis: z.enum(pledgeBases, { error: `one of ${pledgeBases.join(", ")}` }),
      statement: text,
      source_id: sourceIds(sources, "commitments"),
    })
    .superRefine((row, ctx) => {
      if (row.target_amount !== null && !/^[A-Z]{3}$/.test(row.currency)) {
        ctx.addIssue({
          code: "custom",
          path: ["currency"],
          message: "an ISO 4217 currency code (e.g. EUR) when target_amount is given",
        });
      }
    });
}

export function horizonRow(sources: ReadonlySet<string>) {
  return z.object({
    id: required,
    stated_on: partialDate,
    speaker: text,
    role: text,
    horizon_year: year,
    claim: text,
    source_id: sourceIds(sources, "commitments"),
  });
}

export function milexRow(sources: ReadonlySet<string>) {
  return z.object({
    iso3: z
      .string()
      .trim()
      .refine(
        (s) => Object.hasOwn(COMPARATORS, s),
        `one of the comparators ${Object.keys(COMPARATORS).join(", ")}`,
      ),
    year,
    metric: required,
    value: number,
    unit: required,
    source_id: sourceIds(sources, "context"),
  });
}

export function macroRow(sources: ReadonlySet<string>) {
  return z.object({
    iso3: ally,
    year,
    metric: z.enum(["gdp_usd_current_bn", "real_gdp_growth_pct", "inflation_pct"], {
      error: "gdp_usd_current_bn, real_gdp_growth_pct or inflation_pct",
    }),
    value: number,
    unit: required,
    vintage: required,
    source_id: sourceIds(sources, "context"),
  });
}

export function ukraineSupportRow(sources: ReadonlySet<string>) {
  return z.object({
    donor_iso3: required,
    metric: required,
    value: number,
    unit: required,
    cutoff: z
      .string()
      .trim()
      .refine(
        (s) => s === "unknown" || (/^\d{4}-\d{2}-\d{2}$/.test(s) && isCalendarDate(s)),
        "a date as YYYY-MM-DD, or unknown",
      ),
    source_id: sourceIds(sources, "context"),
  });
}

export function productionRow(sources: ReadonlySet<string>) {
  return z.object({
    producer: required,
    item: required,
    year,
    value: number,
    unit: required,
    kind: z.enum(["actual", "target", "estimate"], {
      error: "actual, target or estimate",
    }),
    source_id: sourceIds(sources, "context"),
  });
}
