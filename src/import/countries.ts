import { AGGREGATES, ALLIES } from "../data/vocabulary.ts";

/** Folds a label for matching: case, accents and spacing do not count. */
function fold(label: string): string {
  return label
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** NATO's spellings beside the project's own names and aliases. */
const EXTRA_LABELS: Readonly<Record<string, string>> = {
  "NATO Total": "NATO",
  "NATO Europe and Canada": "NEC",
  "Slovak Republic": "SVK",
  "Czech Republic": "CZE",
  Turkey: "TUR",
};

const BY_LABEL = new Map<string, string>([
  ...ALLIES.flatMap((a) => [a.name, ...(a.aliases ?? [])].map((n) => [fold(n), a.iso3] as const)),
  ...Object.entries(AGGREGATES).map(([code, name]) => [fold(name), code] as const),
  ...Object.entries(EXTRA_LABELS).map(([label, code]) => [fold(label), code] as const),
]);

/**
 * The code for a country label as NATO prints it: footnote marks ("Slovenia*", "Canada (1)"),
 * a currency in Table 1 ("Belgium (Euros)") and stray spaces are dropped first.
 */
export function codeOfLabel(label: string): string | undefined {
  const bare = label
    .replace(/\([^)]*\)/g, " ")
    .replace(/[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+/g, " ")
    .replace(/\s\d+$/, " ");
  return BY_LABEL.get(fold(bare));
}
