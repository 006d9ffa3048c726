import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyData, runCli } from "../../test/helpers.ts";
import { bundledEdition } from "../../test/nato-workbook.ts";
import { loadDataset } from "../node/load-dataset.ts";
import { buildServer } from "../server/app.ts";
import { allyCapabilities, capabilityRanking } from "./capabilities.ts";

const storeHome = mkdtempSync(join(tmpdir(), "pledgewatch-store-"));
afterAll(() => rmSync(storeHome, { recursive: true, force: true }));

// a store of its own: never the user's
const run = (args: string[]) => runCli(args, process.cwd(), { env: { XDG_DATA_HOME: storeHome } });

const data = loadDataset();

describe("cash and capabilities", () => {
  it("Bulgaria's personnel share comes from its source, with NATO's estimate marks", () => {
    const c = allyCapabilities(data, "BGR", { asOf: 2026 });
    const at = (y: number) => c.years.find((x) => x.year === y)?.figures;
    expect(at(2022)?.personnel_share_pct).toMatchObject({
      value: 57.8,
      status: "actual",
      edition: "2025",
      sourceIds: ["gh_electionsbg_catsplit"],
    });
    expect(at(2025)?.personnel_share_pct?.status).toBe("estimate");
    expect(c.missing).toContain("personnel_k");
  });

  it("GDP falls back to spending / share, in billions, marked derived", () => {
    const deu = allyCapabilities(data, "DEU", { asOf: 2026 }).years.find((y) => y.year === 2026);
    // 147002 USD m / 2.69% = 5,464,758 USD m
    expect(deu?.figures.gdp_usd_current_bn?.value).toBeCloseTo(147002 / 0.0269 / 1000, 6);
    expect(deu?.figures.gdp_usd_current_bn).toMatchObject({
      derived: true,
      unit: "usd_bn_current",
    });
  });

  it("ranks allies by their latest figure, highest first, and names those with none", () => {
    const r = capabilityRanking(data, "equipment_share_pct", { asOf: 2026 });
    expect(r.rows[0]).toMatchObject({ rank: 1, ally: "POL", year: 2026, value: 55.91 });
    for (let i = 1; i < r.rows.length; i++)
      expect(r.rows[i - 1]?.value).toBeGreaterThanOrEqual(r.rows[i]?.value ?? 0);
    expect(r.noFigure).toEqual(["ISL"]);
  });

  it("personnel from an imported edition ranks every ally", async () => {
    const copy = copyData();
    const path = join(copy.dir, "personnel.csv");
    try {
      const allies = [...new Set(bundledEdition().map((f) => f.ally))].filter(
        (a) => a.length === 3 && a !== "NEC",
      );
      // invented figures for a test file, not data: 1, 2, 3 ... thousand by alphabetical code
      writeFileSync(
        path,
        `iso3,year,metric,value,unit,status\n${allies
          .sort()
          .map((a, i) => `${a},2026,personnel_k,${i + 1},thousand,estimate`)
          .join("\n")}\n`,
      );
      const imported = await run(["import", "nato", path, "--edition", "2026", "--data", copy.dir]);
      expect(imported.stderr).toBe("");
      const r = JSON.parse(
        (await run(["capabilities", "--metric", "personnel_k", "--data", copy.dir, "--json"]))
          .stdout,
      );
      expect(r.rows).toHaveLength(31);
      expect(r.rows[0]).toMatchObject({ ally: "USA", value: 31, status: "estimate" });
      const deu = await run(["ally", "DEU", "--data", copy.dir]);
      expect(deu.stdout).toMatch(/CASH AND CAPABILITIES\nYEAR +PERS\. k +GDP \$bn +EQUIP%/);
    } finally {
      copy.done();
    }
  });
});

describe("the API gives the same records as the CLI", () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildServer({ dataset: data, webDir: "/nonexistent" });
  });
  afterAll(() => app.close());

  it("/api/capabilities with a metric, and with an ally", async () => {
    for (const [query, args] of [
      ["metric=personnel_share_pct", ["--metric", "personnel_share_pct"]],
      ["ally=BGR", ["--ally", "BGR"]],
    ] as const) {
      const api = await app.inject({ method: "GET", url: `/api/capabilities?${query}` });
      expect(api.statusCode).toBe(200);
      expect(api.json()).toEqual(
        JSON.parse((await run(["capabilities", ...args, "--json"])).stdout),
      );
    }
    expect(
      (await app.inject({ method: "GET", url: "/api/capabilities?metric=nope" })).statusCode,
    ).toBe(400);
    expect((await run(["capabilities", "--metric", "nope"])).code).toBe(2);
  });
});
