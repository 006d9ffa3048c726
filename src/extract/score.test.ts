import { describe, expect, it } from "vitest";
import type { Claim } from "./extract.ts";
import { evaluateExtraction, f1Interval, type LabelledClaim } from "./score.ts";

const target = (over: Partial<Claim>): Claim =>
  ({
    kind: "target",
    ally: "DEU",
    sharePct: 3.5,
    amount: null,
    currency: null,
    targetYear: 2029,
    annually: false,
    basis: null,
    stance: "pledge",
    sentence: "s",
    start: 0,
    end: 1,
    confidence: 0.9,
    speaker: null,
    role: null,
    ...over,
  }) as Claim;
const label = (over: Partial<LabelledClaim>): LabelledClaim => ({
  type: "target",
  iso3: "DEU",
  share_gdp_pct: 3.5,
  amount: null,
  currency: null,
  year: 2029,
  basis: "unspecified",
  kind: "pledge",
  ...over,
});

describe("scoring extraction against labels", () => {
  it("a target is found by country and figure; a repeat is a false positive; fields are scored on the pairs", () => {
    const r = evaluateExtraction([
      {
        file: "a",
        expected: [
          label({}),
          label({ iso3: "NATO", share_gdp_pct: 5, year: 2035, kind: "agreement" }),
        ],
        predicted: [
          target({ targetYear: 2030 }),
          target({}),
          // the alliance's 5% given to the wrong country: a false positive and a miss
          target({ ally: "USA", sharePct: 5, targetYear: 2035 }),
        ],
      },
    ]);
    expect(r.target).toMatchObject({ expected: 2, predicted: 3, matched: 1 });
    expect(r.target.precision).toBeCloseTo(1 / 3, 10);
    expect(r.target.recall).toBeCloseTo(1 / 2, 10);
    expect(r.target.f1).toBeCloseTo(0.4, 10);
    // the pair agreeing on most fields is taken: the year is right
    expect(r.fields.year).toEqual({ right: 1, of: 1 });
    expect(r.extras.map((x) => [x.claim.kind === "target" && x.claim.targetYear])).toEqual([
      [2030],
      [2035],
    ]);
    expect(r.misses.map((m) => m.expected.iso3)).toEqual(["NATO"]);
    // attribution: three claims carry a labelled figure, two name its country
    expect(r.fields.country).toEqual({ right: 2, of: 3 });
  });

  it("an ambiguous label counts when found and is not missed when absent; amounts match within 0.5%", () => {
    const r = evaluateExtraction([
      {
        file: "b",
        expected: [
          label({ share_gdp_pct: null, amount: 82_700_000_000, currency: "EUR", year: 2026 }),
          label({ share_gdp_pct: 3.05, ambiguous: true }),
          label({ share_gdp_pct: 1.5, ambiguous: true }),
        ],
        predicted: [
          target({ sharePct: null, amount: 82.7, currency: "EUR", targetYear: 2026 }),
          target({ sharePct: 3.05 }),
        ],
      },
    ]);
    expect(r.target).toMatchObject({ expected: 2, predicted: 2, matched: 2, f1: 1 });
    expect(r.misses).toEqual([]);
  });

  it("a horizon is found by its year", () => {
    const horizon = (year: number, threat = "RUS"): Claim => ({
      kind: "horizon",
      horizonYear: year,
      threat,
      phrase: "",
      sentence: "s",
      start: 0,
      end: 1,
      confidence: 0.9,
      speaker: null,
      role: null,
    });
    const r = evaluateExtraction([
      {
        file: "c",
        expected: [
          { type: "horizon", year: 2030 },
          { type: "horizon", year: 2029, ambiguous: true },
        ],
        predicted: [horizon(2030), horizon(2031)],
      },
    ]);
    expect(r.horizon).toMatchObject({ expected: 1, predicted: 2, matched: 1 });
    // two threats for one year: each label takes the claim naming its threat
    const both = evaluateExtraction([
      {
        file: "d",
        expected: [
          { type: "horizon", year: 2027, actor_threat: "CHN" },
          { type: "horizon", year: 2027, actor_threat: "RUS" },
          { type: "horizon", year: 2030, actor_threat: "RUS" },
        ],
        predicted: [horizon(2027, "RUS"), horizon(2027, "CHN"), horizon(2030, "CHN")],
      },
    ]);
    expect(both.horizon).toMatchObject({ expected: 3, predicted: 3, matched: 3 });
    expect(both.fields.threat).toEqual({ right: 2, of: 3 });
  });

  it("breaks the targets down: proposed ones right by group, labelled ones found by the country's group", () => {
    const groupOf = (iso3: string | null) =>
      iso3 === "NATO" ? "alliance" : iso3 === "JPN" ? "other" : iso3 === null ? "none" : "ally";
    const r = evaluateExtraction(
      [
        {
          file: "d",
          expected: [
            label({}),
            label({ iso3: "NATO", share_gdp_pct: 5, year: 2035, kind: "agreement" }),
            label({ iso3: "JPN", share_gdp_pct: 2, year: 2027 }),
            // an ambiguous label missed is not counted
            label({ iso3: "NATO", share_gdp_pct: 3.5, ambiguous: true }),
          ],
          predicted: [
            target({}),
            target({ ally: "NATO", sharePct: 5, targetYear: null, stance: "agreement" }),
            // the alliance's 3.5% given to Germany: wrong, and the label is an ambiguous one
            target({ sharePct: 3.5, targetYear: null }),
            target({ ally: null, sharePct: null, amount: 40, currency: "EUR" }),
          ],
        },
      ],
      groupOf,
    );
    expect(r.breakdown.proposed).toEqual({
      "actor ally": { right: 1, of: 2 },
      "actor alliance": { right: 1, of: 1 },
      "actor none": { right: 0, of: 1 },
      "figure share": { right: 2, of: 3 },
      "figure sum only": { right: 0, of: 1 },
      "year stated": { right: 1, of: 2 },
      "year none": { right: 1, of: 2 },
      "kind pledge": { right: 1, of: 3 },
      "kind agreement": { right: 1, of: 1 },
    });
    expect(r.breakdown.labelled).toEqual({
      "actor ally": { found: 1, of: 1 },
      "actor alliance": { found: 1, of: 1 },
      "actor other": { found: 0, of: 1 },
    });
  });

  it("a bootstrap interval over articles: none when every article is right, wide for two, binomial for forty", () => {
    const right = (file: string) => ({
      file,
      expected: [label({})],
      predicted: [target({})],
    });
    const wrong = (file: string) => ({
      file,
      expected: [label({})],
      predicted: [target({ ally: "FRA" })],
    });
    expect(f1Interval(Array.from({ length: 10 }, (_, i) => right(`r${i}`)))).toEqual({
      low: 1,
      high: 1,
    });
    // resampling two articles gives F1 1 (a quarter), 0.5 (a half) or 0 (a quarter)
    expect(f1Interval([right("a"), wrong("b")])).toEqual({ low: 0, high: 1 });
    // 30 right of 40: F1 is the share matched, binomial with p 0.75 and n 40, so the 95%
    // interval is about 0.75 +- 1.96 * sqrt(0.75 * 0.25 / 40) = 0.62 to 0.88
    const forty = [
      ...Array.from({ length: 30 }, (_, i) => right(`r${i}`)),
      ...Array.from({ length: 10 }, (_, i) => wrong(`w${i}`)),
    ];
    const { low, high } = f1Interval(forty);
    expect(low).toBeGreaterThanOrEqual(0.6);
    expect(low).toBeLessThanOrEqual(0.65);
    expect(high).toBeGreaterThanOrEqual(0.85);
    expect(high).toBeLessThanOrEqual(0.9);
    expect(f1Interval(forty)).toEqual({ low, high });
  });
});
