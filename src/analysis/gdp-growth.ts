import { compareText } from "../data/collation.ts";
import type { Dataset, SeriesOptions } from "../data/dataset.ts";
import type { MacroFigure } from "../data/types.ts";
import { historicalGdpGrowth } from "./historical-growth.ts";

/** Nominal GDP growth in one year, and which link of the chain it came from. */
export interface GrowthStep {
  readonly year: number;
  /** Percent, nominal, in current USD. */
  readonly pct: number;
  readonly kind: "imf" | "imf_held" | "alliance_median" | "history" | "none";
  readonly from: string;
  readonly sourceIds: readonly string[];
}

/** The order in which GDP growth is looked for, said wherever the assumption is shown. */
export const GDP_GROWTH_CHAIN = [
  "imf: the IMF WEO nominal GDP growth for the year (the ratio of its USD GDP levels, newest vintage)",
  "imf_held: after the IMF's last year, its last year's rate held, so the projection does not jump where the IMF years end",
  "alliance_median: an ally with no IMF row at all takes the median of the IMF rates of the allies it covers, for the year or, after them, their last year",
  "history: years before any IMF row (a back-test) use the ally's own average over its last five years of GDP derived from NATO's figures",
] as const;

interface ImfRate {
  readonly year: number;
  readonly pct: number;
  readonly vintage: string;
  readonly sourceIds: readonly string[];
}

const imfLevels = new WeakMap<Dataset, Map<string, MacroFigure[]>>();

/** The IMF's USD GDP levels per ally, newest vintage first: grouped once per Dataset. */
function imfGdpLevels(dataset: Dataset, ally: string): readonly MacroFigure[] {
  let byAlly = imfLevels.get(dataset);
  if (!byAlly) {
    byAlly = new Map();
    for (const m of dataset.macro) {
      if (m.metric !== "gdp_usd_current_bn") continue;
      const list = byAlly.get(m.ally);
      if (list) list.push(m);
      else byAlly.set(m.ally, [m]);
    }
    for (const list of byAlly.values()) list.sort((a, b) => compareText(b.vintage, a.vintage));
    imfLevels.set(dataset, byAlly);
  }
  return byAlly.get(ally) ?? [];
}

