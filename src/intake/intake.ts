import { type BadFile, type IngestOptions, prepareArticle } from "../store/ingest.ts";
import type { ArticleInput } from "../store/store.ts";
import { type FetchOptions, fetchPage } from "./fetch.ts";
import { readPage } from "./reader.ts";

export interface UrlIntake {
  readonly article: ArticleInput | BadFile;
  /** The address read, after redirects, and whether the reader view found the article. */
  readonly url: string;
  readonly title: string | null;
  readonly readerView: boolean;
}

/**
 * Fetches a page and prepares its main text for the store, like a file: the date is the one
 * given, else the page's publication date from its metadata; the source is the one given,
 * else the address read.
 */
export async function prepareUrl(
  url: string,
  options: IngestOptions & FetchOptions,
): Promise<UrlIntake> {
  const page = await fetchPage(url, options);
  const read = /^text\/plain\b/i.test(page.contentType)
    ? { title: null, text: page.body, publishedOn: null, readerView: false }
    : readPage(page.body, page.url);
  const date = options.date ?? read.publishedOn ?? undefined;
  const prepared = prepareArticle(page.url, read.text, "text", {
    date,
    source: options.source ?? page.url,
  });
  const article =
    "reason" in prepared && prepared.reason.startsWith("no date")
      ? {
          file: page.url,
          reason: "the page's metadata gives no publication date: give the date (YYYY-MM-DD)",
        }
      : prepared;
  return { article, url: page.url, title: read.title, readerView: read.readerView };
}
