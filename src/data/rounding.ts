/** Rounds to `digits` decimals: float noise (1.4700000000000002) off, the data's precision kept. */
export function roundTo(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
