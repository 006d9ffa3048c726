import { describe, expect, it } from "vitest";
import { gapTo, requiredIncrease } from "./gap.ts";

describe("gapTo", () => {
  it("is target minus current, in points and in money at the base", () => {
    const g = gapTo(2.69, 3.5, 5_464_758.36);
    expect(g.points).toBeCloseTo(0.81, 10);
    // 0.81 / 100 * 5,464,758.36 = 44,264.54
    expect(g.usdM).toBeCloseTo(44_264.54, 1);
  });

  it("is negative above the target and has no money without a base", () => {
    expect(gapTo(4.68, 3.5, null)).toEqual({ points: expect.closeTo(-1.18, 10), usdM: null });
  });
});

describe("requiredIncrease", () => {
  it("spreads the gap over the years left and compounds it with GDP growth", () => {
    const r = requiredIncrease(2.0, 2026, 3.5, 2035, 3);
    expect(r?.years).toBe(9);
    expect(r?.pointsPerYear).toBeCloseTo(1.5 / 9, 10);
    // (3.5 / 2.0)^(1/9) * 1.03 - 1 = 1.064150 * 1.03 - 1 = 0.096075
    expect(r?.spendingGrowthPct).toBeCloseTo(9.6075, 3);
  });

  it("with no GDP growth, spending grows only as fast as the share must", () => {
    // (4/2)^(1/4) - 1 = 18.92%
    expect(requiredIncrease(2, 2026, 4, 2030, 0)?.spendingGrowthPct).toBeCloseTo(18.9207, 3);
    expect(requiredIncrease(2, 2026, 4, 2030, null)?.spendingGrowthPct).toBeNull();
  });

  it("is null once the deadline has come", () => {
    expect(requiredIncrease(1.6, 2026, 2, 2024, 3)).toBeNull();
    expect(requiredIncrease(1.6, 2026, 2, 2026, 3)).toBeNull();
  });
});
