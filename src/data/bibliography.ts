import type { Citation } from "./citation.ts";

/* Citations as a reference manager takes them: BibTeX and CSL-JSON. Pure. */

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function dateParts(date: string | null): number[] | null {
  return date === null ? null : date.split("-").map(Number);
}

function note(c: Citation): string | undefined {
  const parts = [
    ...(c.tables.length > 0 ? [c.tables.join(", ")] : []),
    ...(c.via ? [`via ${c.via}`] : []),
  ];
  return parts.length > 0 ? parts.join("; ") : undefined;
}

const CSL_TYPE: Record<Citation["kind"], string> = {
  official: "report",
  press: "article-newspaper",
  secondary: "webpage",
};

/** One CSL-JSON item per citation (https://citeproc-js.readthedocs.io, CSL 1.0.2 data). */
export function toCslJson(citations: readonly Citation[]): object[] {
  return citations.map((c) => {
    const parts = dateParts(c.date);
    const extra = note(c);
    return {
      id: c.id,
      type: c.author === "NATO" && c.tables.length > 0 ? "dataset" : CSL_TYPE[c.kind],
      title: c.title,
      author: [{ literal: c.author }],
      publisher: c.author,
      ...(parts ? { issued: { "date-parts": [parts] } } : {}),
      ...(c.url ? { URL: c.url } : {}),
      ...(extra ? { note: extra } : {}),
    };
  });
}

/** TeX's special characters, escaped; braces keep a publisher's name as one "author". */
function tex(value: string): string {
  return value
    .replace(/\\/g, "\\textbackslash{}")
    .replace(/([{}&%$#_])/g, "\\$1")
    .replace(/~/g, "\\textasciitilde{}")
    .replace(/\^/g, "\\textasciicircum{}");
}

/** One BibTeX @misc entry per citation. */
export function toBibtex(citations: readonly Citation[]): string {
  return citations
    .map((c) => {
      const parts = dateParts(c.date);
      const month = parts?.[1] === undefined ? undefined : MONTHS[parts[1] - 1];
      const extra = note(c);
      const fields = [
        `  author = {{${tex(c.author)}}}`,
        `  title = {${tex(c.title)}}`,
        ...(parts?.[0] !== undefined ? [`  year = {${parts[0]}}`] : []),
        ...(month ? [`  month = ${month}`] : []),
        ...(c.url ? [`  url = {${c.url}}`] : []),
        ...(extra ? [`  note = {${tex(extra)}}`] : []),
      ];
      return `@misc{${c.id.replace(/[^A-Za-z0-9_:-]/g, "_")},\n${fields.join(",\n")}\n}\n`;
    })
    .join("\n");
}
