import { describe, expect, it } from "vitest";
import { requiredIncrease } from "./gap.ts";
import { classify } from "./status.ts";

const trend = (perYear: number) => ({ perYear, fromYear: 2023, toYear: 2026, changes: 3 });

describe("classify", () => {
  it("counts a figure exactly at the threshold as met", () => {
    expect(classify(3.5, 3.5, 2035, null, null).status).toBe("met");
    expect(classify(2.0, 2.0, 2024, null, trend(-1)).status).toBe("met");
    expect(
      classify(3.49, 3.5, 2035, requiredIncrease(3.49, 2026, 3.5, 2035, 3), trend(0.1)).status,
    ).toBe("on_track");
  });

  it("is on track when the trend equals the pace needed, at risk just below it", () => {
    const req = requiredIncrease(2.6, 2026, 3.5, 2035, 3); // 0.1 pp/yr
    expect(classify(2.6, 3.5, 2035, req, trend(0.1)).status).toBe("on_track");
    expect(classify(2.6, 3.5, 2035, req, trend(0.099)).status).toBe("at_risk");
  });

  it("is off track when the trend is flat or falling, the deadline has passed, or there is no trend", () => {
    const req = requiredIncrease(2.6, 2026, 3.5, 2035, 3);
    expect(classify(2.6, 3.5, 2035, req, trend(0)).status).toBe("off_track");
    expect(classify(2.6, 3.5, 2035, req, trend(-0.2)).status).toBe("off_track");
    expect(classify(2.6, 3.5, 2035, req, null)).toEqual({
      status: "off_track",
      reason: "too few years of data for a trend",
    });
    const passed = classify(1.61, 2, 2024, requiredIncrease(1.61, 2026, 2, 2024, 3), trend(0.1));
    expect(passed.status).toBe("off_track");
    expect(passed.reason).toContain("2024 has passed");
    expect(classify(1.61, 2, null, null, trend(0.1)).status).toBe("off_track");
  });
});
