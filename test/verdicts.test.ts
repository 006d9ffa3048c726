import { beforeAll, describe, expect, it } from "vitest";
import {
  allianceView,
  checkPledge,
  classify,
  evaluate,
  requiredIncrease,
  resolveTarget,
  toPledgeRecord,
  toRecord,
  yearReached,
} from "../src/analysis/index.ts";
import type { Dataset } from "../src/data/dataset.ts";
import { loadDataset } from "../src/node/load-dataset.ts";

let data: Dataset;
beforeAll(() => {
  data = loadDataset();
});

const trend = (perYear: number) => ({ perYear, fromYear: 2023, toYear: 2026, changes: 3 });

// Worked by hand from data/nato/expenditure.csv, edition 2026 (e = estimate):
//   BEL 2021 1.04, 2022 1.17, 2023 1.16, 2024 1.27, 2025e 2.00, 2026e 2.00
//   CZE 2021 1.35, 2022 1.29, 2023 1.31, 2024 1.99, 2025e 1.86, 2026e 2.01
describe("a verdict beside the same verdict on actual figures only", () => {
  it("Belgium is on track only because of the 2025-2026 estimates", () => {
    const e = evaluate(data, "BEL", resolveTarget(data, "hague-core"), { asOf: 2026 });
    // with estimates: (2.00 - 1.16) / 3 = 0.28 pp/yr >= (3.5 - 2.00) / 9 = 0.1667 needed
    expect(e.trend?.perYear).toBeCloseTo(0.28, 10);
    expect(e.status).toBe("on_track");
    // actuals only, to 2024: (1.27 - 1.04) / 3 = 0.0767 pp/yr < (3.5 - 1.27) / 11 = 0.2027
    expect(e.actuals?.current).toMatchObject({ year: 2024, value: 1.27, status: "actual" });
    expect(e.actuals?.trend?.perYear).toBeCloseTo(0.076667, 5);
    expect(e.actuals?.required?.pointsPerYear).toBeCloseTo(0.202727, 5);
    expect(e.actuals?.status).toBe("at_risk");
    expect(e.onlyOnEstimates).toBe(true);
    const record = toRecord(e);
    expect(record).toMatchObject({
      status: "on_track",
      statusOnActuals: "at_risk",
      actualsYear: 2024,
      onlyOnEstimates: true,
    });
    expect(record.verdictNote).toBe(
      "on track only on estimates; on actual figures (to 2024): at risk",
    );
  });

  it("an ally whose latest figure is actual gives the same verdict twice", () => {
    const e = evaluate(data, "BEL", resolveTarget(data, "hague-core"), { asOf: 2024 });
    expect(e.current?.status).toBe("actual");
    expect(e.actuals?.status).toBe(e.status);
    expect(e.onlyOnEstimates).toBe(false);
  });

  it("the summary counts on-track allies that hold only on estimates", () => {
    const view = allianceView(data, resolveTarget(data, "hague-core"), { asOf: 2026 });
    const onlyOnEstimates = view.evaluations
      .filter((e) => e.status === "on_track" && e.onlyOnEstimates)
      .map((e) => e.ally)
      .sort();
    expect(onlyOnEstimates).toEqual([
      "ALB",
      "BEL",
      "CAN",
      "ESP",
      "GBR",
      "ITA",
      "MNE",
      "PRT",
      "ROU",
    ]);
    expect(view.onlyOnEstimates.on_track).toBe(9);
  });
});