/** The IMF's nominal USD GDP growth per year for one ally: newest vintage with both levels. */
export function imfRates(dataset: Dataset, ally: string): ImfRate[] {
  const levels = imfGdpLevels(dataset, ally);
  const byYearAndVintage = new Map<string, MacroFigure>();
  for (const m of levels) {
    const key = `${m.year}|${m.vintage}`;
    if (!byYearAndVintage.has(key)) byYearAndVintage.set(key, m);
  }
  const byYear = new Map<number, ImfRate>();
  for (const now of levels) {
    if (byYear.has(now.year)) continue;
    const before = byYearAndVintage.get(`${now.year - 1}|${now.vintage}`);
    if (!before) continue;
    byYear.set(now.year, {
      year: now.year,
      pct: (now.value / before.value - 1) * 100,
      vintage: now.vintage,
      sourceIds: [...new Set([...now.sourceIds, ...before.sourceIds])],
    });
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1
    ? (s[mid] as number)
    : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Builds the growth chain for one dataset: IMF rates per ally computed once. */
export class GdpGrowthChain {
  readonly #dataset: Dataset;
  readonly #rates = new Map<string, ImfRate[]>();
  #covered: string[] | null = null;

  constructor(dataset: Dataset) {
    this.#dataset = dataset;
  }

  #ratesOf(ally: string): ImfRate[] {
    let r = this.#rates.get(ally);
    if (!r) {
      r = imfRates(this.#dataset, ally);
      this.#rates.set(ally, r);
    }
    return r;
  }

  /** Allies the IMF rows cover. */
  covered(): string[] {
    this.#covered ??= this.#dataset.alliesWithData().filter((a) => this.#ratesOf(a).length > 0);
    return this.#covered;
  }

  /**
   * Nominal GDP growth for `year`, for an ally whose latest figure is for `startYear`: IMF, then
   * the IMF's last rate held, then the alliance median of IMF rates, then the ally's history.
   */
  step(ally: string, year: number, startYear: number, options: SeriesOptions = {}): GrowthStep {
    const own = this.#ratesOf(ally);
    const imf = own.find((r) => r.year === year);
    if (imf) {
      return {
        year,
        pct: imf.pct,
        kind: "imf",
        from: `IMF ${imf.vintage}`,
        sourceIds: imf.sourceIds,
      };
    }
    const last = own.at(-1);
    if (last && year > last.year) {
      return {
        year,
        pct: last.pct,
        kind: "imf_held",
        from: `IMF ${last.vintage} rate for ${last.year}, held`,
        sourceIds: last.sourceIds,
      };
    }
    if (own.length === 0) {
      const covered = this.covered();
      const lastYear = Math.max(...covered.map((a) => this.#ratesOf(a).at(-1)?.year ?? 0));
      const firstYear = Math.min(...covered.map((a) => this.#ratesOf(a)[0]?.year ?? year));
      const y = Math.min(year, lastYear);
      if (covered.length > 0 && year >= firstYear) {
        const rates = covered.flatMap((a) => this.#ratesOf(a).filter((r) => r.year === y));
        if (rates.length > 0) {
          const vintage = rates[0]?.vintage ?? "";
          return {
            year,
            pct: median(rates.map((r) => r.pct)),
            kind: "alliance_median",
            from: `median of the IMF ${vintage} rates of ${rates.length} allies${y < year ? ` for ${y}, held` : ""} (no IMF row for ${ally})`,
            sourceIds: [...new Set(rates.flatMap((r) => r.sourceIds))],
          };
        }
      }
    }
    const history = historicalGdpGrowth(this.#dataset, ally, startYear, 5, options);
    if (history) {
      return { year, pct: history.pct, kind: "history", from: history.from, sourceIds: [] };
    }
    return { year, pct: 0, kind: "none", from: "no growth data: GDP held flat", sourceIds: [] };
  }

  /** Each year after `startYear` up to `toYear`. */
  path(ally: string, startYear: number, toYear: number, options: SeriesOptions = {}): GrowthStep[] {
    const out: GrowthStep[] = [];
    for (let y = startYear + 1; y <= toYear; y++) out.push(this.step(ally, y, startYear, options));
    return out;
  }
}

const chains = new WeakMap<Dataset, GdpGrowthChain>();

/** The chain for a dataset, built once (a Dataset never changes). */
export function gdpGrowthChain(dataset: Dataset): GdpGrowthChain {
  let chain = chains.get(dataset);
  if (!chain) {
    chain = new GdpGrowthChain(dataset);
    chains.set(dataset, chain);
  }
  return chain;
}

/**
 * One average rate for the years from `startYear` to `toYear` (compounded), with every link of
 * the chain it used, in words: what the NEED %/yr column assumes.
 */
export function averageGrowth(
  dataset: Dataset,
  ally: string,
  startYear: number,
  toYear: number,
  options: SeriesOptions = {},
): { pct: number; from: string; kinds: readonly GrowthStep["kind"][] } | null {
  const steps = gdpGrowthChain(dataset).path(
    ally,
    startYear,
    Math.max(toYear, startYear + 1),
    options,
  );
  if (steps.length === 0) return null;
  const factor = steps.reduce((f, s) => f * (1 + s.pct / 100), 1);
  const pct = (factor ** (1 / steps.length) - 1) * 100;
  const groups: { from: string; first: number; last: number }[] = [];
  for (const s of steps) {
    const g = groups.at(-1);
    if (g && g.from === s.from) g.last = s.year;
    else groups.push({ from: s.from, first: s.year, last: s.year });
  }
  return {
    pct,
    from: groups
      .map((g) => `${g.first === g.last ? g.first : `${g.first}-${g.last}`}: ${g.from}`)
      .join("; "),
    kinds: [...new Set(steps.map((s) => s.kind))],
  };
}

/** Derived GDP this far from the IMF's (5%) is worth saying beside the figure. */
export const GDP_DEPARTURE_LIMIT = 0.05;
/** A year-on-year change in derived real GDP beyond 20% is a change of denominator, not growth. */
export const GDP_JUMP_LIMIT = 0.2;

/**
 * What to say beside a figure whose GDP (derived from NATO's spending and share) is doubtful: it
 * departs from the IMF's GDP for the same year by more than 5%, or derived real GDP jumps by
 * more than 20% in a year within the `years` years up to `year`.
 */
export function gdpChecks(
  dataset: Dataset,
  ally: string,
  year: number,
  years = 5,
  options: SeriesOptions = {},
): string[] {
  const flags: string[] = [];
  const derived = dataset.point(ally, "gdp_usd_current_m", year, options);
  const imf = imfGdpLevels(dataset, ally).find((m) => m.year === year);
  if (derived && imf) {
    const off = derived.value / (imf.value * 1000) - 1;
    if (Math.abs(off) > GDP_DEPARTURE_LIMIT) {
      flags.push(
        `GDP derived from NATO's figures for ${year} is ${signedPct(off)} off the IMF's (${imf.vintage})`,
      );
    }
  }
  const real = dataset.series(ally, "gdp_usd_constant_m", options);
  for (let y = year - years + 1; y <= year; y++) {
    const now = real.find((p) => p.year === y);
    const before = real.find((p) => p.year === y - 1);
    if (!now || !before) continue;
    const change = now.value / before.value - 1;
    if (Math.abs(change) > GDP_JUMP_LIMIT) {
      flags.push(
        `real GDP derived from NATO's figures changes ${signedPct(change)} from ${y - 1} to ${y}: a change of denominator, not growth`,
      );
    }
  }
  return flags;
}

const signedPct = (x: number) => `${x > 0 ? "+" : ""}${(x * 100).toFixed(1)}%`;
