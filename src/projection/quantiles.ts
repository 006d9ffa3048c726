export const BINS = 4096;
/**
 * Each bin has LANES counters, filled in turn: consecutive values that land in one bin then
 * update different counters, which keeps the counting loop from stalling on itself.
 */
export const LANES = 4;

/**
 * Counts values into BINS equal bins over [lo, hi]; values outside fall into the end bins. The
 * bin of a value never decreases as the value grows, so order statistics can be found exactly
 * from the counts whatever the range: a poor range costs time, never accuracy.
 */
export class Histogram {
  /** Count of bin b, lane l at b * LANES + l. */
  readonly counts = new Int32Array(BINS * LANES);
  readonly lo: number;
  readonly scale: number;

  constructor(lo: number, hi: number) {
    this.lo = lo;
    this.scale = hi > lo ? BINS / (hi - lo) : 0;
  }

  bin(v: number): number {
    const b = ((v - this.lo) * this.scale) | 0;
    return b < 0 ? 0 : b >= BINS ? BINS - 1 : b;
  }

  add(v: number, lane = 0): void {
    const i = this.bin(v) * LANES + lane;
    this.counts[i] = (this.counts[i] as number) + 1;
  }

  count(b: number): number {
    let total = 0;
    for (let l = 0; l < LANES; l++) total += this.counts[b * LANES + l] as number;
    return total;
  }
}

/**
 * Quantiles with numpy's default definition (linear interpolation between the order statistics
 * around (n - 1) * q), exact, from a histogram of `values`: one pass gathers the few bins that
 * hold the wanted order statistics, which are then sorted. No full sort.
 */
export function quantilesFromHistogram(
  values: Float64Array,
  histogram: Histogram,
  qs: readonly number[],
): number[] {
  const n = values.length;
  if (n === 0) return qs.map(() => Number.NaN);
  const starts = new Float64Array(BINS + 1);
  for (let b = 0; b < BINS; b++) starts[b + 1] = (starts[b] as number) + histogram.count(b);
  const binOf = (k: number) => {
    let lo = 0;
    let hi = BINS - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((starts[mid] as number) <= k) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  // Each wanted bin gets a slice of one buffer, sized by its count: no growing arrays.
  const wanted = new Int32Array(BINS).fill(-1);
  const offsets: number[] = [];
  let size = 0;
  for (const q of qs) {
    const lo = Math.floor((n - 1) * q);
    for (const k of lo + 1 < n ? [lo, lo + 1] : [lo]) {
      const b = binOf(k);
      if (wanted[b] !== -1) continue;
      wanted[b] = offsets.length;
      offsets.push(size);
      size += histogram.count(b);
    }
  }
  const buffer = new Float64Array(size);
  const filled = Int32Array.from(offsets);
  gather(values, histogram, wanted, buffer, filled);
  const sorted = offsets.map((start, slot) =>
    buffer.subarray(start, filled[slot] as number).sort(),
  );
  const orderStatistic = (k: number) => {
    const b = binOf(k);
    return sorted[wanted[b] as number]?.[k - (starts[b] as number)] as number;
  };
  return qs.map((q) => {
    const h = (n - 1) * q;
    const lo = Math.floor(h);
    const a = orderStatistic(lo);
    return h === lo || lo + 1 >= n ? a : a + (h - lo) * (orderStatistic(lo + 1) - a);
  });
}

/** Copies the values that fall in wanted bins into their slices of `buffer`. */
function gather(
  values: Float64Array,
  histogram: Histogram,
  wanted: Int32Array,
  buffer: Float64Array,
  filled: Int32Array,
): void {
  const { lo, scale } = histogram;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    const raw = ((v - lo) * scale) | 0;
    const slot = wanted[raw < 0 ? 0 : Math.min(raw, BINS - 1)] as number;
    if (slot !== -1) {
      const at = filled[slot] as number;
      buffer[at] = v;
      filled[slot] = at + 1;
    }
  }
}

/** Quantiles of any sample (see quantilesFromHistogram), with the range taken from the data. */
export function quantiles(values: Float64Array, qs: readonly number[]): number[] {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const histogram = new Histogram(min, max);
  for (let i = 0; i < values.length; i++) histogram.add(values[i] as number);
  return quantilesFromHistogram(values, histogram, qs);
}