describe("the verdict under a short and a long trend window", () => {
  it("Czechia is on track on a 3-year trend, at risk on 2 and 5 years: fragile", () => {
    const e = evaluate(data, "CZE", resolveTarget(data, "hague-core"), { asOf: 2026 });
    // 3 years: (2.01 - 1.31) / 3 = 0.2333 >= (3.5 - 2.01) / 9 = 0.1656
    expect(e.status).toBe("on_track");
    // 2 years: (2.01 - 1.99) / 2 = 0.01; 5 years: (2.01 - 1.35) / 5 = 0.132: both short of 0.1656
    expect(e.windows.map((w) => [w.years, w.status])).toEqual([
      [2, "at_risk"],
      [5, "at_risk"],
    ]);
    expect(e.windows[0]?.trend?.perYear).toBeCloseTo(0.01, 10);
    expect(e.windows[1]?.trend?.perYear).toBeCloseTo(0.132, 10);
    expect(e.fragile).toBe(true);
    expect(toRecord(e).verdictNote).toBe(
      "fragile: at risk with a 2-year trend, at risk with a 5-year trend",
    );
  });

  it("Germany keeps its verdict under every window: not fragile", () => {
    const e = evaluate(data, "DEU", resolveTarget(data, "hague-core"), { asOf: 2026 });
    expect(e.windows.map((w) => w.status)).toEqual(["on_track", "on_track"]);
    expect(e.fragile).toBe(false);
    expect(toRecord(e).verdictNote).toBeNull();
  });
});

describe("a trend within half of NATO's printed precision is flat", () => {
  it("classifies |trend| < 0.005 pp/yr as flat, 0.005 and above as a trend", () => {
    const req = requiredIncrease(3.17, 2026, 3.5, 2035, null);
    expect(classify(3.17, 3.5, 2035, req, trend(0.0049)).status).toBe("off_track");
    expect(classify(3.17, 3.5, 2035, req, trend(0.0049)).reason).toContain("flat");
    expect(classify(3.17, 3.5, 2035, req, trend(-0.0049)).reason).toContain("flat");
    expect(classify(3.17, 3.5, 2035, req, trend(0.005)).status).toBe("at_risk");
    expect(yearReached(3.17, 2026, 3.5, 0.0049)).toBeNull();
    // 0.33 / 0.005 = 66 years
    expect(yearReached(3.17, 2026, 3.5, 0.005)).toBe(2092);
  });

  it("the United States in the 2025 edition: (3.22 - 3.21) / 3 = +0.0033 pp/yr is flat", () => {
    const e = evaluate(data, "USA", resolveTarget(data, "hague-core"), {
      asOf: 2025,
      edition: "2025",
    });
    expect(e.trend?.perYear).toBeCloseTo(0.003333, 5);
    expect(e.trend?.reachesIn).toBeNull();
    expect(e.status).toBe("off_track");
  });
});

describe("a pledge whose target year has only an estimate", () => {
  // P066: Montenegro, 3% by 2026, made 2025; edition 2026 gives 2024 1.61 (actual), 2026e 2.17
  it("Montenegro's 3% by 2026 is due on an estimate: neither met nor missed", () => {
    const pledge = data.pledges.find((p) => p.id === "P066");
    if (!pledge) throw new Error("P066 is not in the data");
    const c = checkPledge(data, pledge, 2026);
    expect(c.verdict).toBe("due_estimate_only");
    expect(c.explanation).toBe("2.17% in 2026 (estimate) against 3%");
    // on actual figures the latest year is 2024, before the pledge was made
    expect(c.actuals?.verdict).toBe("too_early");
    expect(toPledgeRecord(c)).toMatchObject({
      verdict: "due_estimate_only",
      verdictOnActuals: "too_early",
      onlyOnEstimates: true,
    });
  });

  it("an actual figure in the target year gives met or missed, the same on actuals", () => {
    const pledge = data.pledges.find((p) => p.id === "P066");
    if (!pledge) throw new Error("P066 is not in the data");
    const moved = { ...pledge, madeOn: "2022-01", targetYear: 2024 };
    const c = checkPledge(data, moved, 2026);
    expect(c.verdict).toBe("missed");
    expect(c.figure).toMatchObject({ year: 2024, status: "actual" });
    expect(c.actuals?.verdict).toBe("missed");
  });
});
