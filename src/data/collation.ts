/*
 * Orders for the strings the data holds: identifiers, ISO codes, ISO dates and vintages. Plain
 * comparisons, not localeCompare or Intl: the first use of ICU's collation costs tens of
 * milliseconds, which a command that answers in a few dozen should not pay.
 */

/** Code-unit order, case first by its code: for ASCII identifiers, codes and dates. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const RUNS = /\d+|\D+/g;

/** Case ignored, runs of digits by value: "Table 2" before "Table 10", "8a" before "8b". */
export function compareNatural(a: string, b: string): number {
  const x = a.toLowerCase().match(RUNS) ?? [];
  const y = b.toLowerCase().match(RUNS) ?? [];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i] as string;
    const q = y[i] as string;
    if (p === q) continue;
    const digits = /^\d/.test(p) && /^\d/.test(q);
    return digits ? Number(p) - Number(q) || compareText(p, q) : compareText(p, q);
  }
  return x.length - y.length;
}

/** 1234567 -> "1,234,567": the grouping toLocaleString("en") gives, without loading ICU. */
export function withThousands(n: number): string {
  const [whole = "", fraction] = String(Math.abs(n)).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${n < 0 ? "-" : ""}${grouped}${fraction === undefined ? "" : `.${fraction}`}`;
}
