import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../node/load-dataset.ts";
import { parseScenario, runScenario, ScenarioError } from "./scenario.ts";

const data = loadDataset();
const dir = join(import.meta.dirname, "..", "..", "scenarios");
const shipped = (name: string) => parseScenario(readFileSync(join(dir, name), "utf8"), name);

function errorOf(text: string, file = "bad.yaml"): string {
  try {
    parseScenario(text, file);
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    return (error as Error).message;
  }
  throw new Error("expected a ScenarioError");
}

describe("scenario files", () => {
  it("every shipped scenario loads and runs", () => {
    const files = readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f));
    expect(files.sort()).toEqual(["hague-horizon.yaml", "hague.yaml", "pledges.yaml"]);
    for (const f of files) {
      const result = runScenario(data, shipped(f));
      expect(result.paths.length, f).toBeGreaterThan(20);
      expect(
        result.skipped.map((s) => s.ally),
        f,
      ).toContain("ISL");
    }
  });

  it("the Hague scenario: every ally at 3.5% in 2035, and no money gap left then", () => {
    const r = runScenario(data, shipped("hague.yaml"));
    const last = r.alliance.at(-1);
    expect(last?.year).toBe(2035);
    expect(last?.alliesAtThreshold).toBe(31);
    expect(last?.moneyGapUsdM).toBeCloseTo(0, 6);
    // in 2026 the gap is each ally's (3.5 - share)% of its GDP, for allies below 3.5
    const first = r.alliance[0];
    const expected = r.paths.reduce((sum, p) => {
      const y = p.years[0];
      return y && y.sharePct < 3.5 ? sum + ((3.5 - y.sharePct) / 100) * y.gdpUsdM : sum;
    }, 0);
    expect(first?.moneyGapUsdM).toBeCloseTo(expected, 3);
    expect(first?.alliesAtThreshold).toBe(5);
  });

  it("the horizon scenario moves the deadline to 2030", () => {
    const r = runScenario(data, shipped("hague-horizon.yaml"));
    expect(r.target.deadline).toBe(2030);
    expect(r.alliance.find((a) => a.year === 2030)?.alliesAtThreshold).toBe(31);
  });

  it("JSON works too, with per-ally overrides", () => {
    const s = parseScenario(
      JSON.stringify({
        name: "two allies",
        target: { threshold: 3.5, basis: "core", deadline: 2035 },
        path: "flat",
        allies: ["DEU", "POL"],
        overrides: { DEU: { path: "pledge", pledge: "P001" } },
        growth: { default: 0 },
      }),
      "x.json",
    );
    const r = runScenario(data, s);
    expect(r.paths.map((p) => [p.ally, p.kind, p.crossesIn])).toEqual([
      ["DEU", "pledge", 2029],
      ["POL", "flat", 2026],
    ]);
    // growth 0: GDP constant, so alliance spending in 2035 = (3.5% of DEU GDP) + (4.68% of POL GDP)
    const deu = r.paths[0]?.years[0]?.gdpUsdM ?? 0;
    const pol = r.paths[1]?.years[0]?.gdpUsdM ?? 0;
    expect(r.alliance.at(-1)?.spendingUsdM).toBeCloseTo(0.035 * deu + 0.0468 * pol, 3);
    // the alliance share weighs each ally by its GDP at constant 2021 prices, as NATO does
    const deuConst = data.point("DEU", "gdp_usd_constant_m", 2026)?.value ?? 0;
    const polConst = data.point("POL", "gdp_usd_constant_m", 2026)?.value ?? 0;
    const first = r.alliance[0];
    expect(first?.shareBasis).toBe("constant_2021_usd");
    expect(first?.sharePct).toBeCloseTo(
      (2.69 * deuConst + 4.68 * polConst) / (deuConst + polConst),
      6,
    );
    // and not by current USD, which gives another figure
    const deuNow = r.paths[0]?.years[0]?.gdpUsdM ?? 0;
    const polNow = r.paths[1]?.years[0]?.gdpUsdM ?? 0;
    expect(
      Math.abs((first?.sharePct ?? 0) - (2.69 * deuNow + 4.68 * polNow) / (deuNow + polNow)),
    ).toBeGreaterThan(0.001);
  });
});

describe("malformed scenario files fail with file, field and what was expected", () => {
  const good = `name: x\ntarget:\n  threshold: 3.5\n  basis: core\n  deadline: 2035\n`;

  it("a wrong type", () => {
    expect(errorOf(good.replace("threshold: 3.5", "threshold: lots"))).toMatch(
      /^bad\.yaml: field "target\.threshold": expected/,
    );
  });

  it("a missing field", () => {
    expect(errorOf("name: x\n")).toBe('bad.yaml: field "target": missing: add it');
  });

  it("an unknown path kind, an unknown ally and an unknown field, all listed", () => {
    const message = errorOf(`${good}path: zigzag\nallies: [DEU, XXX]\ncolour: red\n`);
    expect(message).toContain('field "path": expected one of trend, linear, pledge, flat');
    expect(message).toContain('field "allies.1": expected an ally\'s ISO 3166-1 alpha-3 code');
    expect(message).toContain("unknown field colour: remove it");
  });

  it("text that is not YAML or JSON", () => {
    expect(errorOf("{ not: json", "bad.json")).toMatch(/^bad\.json: not valid JSON/);
    expect(errorOf("{ not: json", "BAD.JSON")).toMatch(/^BAD\.JSON: not valid JSON/);
    expect(errorOf("a: [1, 2", "bad.yaml")).toMatch(/^bad\.yaml: not valid YAML/);
  });
});
