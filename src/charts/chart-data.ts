import type { TopLevelSpec } from "vega-lite";

/** The data behind a spec, flattened, for "download as CSV". */
export function chartData(spec: TopLevelSpec): Record<string, unknown>[] {
  const s = spec as {
    data?: { values?: Record<string, unknown>[] };
    layer?: { data?: { values?: Record<string, unknown>[] } }[];
  };
  if (s.data?.values) return s.data.values;
  const layers = s.layer ?? [];
  const biggest = layers.map((l) => l.data?.values ?? []).sort((a, b) => b.length - a.length)[0];
  return biggest ?? [];
}
