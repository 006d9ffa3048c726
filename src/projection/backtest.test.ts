import { tmpdir } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../test/helpers.ts";
import { resolveTarget } from "../analysis/targets.ts";
import type { Dataset } from "../data/dataset.ts";
import { loadDataset } from "../node/load-dataset.ts";
import { buildServer } from "../server/app.ts";
import { type Backtest, BacktestError, backtest, toBacktestRecord } from "./backtest.ts";

let data: Dataset;
let b: Backtest;
beforeAll(() => {
  data = loadDataset();
  b = backtest(data, { target: resolveTarget(data, "two-percent"), asOf: 2018, paths: 1000 });
});

// data/nato/expenditure.csv, edition 2026: DEU 2014 1.16, 2015 1.16, 2016 1.18, 2017 1.21,
// 2018 1.23, 2024 2.00; ROU 2015 1.45, 2017 1.73, 2018 1.80, 2024 2.17.
describe("backtest: 2% by 2024, called as of 2018", () => {
  it("Germany: at risk in 2018, yet at 2.00% in 2024: a wrong call", () => {
    const deu = b.rows.find((r) => r.ally === "DEU");
    expect(deu?.atAsOf).toEqual({ year: 2018, value: 1.23, status: "actual" });
    // 3 years: (1.23 - 1.16) / 3 = 0.0233 pp/yr, rising but short of (2 - 1.23) / 6 = 0.1283
    expect(deu?.statusByWindow.find((w) => w.years === 3)?.status).toBe("at_risk");
    // 1 year: 1.23 - 1.21 = 0.02; 5 years (only 2014-2018 there): 0.07 / 4 = 0.0175: at risk too
    expect(deu?.statusByWindow.map((w) => w.status)).toEqual([
      "at_risk",
      "at_risk",
      "at_risk",
      "at_risk",
      "at_risk",
    ]);
    expect(deu?.outcome).toEqual({ year: 2024, value: 2, status: "actual" });
    expect(deu?.reached).toBe(true);
  });

  it("Romania: (1.80 - 1.45) / 3 = 0.117 pp/yr >= (2 - 1.80) / 6 = 0.033: on track, and reached", () => {
    const rou = b.rows.find((r) => r.ally === "ROU");
    expect(rou?.statusByWindow.find((w) => w.years === 3)?.status).toBe("on_track");
    expect(rou?.reached).toBe(true);
  });

  it("scores: the confusion matrix adds up, hit rate and Brier follow from the rows", () => {
    expect(b.rows).toHaveLength(31);
    expect(b.excluded).toEqual([{ ally: "ISL", reason: "no figure up to 2018" }]);
    const w3 = b.windows.find((w) => w.years === 3);
    if (!w3) throw new Error("no 3-year window");
    const called = (s: string) => s === "met" || s === "on_track";
    let right = 0;
    let tp = 0;
    for (const r of b.rows) {
      const c = called(r.statusByWindow.find((w) => w.years === 3)?.status ?? "");
      if (c === r.reached) right++;
      if (c && r.reached) tp++;
    }
    expect(w3.truePositive).toBe(tp);
    expect(w3.truePositive + w3.falsePositive + w3.falseNegative + w3.trueNegative).toBe(31);
    expect(w3.hitRate).toBeCloseTo(right / 31, 12);
    // a 0/1 call's Brier score is its share of wrong calls
    expect(w3.brier).toBeCloseTo(1 - right / 31, 12);
    const k3 = b.priors.find((p) => p.prior === 3);
    const brier =
      b.rows.reduce((s, r) => {
        const p = r.oddsByPrior.find((o) => o.prior === 3)?.p ?? Number.NaN;
        return s + (p - (r.reached ? 1 : 0)) ** 2;
      }, 0) / 31;
    expect(k3?.brier).toBeCloseTo(brier, 12);
    expect(toBacktestRecord(b).reached).toBe(b.rows.filter((r) => r.reached).length);
  });

  it("refuses a deadline with no figures yet, one not after the as-of year, or a non-share target", () => {
    expect(() => backtest(data, { target: resolveTarget(data, "hague-core"), asOf: 2018 })).toThrow(
      /no figures for the deadline year 2035 yet/,
    );
    expect(() =>
      backtest(data, { target: resolveTarget(data, "two-percent"), asOf: 2024 }),
    ).toThrow(BacktestError);
    expect(() => backtest(data, { target: resolveTarget(data, "equipment"), asOf: 2018 })).toThrow(
      /share-of-GDP target/,
    );
  });
});

/** The CLI in this process; its store (none is written here) under the system's temp folder. */
const cli = (args: string[]) => runCli(args, tmpdir());

describe("pledgewatch backtest", () => {
  it("--json gives per-ally rows, the hit rate and the Brier score", async () => {
    const r = await cli([
      "backtest",
      "--target",
      "two-percent",
      "--as-of",
      "2018",
      "--paths",
      "500",
      "--json",
    ]);
    expect(r.code).toBe(0);
    const body = JSON.parse(r.stdout);
    expect(body.rows).toHaveLength(31);
    expect(body.rows.find((x: { ally: string }) => x.ally === "DEU")).toMatchObject({
      status3y: "at_risk",
      outcomePct: 2,
      reached: true,
    });
    expect(body.windows.find((w: { years: number }) => w.years === 3).hitRate).toBeGreaterThan(0);
    expect(body.priors.map((p: { prior: number }) => p.prior)).toEqual([0, 1, 3, 10]);
  });

  it("needs --as-of, and says why a deadline cannot be scored (exit 2)", async () => {
    const missing = await cli(["backtest", "--target", "two-percent"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("give --as-of YEAR");
    const future = await cli(["backtest", "--target", "hague-core", "--as-of", "2020"]);
    expect(future.code).toBe(2);
    expect(future.stderr).toContain("choose an earlier --by");
  });
});

describe("/api/backtest", () => {
  let app: Awaited<ReturnType<typeof buildServer>>;
  beforeAll(async () => {
    app = await buildServer({ dataset: data, corsOrigins: [], webDir: "/nonexistent" });
  });
  afterAll(() => app.close());

  it("gives the same record as the CLI's --json", async () => {
    const api = await app.inject({
      method: "GET",
      url: "/api/backtest?target=two-percent&asOf=2018&paths=300&seed=4",
    });
    expect(api.statusCode).toBe(200);
    const r = await cli([
      "backtest",
      ...["--target", "two-percent", "--as-of", "2018", "--paths", "300", "--seed", "4", "--json"],
    ]);
    expect(api.json()).toEqual(JSON.parse(r.stdout));
  });

  it("answers 400 with the reason for a deadline that has no figures yet", async () => {
    const api = await app.inject({
      method: "GET",
      url: "/api/backtest?target=hague-core&asOf=2020",
    });
    expect(api.statusCode).toBe(400);
    expect(api.json().detail).toContain("no figures for the deadline year 2035");
    const missing = await app.inject({ method: "GET", url: "/api/backtest" });
    expect(missing.statusCode).toBe(400);
  });
});
