import type { z } from "zod";
import { parseCsv } from "./csv.ts";
import { Dataset } from "./dataset.ts";
import { DataError, type DataIssue } from "./errors.ts";
import { DATA_FILES, type DataFileKey, type DataTexts } from "./files.ts";
import {
  editionRow,
  expenditureRow,
  guidelineRow,
  horizonRow,
  macroRow,
  milexRow,
  pledgeRow,
  productionRow,
  sourceRow,
  ukraineSupportRow,
} from "./schema.ts";
import type { ContextFigure, Observation, Source } from "./types.ts";
import type { NatoMetric } from "./vocabulary.ts";

/* Pure: builds the Dataset from the files' text, in Node or in a browser. */

interface Parsed<T> {
  readonly line: number;
  readonly row: T;
}

class Collector {
  readonly issues: DataIssue[] = [];

  rows<S extends z.ZodType>(texts: DataTexts, key: DataFileKey, schema: S): Parsed<z.output<S>>[] {
    const { path, columns } = DATA_FILES[key];
    const table = parseCsv(path, texts[key], columns);
    this.issues.push(...table.issues);
    const out: Parsed<z.output<S>>[] = [];
    for (const { line, cells } of table.rows) {
      const result = schema.safeParse(cells);
      if (result.success) {
        out.push({ line, row: result.data });
        continue;
      }
      for (const issue of result.error.issues) {
        const field = String(issue.path[0] ?? "(row)");
        this.issues.push({
          file: path,
          line,
          field,
          value: cells[field] ?? "",
          expected: issue.message,
        });
      }
    }
    return out;
  }

  unique<T>(key: DataFileKey, rows: Parsed<T>[], keyOf: (row: T) => string, field: string): void {
    const seen = new Map<string, number>();
    for (const { line, row } of rows) {
      const k = keyOf(row);
      const first = seen.get(k);
      if (first === undefined) seen.set(k, line);
      else
        this.issues.push({
          file: DATA_FILES[key].path,
          line,
          field,
          value: k,
          expected: `a key not used before (line ${first} has the same ${field})`,
        });
    }
  }
}

function sourcesOf(collector: Collector, texts: DataTexts, key: DataFileKey, folder: string) {
  const rows = collector.rows(texts, key, sourceRow);
  collector.unique(key, rows, (r) => r.source_id, "source_id");
  return {
    named: namedIds(texts, key),
    sources: rows.map(
      ({ row }): Source => ({
        id: row.source_id,
        kind: row.kind,
        publisher: row.publisher,
        title: row.title,
        url: row.url,
        published: row.published,
        note: row.note,
        folder,
      }),
    ),
  };
}

/**
 * Every id a sources file names, even on a row with another fault: that row's own error is
 * reported once, and the rows citing its id are not reported again for it.
 */
function namedIds(texts: DataTexts, key: DataFileKey): Set<string> {
  const { path, columns } = DATA_FILES[key];
  const ids = parseCsv(path, texts[key], columns).rows.map((r) => (r.cells.source_id ?? "").trim());
  return new Set(ids.filter((id) => id !== ""));
}

const GDP_FROM = {
  usd_current_m: "gdp_usd_current_m",
  usd_constant_m: "gdp_usd_constant_m",
} as const;

/**
 * GDP = spending / share, per (ally, year, edition), in current and in constant (2021) USD,
 * marked derived. NATO's shares are measured on constant prices, so the constant-price GDP is
 * the one whose sums reproduce NATO's aggregate shares.
 */
function deriveGdp(observations: readonly Observation[]): Observation[] {
  const shares = new Map<string, Observation>();
  for (const o of observations) {
    const key = `${o.ally}|${o.year}|${o.edition}`;
    if (o.metric === "share_gdp_pct" && o.value > 0 && !shares.has(key)) shares.set(key, o);
  }
  const derived: Observation[] = [];
  const done = new Set<string>();
  for (const spending of observations) {
    if (spending.metric !== "usd_current_m" && spending.metric !== "usd_constant_m") continue;
    const key = `${spending.ally}|${spending.year}|${spending.edition}`;
    const share = shares.get(key);
    const metric = GDP_FROM[spending.metric];
    if (!share || done.has(`${key}|${metric}`)) continue;
    done.add(`${key}|${metric}`);
    derived.push({
      ally: spending.ally,
      year: spending.year,
      metric,
      value: spending.value / (share.value / 100),
      unit: spending.unit,
      status: spending.status === "estimate" || share.status === "estimate" ? "estimate" : "actual",
      edition: spending.edition,
      basis: spending.basis,
      sourceIds: [...new Set([...spending.sourceIds, ...share.sourceIds])],
      derived: true,
      origin: `derived: ${spending.metric} (${spending.origin}) / share_gdp_pct (${share.origin})`,
    });
  }
  return derived;
}

/**
 * Validates every file of the data package and builds the Dataset. Pure: takes the files' text.
 * Throws DataError listing every bad row (file, line, field, value, what was expected).
 */
