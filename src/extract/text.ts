/** Article formats the ingester accepts, by file extension. */
export type ArticleFormat = "text" | "markdown" | "html";

export function formatOf(file: string): ArticleFormat | null {
  const ext = file.toLowerCase().split(".").pop() ?? "";
  if (["txt", "text"].includes(ext)) return "text";
  if (["md", "markdown"].includes(ext)) return "markdown";
  if (["html", "htm"].includes(ext)) return "html";
  return null;
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

/** HTML reduced to its text: scripts and styles dropped, blocks on their own lines, entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|noscript|template)[^>]*>[\s\S]*?<\/\1>/gi, " ")
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(
      /<\/?(p|div|br|h[1-6]|li|ul|ol|section|article|header|footer|blockquote|tr|title)\b[^>]*>/gi,
      "\n",
    )
    .replace(/<[^>]+>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
      if (e[0] === "#") {
        const code =
          e[1]?.toLowerCase() === "x" ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
        // outside Unicode (or a surrogate) is not a character: the replacement character
        if (!Number.isInteger(code) || code < 0) return m;
        return code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)
          ? "\uFFFD"
          : String.fromCodePoint(code);
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/[ \t]+/g, " ")
    .replace(/\n\s*\n+/g, "\n\n")
    .trim();
}

/** Markdown reduced to its text: markup and link targets dropped, the words kept. */
export function markdownToText(md: string): string {
  return md
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^#{1,6}\s*/gm, "")
    .replace(/^\s*[-*+>]\s+/gm, "")
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, "$2")
    .trim();
}

export function toText(content: string, format: ArticleFormat): string {
  return format === "html"
    ? htmlToText(content)
    : format === "markdown"
      ? markdownToText(content)
      : content;
}

/** The commonest English words, which make up well over a tenth of any English news text. */
const ENGLISH_WORDS = new Set(
  "the and of to in is that will for with on by as said its from be has are was it this have".split(
    " ",
  ),
);

/**
 * Whether a text reads as English: claims are found in English text only (and in the English of
 * machine translations). Texts of under 30 words are given the benefit of the doubt.
 */
export function readsAsEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 30) return true;
  return words.filter((w) => ENGLISH_WORDS.has(w)).length / words.length >= 0.08;
}
