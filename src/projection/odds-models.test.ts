import { tmpdir } from "node:os";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../test/helpers.ts";
import { resolveTarget } from "../analysis/targets.ts";
import type { Dataset } from "../data/dataset.ts";
import { loadDataset } from "../node/load-dataset.ts";
import { type ComparedOdds, compareOdds } from "./odds-models.ts";
import { comparedOddsRecords, toComparedOddsRecord } from "./projection-records.ts";

let data: Dataset;
let compared: ComparedOdds;
beforeAll(async () => {
  data = loadDataset();
  compared = await compareOdds(data, data.alliesWithData(), {
    asOf: 2026,
    target: resolveTarget(data, "hague-core"),
    horizon: 2030,
    paths: 2000,
    seed: 5,
  });
});

const modelOf = (run: "own" | "pooled", ally: string) =>
  compared[run].allies.find((a) => a.ally === ally)?.model;

// USA share (edition 2026): 2021 3.47, 2026e 3.17: five changes averaging (3.17 - 3.47) / 5
describe("odds under the own-history and the pooled model", () => {
  it("own history alone: the United States' mean change is -0.06 pp/yr", () => {
    expect(modelOf("own", "USA")?.mu).toBeCloseTo(-0.06, 10);
    expect(modelOf("own", "USA")?.own.changes).toBe(5);
  });

  it("pooled: mu = (5 own + 3 alliance) / 8, the same alliance mean for every ally", () => {
    const alliance = (ally: string) => {
      const own = modelOf("own", ally);
      const pooled = modelOf("pooled", ally);
      if (!own || !pooled) throw new Error(`no model for ${ally}`);
      return (8 * pooled.mu - 5 * own.mu) / 3;
    };
    expect(alliance("USA")).toBeCloseTo(alliance("FRA"), 10);
    expect(alliance("USA")).toBeCloseTo(alliance("POL"), 10);
    expect(compared.model).toBe("pooled");
    expect(compared.prior).toBe(3);
  });

  it("rows carry both probabilities and say in words where they part", () => {
    const usa = comparedOddsRecords(compared).find((r) => r.ally === "USA");
    const own = compared.own.allies.find((a) => a.ally === "USA");
    const pooled = compared.pooled.allies.find((a) => a.ally === "USA");
    expect(usa?.pOwnDeadline).toBe(own?.pDeadline);
    expect(usa?.pPooledDeadline).toBe(pooled?.pDeadline);
    expect(usa?.pDeadline).toBe(pooled?.pDeadline);
    // falling on its own history, pulled up by the alliance's rises
    expect(own?.pDeadline).toBeLessThan(0.1);
    expect(pooled?.pDeadline).toBeGreaterThan(0.3);
    expect(usa?.oddsNote).toMatch(/^own history alone: \d+\.\d% by 2035/);
    expect(usa?.priorWeight).toBe(3);
    const record = toComparedOddsRecord(compared);
    expect(record.modelChoice).toMatch(/prior weight 3 years/);
    const rows = comparedOddsRecords(compared);
    const apart = rows.filter((r) => Math.abs((r.pOwnDeadline ?? 0) - r.pDeadline) >= 0.1).length;
    const actualsApart = rows.filter(
      (r) => r.pActualsDeadline !== null && Math.abs(r.pActualsDeadline - r.pDeadline) >= 0.1,
    ).length;
    expect(record.differ).toEqual({ otherModel: apart, actualsOnly: actualsApart, allies: 31 });
    expect(apart).toBeGreaterThan(0);
  });

  it("each ally keeps its fitted parameters beside the model's name", () => {
    const usa = toComparedOddsRecord(compared).allies.find((a) => a.ally === "USA");
    const pooled = compared.pooled.allies.find((a) => a.ally === "USA");
    expect(usa?.model).toBe("pooled");
    expect(usa?.fit).toEqual(pooled?.model);
    expect(usa?.fit.sigma).toBeGreaterThan(0);
  });

  it("on actual figures only, the run starts from the last actual year, 2024", () => {
    const usa = compared.actuals?.allies.find((a) => a.ally === "USA");
    expect(usa?.model.startYear).toBe(2024);
    expect(usa?.model.startShare).toBe(3.3);
  });
});

/** The CLI in this process; its store (none is written here) under the system's temp folder. */
const cli = (args: string[]) => runCli(args, tmpdir());

describe("pledgewatch odds --model and --prior", () => {
  it("--model own makes own history the headline, with prior weight 0", async () => {
    const r = await cli(["odds", "--paths", "500", "--model", "own", "--json"]);
    expect(r.code).toBe(0);
    const body = JSON.parse(r.stdout);
    expect(body.model).toBe("own");
    expect(body.priorWeight).toBe(0);
    const usa = body.allies.find((a: { ally: string }) => a.ally === "USA");
    expect(usa.pDeadline).toBe(usa.pOwnDeadline);
    expect(usa.muPp).toBeCloseTo(-0.06, 10);
  });

  it("refuses an unknown model or a negative prior weight with exit 2", async () => {
    const bad = await cli(["odds", "--model", "mixed"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--model takes pooled or own");
    expect((await cli(["odds", "--prior", "-1"])).code).toBe(2);
  });
});
