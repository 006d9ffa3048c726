import { TABLES } from "../import/layout.ts";
import { compareNatural } from "./collation.ts";
import type { Dataset } from "./dataset.ts";
import type { Publication, Source } from "./types.ts";

/**
 * Citations a reader can use: NATO figures cite NATO's publication (title, table, date), with
 * the transcription they were read through; other sources cite their publisher, title and
 * date. Pure: everything comes from the Dataset's source and publication rows.
 */

export interface Citation {
  readonly id: string;
  /** The whole citation, as a footnote takes it. */
  readonly text: string;
  /** Who published the work cited (NATO for NATO's figures, whoever read them). */
  readonly author: string;
  readonly title: string;
  /** As precise as the sources state it: YYYY, YYYY-MM or YYYY-MM-DD; null when unknown. */
  readonly date: string | null;
  /** NATO's tables the cited figures come from. */
  readonly tables: readonly string[];
  /** The transcription or report the figures were read through, when not NATO's own file. */
  readonly via: string | null;
  readonly url: string | null;
  readonly kind: Source["kind"];
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** The date at the start of a free-text "published" cell, or null ("unknown (commit ...)"). */
export function dateOf(published: string): string | null {
  const match = /^(\d{4})(-\d{2})?(-\d{2})?/.exec(published.trim());
  return match ? match[0] : null;
}

/** "2026-07" -> "July 2026"; "2025-08-28" -> "28 August 2025". */
export function readableDate(date: string | null): string | null {
  if (date === null) return null;
  const [y, m, d] = date.split("-");
  const month = m === undefined ? undefined : MONTHS[Number(m) - 1];
  if (month === undefined) return y ?? null;
  return d === undefined ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

const TABLE_OF = new Map<string, string>(
  TABLES.flatMap((t) => t.blocks.map((b) => [b.metric, t.sheet] as const)),
);

function tableList(tables: readonly string[]): string {
  const numbers = tables.map((t) => t.replace(/^Table /, ""));
  return numbers.length === 1 ? `Table ${numbers[0]}` : `Tables ${numbers.join(", ")}`;
}

const byTable = compareNatural;

interface Use {
  readonly editions: Set<string>;
  readonly tables: Set<string>;
}

const uses = new WeakMap<Dataset, Map<string, Use>>();

/** Which editions and tables each source's figures belong to (computed once per Dataset). */
function usesOf(dataset: Dataset): Map<string, Use> {
  const cached = uses.get(dataset);
  if (cached) return cached;
  const map = new Map<string, Use>();
  for (const o of dataset.observations) {
    if (o.derived) continue;
    for (const id of o.sourceIds) {
      const use = map.get(id) ?? { editions: new Set<string>(), tables: new Set<string>() };
      use.editions.add(o.edition);
      const table = TABLE_OF.get(o.metric);
      if (table) use.tables.add(table);
      map.set(id, use);
    }
  }
  uses.set(dataset, map);
  return map;
}

/** A short name for a transcription or report: "owner/repo (GitHub)" or its publisher. */
export function shortName(source: Source): string {
  const gh = /^github:([^/]+)\/([^/]+)/.exec(source.url);
  if (gh) return `${gh[1]}/${gh[2]} (GitHub)`;
  return source.publisher.replace(/\s*\(.*\)$/, "");
}

function newestPublication(dataset: Dataset, editions: Iterable<string>): Publication | undefined {
  const list = [...editions].sort().reverse();
  for (const e of list) {
    const p = dataset.publication(e);
    if (p) return p;
  }
  return undefined;
}

function natoCitation(source: Source, use: Use, publication: Publication): Citation {
  const tables = [...use.tables].sort(byTable);
  const date = dateOf(publication.published);
  const own = source.publisher === "NATO" && source.kind === "official";
  const via = own ? null : shortName(source);
  const parts = [
    "NATO",
    publication.title,
    ...(tables.length > 0 ? [tableList(tables)] : []),
    ...(date ? [readableDate(date)] : []),
  ];
  return {
    id: source.id,
    text: `${parts.join(", ")}${via ? `, via ${via}` : ""}`,
    author: "NATO",
    title: publication.title,
    date,
    tables,
    via,
    url: /^https?:/.test(source.url) ? source.url : null,
    kind: source.kind,
  };
}

function plainCitation(source: Source): Citation {
  const date = dateOf(source.published);
  const parts = [source.publisher, `"${source.title}"`, ...(date ? [readableDate(date)] : [])];
  return {
    id: source.id,
    text: parts.join(", "),
    author: source.publisher,
    title: source.title,
    date,
    tables: [],
    via: null,
    url: /^https?:/.test(source.url) ? source.url : null,
    kind: source.kind,
  };
}

/** The citation for one source id, or undefined for an unknown id. */
export function citeSource(dataset: Dataset, id: string): Citation | undefined {
  const source = dataset.source(id);
  if (!source) return undefined;
  const use = usesOf(dataset).get(id);
  if (source.folder === "nato" && use) {
    const publication = newestPublication(dataset, use.editions);
    if (publication) return natoCitation(source, use, publication);
  }
  return plainCitation(source);
}

/**
 * A citation short enough for a table cell: "NATO, July 2026", "SIPRI, 28 April 2025"; without
 * the date where the row already gives one (a pledge's).
 */
export function shortCitation(
  dataset: Dataset,
  ids: readonly string[],
  options: { readonly date?: boolean } = {},
): string {
  const parts = ids.map((id) => {
    const c = citeSource(dataset, id);
    // an id from elsewhere (the user's store) is all there is to show
    if (!c) return id;
    const date = options.date === false ? null : readableDate(c.date);
    return `${c.author.replace(/\s*\(.*\)$/, "")}${date ? `, ${date}` : ""}`;
  });
  return [...new Set(parts)].join("; ");
}

/**
 * The sources behind a chart or a table, in at most two short lines: NATO's publications with
 * their tables and dates, then what they were read through and any other publishers. Many
 * statements become a count that points at the table listing them, never a list of ids.
 */
export function sourceNote(
  dataset: Dataset,
  ids: Iterable<string>,
  options: { readonly statements?: string } = {},
): string[] {
  const unique = [...new Set(ids)].sort();
  const known = unique.map((id) => dataset.source(id)).filter((s): s is Source => !!s);
  const all = usesOf(dataset);
  const nato = known.filter((s) => s.folder === "nato" && all.has(s.id));
  const byEdition = new Map<string, { tables: Set<string>; via: Set<string>; pub: Publication }>();
  const loose: Source[] = [];
  for (const s of nato) {
    const use = all.get(s.id) as Use;
    const pub = newestPublication(dataset, use.editions);
    if (!pub) {
      loose.push(s);
      continue;
    }
    const entry = byEdition.get(pub.edition) ?? { tables: new Set(), via: new Set(), pub };
    for (const t of use.tables) entry.tables.add(t);
    if (!(s.publisher === "NATO" && s.kind === "official")) entry.via.add(shortName(s));
    byEdition.set(pub.edition, entry);
  }
  const editions = [...byEdition.values()].sort((a, b) =>
    compareNatural(b.pub.edition, a.pub.edition),
  );
  const [latest, ...earlier] = editions;
  const first: string[] = [];
  const second: string[] = [];
  if (latest) {
    const date = readableDate(dateOf(latest.pub.published));
    const tables = [...latest.tables].sort(byTable);
    first.push(
      [
        "NATO",
        latest.pub.title,
        ...(tables.length > 0 ? [tableList(tables)] : []),
        ...(date ? [date] : []),
      ].join(", "),
    );
    if (earlier.length > 0)
      first.push(
        `${earlier.length} earlier edition${earlier.length === 1 ? "" : "s"} (${earlier.map((e) => e.pub.edition).join(", ")})`,
      );
    const via = editions.flatMap((e) => [...e.via]);
    const viaUnique = [...new Set(via)];
    if (viaUnique.length > 0 && viaUnique.length <= 2)
      second.push(`via ${viaUnique.join(" and ")}`);
    else if (viaUnique.length > 2)
      second.push(`via ${viaUnique.length} transcriptions and reports (see \`sources\`)`);
  }
  const context = [
    ...new Set([
      ...loose.map(shortName),
      ...known
        .filter((s) => s.folder === "context")
        .map((s) => s.publisher.replace(/\s*\(.*\)$/, "")),
    ]),
  ];
  if (context.length > 0 && context.length <= 3) first.push(context.join("; "));
  else if (context.length > 3) first.push(`${context.length} other publishers`);
  const statements = known.filter((s) => s.folder === "commitments");
  if (statements.length > 0 && statements.length <= 2 && options.statements === undefined) {
    second.push(
      statements
        .map((s) => {
          const date = readableDate(dateOf(s.published));
          return `${s.publisher}${date ? ` (${date})` : ""}`;
        })
        .join("; "),
    );
  } else if (statements.length > 0) {
    second.push(
      `${options.statements ?? `${statements.length} statements and reports`}: see the pledges table`,
    );
  }
  const unknown = unique.length - known.length;
  if (unknown > 0) second.push(`${unknown} source${unknown === 1 ? "" : "s"} not in the package`);
  const lines = [first.join("; "), second.join("; ")].filter((l) => l !== "");
  if (lines.length === 0) return [];
  const out = [`Sources: ${lines[0]}`, ...lines.slice(1)];
  out[out.length - 1] = `${out[out.length - 1]}.`;
  return out;
}
