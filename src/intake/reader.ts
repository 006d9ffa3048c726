import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { htmlToText } from "../extract/text.ts";

export interface ReadPage {
  readonly title: string | null;
  /** The article's headline and main text, without navigation, advertising or comments. */
  readonly text: string;
  /** YYYY-MM-DD from the page's metadata, when it gives one. */
  readonly publishedOn: string | null;
  /** false when the reader found no article and the whole page's text was kept. */
  readonly readerView: boolean;
}

const DAY = /^(\d{4}-\d{2}-\d{2})/;

/** The first date among the publication-date fields pages use, as written (YYYY-MM-DD). */
function publishedOn(document: Document): string | null {
  const metas = [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[property="og:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="datePublished"]',
    'meta[name="pubdate"]',
    'meta[name="publishdate"]',
    'meta[name="date"]',
    'meta[name="DC.date.issued"]',
    'meta[name="dc.date"]',
    'meta[name="parsely-pub-date"]',
    'meta[name="sailthru.date"]',
  ];
  for (const selector of metas) {
    const day = document.querySelector(selector)?.getAttribute("content")?.trim().match(DAY)?.[1];
    if (day) return day;
  }
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const day = script.textContent?.match(/"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})/)?.[1];
    if (day) return day;
  }
  const time = document.querySelector("article time[datetime], time[datetime]");
  return time?.getAttribute("datetime")?.trim().match(DAY)?.[1] ?? null;
}

/**
 * The main text of a web page, as a browser's reader view shows it (Mozilla's Readability on
 * a linkedom document): the headline, then the article's paragraphs. When Readability finds
 * no article, the whole page's text is kept and `readerView` says so.
 */
export function readPage(html: string, url?: string): ReadPage {
  const { document } = parseHTML(html);
  const date = publishedOn(document as unknown as Document);
  if (url) {
    const base = document.createElement("base");
    base.setAttribute("href", url);
    document.head?.appendChild(base);
  }
  const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  if (!article?.content) {
    return { title: null, text: htmlToText(html), publishedOn: date, readerView: false };
  }
  const title = article.title?.trim() || null;
  const body = htmlToText(article.content);
  const text = title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
  return {
    title,
    text,
    publishedOn: date ?? article.publishedTime?.match(DAY)?.[1] ?? null,
    readerView: true,
  };
}
