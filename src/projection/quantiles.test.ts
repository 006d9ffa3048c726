import { describe, expect, it } from "vitest";
import { quantiles } from "./quantiles.ts";
import { Random } from "./rng.ts";

function sortedQuantile(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, s.length - 1);
  return (s[lo] as number) + (h - lo) * ((s[hi] as number) - (s[lo] as number));
}

describe("quantiles", () => {
  it("match a full sort with linear interpolation, with ties, skew and odd sizes", () => {
    const rng = new Random(7);
    const qs = [0, 0.1, 0.5, 0.9, 1];
    const samples = [
      (n: number) => Array.from({ length: n }, () => Math.round(rng.normal() * 3) / 2),
      (n: number) => Array.from({ length: n }, () => rng.normal()),
      (n: number) => Array.from({ length: n }, () => Math.exp(3 * rng.normal())),
    ];
    for (const make of samples) {
      for (const n of [1, 2, 3, 10, 101, 1000, 20_000]) {
        const values = make(n);
        const got = quantiles(Float64Array.from(values), qs);
        for (const [i, q] of qs.entries()) {
          expect(got[i], `n=${n} q=${q}`).toBe(sortedQuantile(values, q));
        }
      }
    }
  });

  it("handles a constant sample and an empty one", () => {
    expect(quantiles(Float64Array.from([2, 2, 2]), [0.1, 0.9])).toEqual([2, 2]);
    expect(quantiles(new Float64Array(0), [0.5])).toEqual([Number.NaN]);
  });
});
