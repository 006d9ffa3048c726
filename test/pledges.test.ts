import { beforeAll, describe, expect, it } from "vitest";
import { checkPledge } from "../src/analysis/pledges.ts";
import type { Dataset } from "../src/data/dataset.ts";
import { loadDataset } from "../src/data/load.ts";

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

  it("UK P023, 5% total by 2035: compared on core spending and says so; 2.56e < 2.588 path", () => {
    const c = check("P023");
    expect(c.verdict).toBe("behind_path");
    // 2.32 + (5 - 2.32) / 10 = 2.588
    expect(c.pathValue).toBeCloseTo(2.588, 10);
    expect(c.basisNote).toMatch(/core spending only/);
  });

  it("Albania P063, 2% by 2024: the 2024 figure is 1.35, missed", () => {
    const c = check("P063");
    expect(c.verdict).toBe("missed");
    expect(c.figure).toMatchObject({ year: 2024, value: 1.35, status: "actual" });
  });

  it("Poland P004, 4.7% in 2025: 4.25 is an estimate, so the pledge is due, not missed", () => {
    const c = check("P004");
    expect(c.verdict).toBe("due_estimate_only");
    expect(c.explanation).toBe("4.25% in 2025 (estimate) against 4.7%");
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