export function buildDataset(texts: DataTexts): Dataset {
  const c = new Collector();
  const nato = sourcesOf(c, texts, "natoSources", "nato");
  const commitments = sourcesOf(c, texts, "commitmentSources", "commitments");
  const context = sourcesOf(c, texts, "contextSources", "context");
  const [natoSources, commitmentSources, contextSources] = [nato, commitments, context].map(
    (s) => s.sources,
  ) as [Source[], Source[], Source[]];

  const editions = c.rows(texts, "natoEditions", editionRow(nato.named));
  c.unique("natoEditions", editions, (r) => r.edition, "edition");
  const expenditure = c.rows(texts, "expenditure", expenditureRow(nato.named));
  c.unique(
    "expenditure",
    expenditure,
    (r) => `${r.iso3},${r.year},${r.metric},${r.edition},${r.source_id.join(";")}`,
    "iso3,year,metric,edition,source_id",
  );
  const commitmentIds = commitments.named;
  const guidelines = c.rows(texts, "guidelines", guidelineRow(commitmentIds));
  c.unique("guidelines", guidelines, (r) => r.id, "id");
  const pledges = c.rows(texts, "pledges", pledgeRow(commitmentIds));
  c.unique("pledges", pledges, (r) => r.id, "id");
  const horizons = c.rows(texts, "horizons", horizonRow(commitmentIds));
  c.unique("horizons", horizons, (r) => r.id, "id");
  const contextIds = context.named;
  const milex = c.rows(texts, "milex", milexRow(contextIds));
  const macro = c.rows(texts, "macro", macroRow(contextIds));
  const ukraineSupport = c.rows(texts, "ukraineSupport", ukraineSupportRow(contextIds));
  const production = c.rows(texts, "production", productionRow(contextIds));

  for (const [key, rows] of [
    ["expenditure", expenditure],
    ["guidelines", guidelines],
  ] as const) {
    if (
      rows.length === 0 &&
      texts[key].trim() !== "" &&
      !c.issues.some((i) => i.file === DATA_FILES[key].path)
    ) {
      c.issues.push({
        file: DATA_FILES[key].path,
        line: 2,
        field: "(file)",
        value: "",
        expected: "at least one row below the header: the tool has nothing to measure without it",
      });
    }
  }
  if (c.issues.length > 0) throw new DataError(c.issues);

  const observations: Observation[] = expenditure.map(({ line, row }) => ({
    ally: row.iso3,
    year: row.year,
    metric: row.metric as NatoMetric,
    value: row.value,
    unit: row.unit,
    status: row.status,
    edition: row.edition,
    basis: "nato",
    sourceIds: row.source_id,
    derived: false,
    origin: `${DATA_FILES.expenditure.path}:${line}`,
  }));

  return new Dataset({
    observations: [...observations, ...deriveGdp(observations)],
    sources: new Map(
      [...natoSources, ...commitmentSources, ...contextSources].map((s) => [s.id, s]),
    ),
    publications: editions.map(({ row }) => ({
      edition: row.edition,
      title: row.title,
      published: row.published,
      sourceIds: row.source_id,
      note: row.note,
    })),
    guidelines: guidelines.map(({ row }) => ({
      id: row.id,
      adoptedOn: row.adopted_on,
      forum: row.forum,
      metric: row.metric,
      thresholdPct: row.threshold_pct,
      basis: row.basis,
      deadlineYear: row.deadline_year,
      text: row.text,
      sourceIds: row.source_id,
    })),
    pledges: pledges.map(({ row }) => ({
      id: row.id,
      ally: row.iso3,
      madeOn: row.made_on,
      speaker: row.speaker,
      role: row.role,
      targetSharePct: row.target_share_gdp_pct,
      targetAmount: row.target_amount,
      currency: row.currency === "" ? null : row.currency,
      targetYear: row.target_year,
      basis: row.basis,
      statement: row.statement,
      sourceIds: row.source_id,
    })),
    horizons: horizons.map(({ row }) => ({
      id: row.id,
      statedOn: row.stated_on,
      speaker: row.speaker,
      role: row.role,
      horizonYear: row.horizon_year,
      claim: row.claim,
      sourceIds: row.source_id,
    })),
    milex: milex.map(
      ({ row }): ContextFigure => ({
        country: row.iso3,
        year: row.year,
        metric: row.metric,
        value: row.value,
        unit: row.unit,
        // SIPRI's own series use these units; the others are national budget lines or other
        // publishers' estimates, each named by its unit.
        basis: /^(pct|usd_m_current|usd_m_constant_\d{4}|[a-z]{3}_m)$/.test(row.unit)
          ? "sipri"
          : "national",
        sourceIds: row.source_id,
      }),
    ),
    macro: macro.map(({ row }) => ({
      ally: row.iso3,
      year: row.year,
      metric: row.metric,
      value: row.value,
      unit: row.unit,
      vintage: row.vintage,
      sourceIds: row.source_id,
    })),
    ukraineSupport: ukraineSupport.map(({ line, row }) => ({
      donor: row.donor_iso3,
      metric: row.metric,
      value: row.value,
      unit: row.unit,
      cutoff: row.cutoff,
      sourceIds: row.source_id,
      origin: `${DATA_FILES.ukraineSupport.path}:${line}`,
    })),
    production: production.map(({ line, row }) => ({
      producer: row.producer,
      item: row.item,
      year: row.year,
      value: row.value,
      unit: row.unit,
      kind: row.kind,
      sourceIds: row.source_id,
      origin: `${DATA_FILES.production.path}:${line}`,
    })),
  });
}
