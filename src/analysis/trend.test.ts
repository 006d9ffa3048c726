import { describe, expect, it } from "vitest";
import { trendOf, yearReached } from "./trend.ts";

describe("trendOf", () => {
  it("averages the last three yearly changes: (last - value three years before) / 3", () => {
    const t = trendOf(
      [
        { year: 2022, value: 1.46 },
        { year: 2023, value: 1.6 },
        { year: 2024, value: 2.0 },
        { year: 2025, value: 2.22 },
        { year: 2026, value: 2.69 },
      ],
      3,
    );
    // (2.69 - 1.60) / 3 = 0.363333...
    expect(t?.perYear).toBeCloseTo(0.363333, 6);
    expect(t).toMatchObject({ fromYear: 2023, toYear: 2026, changes: 3 });
  });

  it("skips a missing year instead of guessing it", () => {
    // 2024 missing: only the 2025->2026 change is left in the window 2023..2026.
    const t = trendOf(
      [
        { year: 2023, value: 1.6 },
        { year: 2025, value: 2.22 },
        { year: 2026, value: 2.69 },
      ],
      3,
    );
    expect(t?.perYear).toBeCloseTo(0.47, 10);
    expect(t).toMatchObject({ fromYear: 2025, changes: 1 });
  });

  it("has no trend with one year, or with no consecutive years", () => {
    expect(trendOf([{ year: 2026, value: 2 }], 3)).toBeNull();
    expect(
      trendOf(
        [
          { year: 2022, value: 1 },
          { year: 2024, value: 2 },
          { year: 2026, value: 3 },
        ],
        3,
      ),
    ).toBeNull();
    expect(trendOf([], 3)).toBeNull();
  });
});

describe("yearReached", () => {
  it("is the first year the straight trend reaches the threshold", () => {
    // 0.81 pp to go at 0.3633 pp/yr: 2.23 years -> the third year, 2029.
    expect(yearReached(2.69, 2026, 3.5, 1.09 / 3)).toBe(2029);
    // exactly 2 years of 0.5: reached in 2028, not 2029.
    expect(yearReached(2.5, 2026, 3.5, 0.5)).toBe(2028);
  });

  it("is the current year when already there, and null when the trend is flat or falling", () => {
    expect(yearReached(3.5, 2026, 3.5, -1)).toBe(2026);
    expect(yearReached(3.0, 2026, 3.5, 0)).toBeNull();
    expect(yearReached(3.0, 2026, 3.5, -0.1)).toBeNull();
  });
});
