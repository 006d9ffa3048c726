import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { isCalendarDate } from "../data/schema.ts";
import { YEAR_MAX, YEAR_MIN } from "../data/vocabulary.ts";
import { extractClaims } from "../extract/extract.ts";
import { type ArticleFormat, formatOf, readsAsEnglish, toText } from "../extract/text.ts";
import type { ArticleInput } from "./store.ts";

export interface BadFile {
  readonly file: string;
  readonly reason: string;
}

export interface IngestOptions {
  /** YYYY-MM-DD for every article; otherwise each article's own "date:" line or meta tag. */
  readonly date?: string;
  readonly source?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The largest article taken, in bytes of UTF-8: a long news feature is under 100 KB. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

/** Only links a reader can open are kept as an article's source. */
export function sourceProblem(source: string): string | null {
  let url: URL;
  try {
    url = new URL(source);
  } catch {
    return `source "${source.slice(0, 80)}" is not a URL: give an http or https address`;
  }
  return url.protocol === "http:" || url.protocol === "https:"
    ? null
    : `source "${source.slice(0, 80)}" is not an http or https address`;
}

/** Strict UTF-8: U+FFFD written in the text is kept; a byte that is not UTF-8 refuses the file. */
export function decodeArticle(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The article's own date: a "date: YYYY-MM-DD" line, or an HTML meta/time element. */
function dateIn(content: string): string | undefined {
  return (
    content.match(/^\s*date:\s*(\d{4}-\d{2}-\d{2})\s*$/im)?.[1] ??
    content.match(
      /<meta[^>]+(?:name|property)="(?:date|article:published_time)"[^>]+content="(\d{4}-\d{2}-\d{2})/i,
    )?.[1] ??
    content.match(/<time[^>]+datetime="(\d{4}-\d{2}-\d{2})/i)?.[1]
  );
}

/** Turns one article's content into what the store keeps, or says why it cannot. */
export function prepareArticle(
  file: string,
  content: string,
  format: ArticleFormat,
  options: IngestOptions,
): ArticleInput | BadFile {
  if (Buffer.byteLength(content, "utf8") > MAX_ARTICLE_BYTES)
    return {
      file,
      reason: `larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MB: not a news article`,
    };
  if (content.includes("\u0000"))
    return { file, reason: "binary content (NUL bytes): not a text article" };
  const date = options.date ?? dateIn(content);
  if (!date)
    return { file, reason: 'no date: give --date YYYY-MM-DD or a "date: YYYY-MM-DD" line' };
  if (!DATE.test(date) || !isCalendarDate(date))
    return {
      file,
      reason: `date "${date}" is not a real day as YYYY-MM-DD between ${YEAR_MIN} and ${YEAR_MAX}`,
    };
  const badSource = options.source === undefined ? null : sourceProblem(options.source);
  if (badSource) return { file, reason: badSource };
  const text = toText(content, format).trim();
  if (text.length === 0) return { file, reason: "no text" };
  return {
    file,
    text,
    publishedOn: date,
    sourceUrl: options.source ?? null,
    claims: extractClaims(text, date),
  };
}

/** Something a reviewer should know about an article that was stored all the same. */
export interface ReadingNote {
  readonly file: string;
  readonly note: string;
}

/** Notes on stored articles: a text in another language gives few claims or none. */
export function readingNotes(inputs: readonly ArticleInput[]): ReadingNote[] {
  return inputs
    .filter((a) => !readsAsEnglish(a.text))
    .map((a) => ({
      file: a.file,
      note: `does not read as English: claims are read from English text only (${a.claims.length} found here); review it by hand or ingest an English version`,
    }));
}

/** Every article file under a path (a file, or a folder and its subfolders), sorted. */
export function articleFiles(path: string): { files: string[]; bad: BadFile[] } {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return { files: [], bad: [{ file: path, reason: "no such file or folder" }] };
  if (stat.isFile()) {
    return formatOf(path)
      ? { files: [path], bad: [] }
      : { files: [], bad: [{ file: path, reason: "not .txt, .md or .html" }] };
  }
  const files: string[] = [];
  for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) files.push(...articleFiles(full).files);
    else if (formatOf(entry.name)) files.push(full);
  }
  return { files, bad: [] };
}

/** Reads and prepares files; any bad file is reported with its reason. */
export function prepareFiles(
  paths: readonly string[],
  options: IngestOptions,
): { inputs: ArticleInput[]; bad: BadFile[] } {
  const inputs: ArticleInput[] = [];
  const bad: BadFile[] = [];
  for (const path of paths) {
    const listed = articleFiles(path);
    bad.push(...listed.bad);
    for (const file of listed.files) {
      let bytes: Uint8Array;
      try {
        if (statSync(file).size > MAX_ARTICLE_BYTES) {
          bad.push({
            file,
            reason: `larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MB: not a news article`,
          });
          continue;
        }
        bytes = readFileSync(file);
      } catch (error) {
        bad.push({ file, reason: `cannot read: ${(error as Error).message}` });
        continue;
      }
      const content = decodeArticle(bytes);
      if (content === null) {
        bad.push({ file, reason: "not valid UTF-8: save the article as UTF-8" });
        continue;
      }
      const prepared = prepareArticle(file, content, formatOf(file) ?? "text", options);
      if ("reason" in prepared) bad.push(prepared);
      else inputs.push(prepared);
    }
  }
  return { inputs, bad };
}

export function displayFile(file: string): string {
  return file === "-" ? "(standard input)" : basename(file);
}
