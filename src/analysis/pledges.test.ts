import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../data/dataset.ts";
import { loadDataset } from "../node/load-dataset.ts";
import { checkPledge, statedSplit } from "./pledges.ts";

let data: Dataset;
beforeAll(() => {
  data = loadDataset();
});

const check = (id: string, asOf = 2026) => {
  const pledge = data.pledges.find((p) => p.id === id);
  if (!pledge) throw new Error(`no ${id}`);
  return checkPledge(data, pledge, asOf);
};

// Shares of GDP from data/nato/expenditure.csv, edition 2026 (e = estimate).
describe("is the latest figure on the straight path from the pledge to its target?", () => {
  it("Latvia P013, 5% by 2028 (Feb 2025): path 3.67 + 1.33/3 = 4.11 in 2026; 4.92e is on it", () => {
    const c = check("P013");
    expect(c.verdict).toBe("on_path");
    expect(c.start).toMatchObject({ year: 2025, value: 3.67 });
    expect(c.figure).toMatchObject({ year: 2026, value: 4.92, status: "estimate" });
    expect(c.pathValue).toBeCloseTo(3.67 + 1.33 / 3, 10);
  });

  it("Finland P027, 3% by 2029 (Apr 2025): path 2.75 + 0.25/4 = 2.8125; 2.65e is behind", () => {
    const c = check("P027");
    expect(c.verdict).toBe("behind_path");
    expect(c.pathValue).toBeCloseTo(2.8125, 10);
    expect(c.explanation).toContain("2.65% in 2026 (estimate)");
  });

  it("UK P023, 5% total by 2035 stating 3.5% core + 1.5%: judged against 3.5%; 2.56e >= 2.438", () => {
    const c = check("P023");
    expect(c.judgedAgainst).toBe(3.5);
    expect(c.coreOnly).toBe(false);
    // 2.32 + (3.5 - 2.32) / 10 = 2.438
    expect(c.pathValue).toBeCloseTo(2.438, 10);
    expect(c.verdict).toBe("on_path");
    expect(c.basisNote).toMatch(/^judged against the 3.5% core component the pledge states/);
  });

  it("Italy P034, 5% by 2035 with no stated split: judged on core-only figures and flagged", () => {
    const c = check("P034");
    expect(c.judgedAgainst).toBe(5);
    expect(c.coreOnly).toBe(true);
    expect(c.basisNote).toMatch(/^core-only figures; the related 1.5% is not published/);
    // 2.09 + (5 - 2.09) / 10 = 2.381; 2.10e is behind
    expect(c.pathValue).toBeCloseTo(2.381, 10);
    expect(c.verdict).toBe("behind_path");
  });

  it("Poland P006, 3.5% core of 5% by 2030: already above it since the pledge year, so met", () => {
    const c = check("P006");
    expect(c.judgedAgainst).toBe(3.5);
    expect(c.verdict).toBe("met");
    expect(c.figure).toMatchObject({ year: 2025, value: 4.25 });
  });

  it("a share first reached before the pledge and again after it is met, from the first year after", () => {
    // Greece: 2.40 in 2016, 2.52 in 2018, 2.42 in 2019 (edition 2025 rows, the only ones for
    // those years); a pledge of 2.4% made in 2019 is met by 2019's figure, not 'on path' because
    // the first figure ever at 2.4 came before it was made
    const base = data.pledges.find((p) => p.id === "P006");
    if (!base) throw new Error("no P006");
    const pledge = {
      ...base,
      ally: "GRC",
      madeOn: "2019-06-01",
      targetSharePct: 2.4,
      targetYear: 2030,
      statement: "2.4% by 2030",
    };
    const c = checkPledge(data, pledge, 2026);
    expect(c.verdict).toBe("met");
    expect(c.figure).toMatchObject({ year: 2019, value: 2.42 });
  });

  it("reads a stated split only where the two shares add up to the total", () => {
    const base = data.pledges.find((p) => p.id === "P023");
    if (!base) throw new Error("P023 is not in the data");
    const splitOf = (statement: string) => statedSplit({ ...base, statement });
    expect(splitOf("5% (3.5% + 1.5%) by 2032")).toEqual({ core: 3.5, related: 1.5 });
    expect(splitOf("3.5% core, 1.5% related")).toEqual({ core: 3.5, related: 1.5 });
    expect(splitOf("3% core plus 1.5% other")).toBeNull();
    expect(splitOf("5% of GDP by 2035")).toBeNull();
    expect(statedSplit({ ...base, basis: "nato_definition" })).toBeNull();
  });

  it("Albania P063, 2% by 2024: the 2024 figure is 1.35, missed", () => {
    const c = check("P063");
    expect(c.verdict).toBe("missed");
    expect(c.figure).toMatchObject({ year: 2024, value: 1.35, status: "actual" });
  });

  it("Poland P004, 4.7% in 2025: 4.25 is an estimate, so the pledge is due, not missed", () => {
    const c = check("P004");
    expect(c.verdict).toBe("due_estimate_only");
    expect(c.explanation).toBe(
      "4.25% in 2025 (estimate) against 4.7% (edition 2026; other editions: 2025: 4.48e)",
    );
  });

  it("a national budget pledge is not compared with NATO figures", () => {
    const c = check("P014");
    expect(c.verdict).toBe("not_comparable");
    expect(c.basisNote).toMatch(/national budget/);
    expect(c.figure).toBeNull();
  });

  it("too early when no figure after the pledge's year exists yet", () => {
    expect(check("P013", 2025).verdict).toBe("too_early");
  });

  it("an amount-only pledge has no share to compare", () => {
    expect(check("P072")).toMatchObject({
      verdict: "no_share_target",
      explanation: "no share of GDP stated: EUR 230bn",
    });
  });
});
