import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALLIES } from "../src/data/vocabulary.ts";
import { loadDataset } from "../src/node/load-dataset.ts";
import { DEFAULT_DATA_DIR } from "../src/node/read-data.ts";
import { buildServer } from "../src/server/app.ts";
import { copyData, runCli } from "./helpers.ts";

const cli = (args: string[], env: Record<string, string> = {}) =>
  runCli(args, process.cwd(), { env });

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildServer({ dataset: loadDataset(), webDir: "/nonexistent" });
});
afterAll(() => app.close());

const api = async (url: string) => (await app.inject({ method: "GET", url })).json();
const csvRows = (file: string) =>
  parse(readFileSync(join(DEFAULT_DATA_DIR, file), "utf8"), { columns: true }) as Record<
    string,
    string
  >[];

describe("the CLI's --json and the API give the same record", () => {
  for (const [args, url] of [
    [["ukraine", "--json"], "/api/ukraine"],
    [["ukraine", "--rank-by", "gdp", "--json"], "/api/ukraine?rankBy=gdp"],
    [["production", "--json"], "/api/production"],
    [["rivals", "--json"], "/api/rivals"],
  ] as const) {
    it(`${args.join(" ")} = GET ${url}`, async () => {
      const r = await cli([...args]);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual(await api(url));
    });
  }

  it("the CSV tables agree too", async () => {
    const fromCli = (await cli(["ukraine", "--csv"])).stdout;
    const fromApi = (await app.inject({ method: "GET", url: "/api/ukraine.csv" })).body;
    expect(fromApi).toBe(fromCli);
  });
});

describe("pledgewatch ukraine", () => {
  it("covers the 29 allies in the Kiel release, each with EUR bn, % of GDP and a source; ALB, MKD, MNE say why not", async () => {
    const out = JSON.parse((await cli(["ukraine", "--json"])).stdout);
    expect(out.cutoff).toBe("2026-02-28");
    expect(out.rows).toHaveLength(29);
    for (const row of out.rows) {
      expect(row.totalAllocatedEurBn).toBeTypeOf("number");
      expect(row.militaryAllocatedEurBn).toBeTypeOf("number");
      expect(row.totalAllocatedPctGdp).toBeTypeOf("number");
      expect(row.sourceIds.length).toBeGreaterThan(0);
    }
    expect(out.notCovered.map((n: { ally: string }) => n.ally).sort()).toEqual([
      "ALB",
      "MKD",
      "MNE",
    ]);
    expect(out.notCovered[0].reason).toMatch(/not a donor in the Kiel tracker's release/);
    expect(out.includes).toMatch(/EU institutions/);
  });

  it("takes each figure from the file, recovers commitments as % of GDP, ranks and sums by hand", async () => {
    const rows = csvRows("context/ukraine_support.csv").filter(
      (r) => r.cutoff === "2026-02-28" && r.donor_iso3 === "DEU",
    );
    const figure = (metric: string) => Number(rows.find((r) => r.metric === metric)?.value);
    const out = JSON.parse((await cli(["ukraine", "--json"])).stdout);
    const deu = out.rows.find((r: { ally: string }) => r.ally === "DEU");
    expect(deu.totalAllocatedEurBn).toBe(figure("total_allocated"));
    expect(deu.militaryCommittedEurBn).toBe(figure("military_committed"));
    // 2021 GDP = 25.295 / 0.7023% = 3601.7 bn; 47.232 / 3601.7 = 1.3114%
    const gdp = figure("total_allocated") / (figure("total_allocated_pct_gdp") / 100);
    expect(gdp).toBeCloseTo(3601.7, 0);
    expect(deu.totalCommittedPctGdp).toBeCloseTo(1.3114, 3);

    const byEur = out.rows.map((r: { totalAllocatedEurBn: number }) => r.totalAllocatedEurBn);
    expect(byEur).toEqual([...byEur].sort((a, b) => b - a));
    expect(out.rows[0]).toMatchObject({ ally: "USA", rank: 1 });
    const us = out.totals.unitedStates.totalAllocatedEurBn;
    const rest = out.totals.alliesExceptUnitedStates.totalAllocatedEurBn;
    expect(us).toBe(115.381);
    expect(us + rest).toBeCloseTo(out.totals.allies.totalAllocatedEurBn, 6);

    const gdpRanked = JSON.parse((await cli(["ukraine", "--rank-by", "gdp", "--json"])).stdout);
    expect(gdpRanked.rows[0]).toMatchObject({ ally: "DNK", totalAllocatedPctGdp: 3.2723 });
  });

  it("rejects an unknown ranking with exit 2", async () => {
    const r = await cli(["ukraine", "--rank-by", "size"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--rank-by takes eur or gdp \(got "size"\)/);
  });

  it("a data package whose release lacks an ally says the ally is not covered", async () => {
    const data = copyData();
    try {
      data.edit("context/ukraine_support.csv", (t) =>
        t
          .split(/\r?\n/)
          .filter((l) => !(l.startsWith("ISL,") && l.includes("2026-02-28")))
          .join("\n"),
      );
      const out = JSON.parse((await cli(["ukraine", "--json", "--data", data.dir])).stdout);
      expect(out.rows).toHaveLength(28);
      expect(out.notCovered.map((n: { ally: string }) => n.ally)).toContain("ISL");
    } finally {
      data.done();
    }
  });
});

describe("pledgewatch production", () => {
  it("--json lists every row of production.csv with its kind and source, marked as a claim", async () => {
    const file = csvRows("context/production.csv");
    const out = JSON.parse((await cli(["production", "--json"])).stdout);
    expect(out.rows).toHaveLength(file.length);
    out.rows.forEach(
      (r: { producer: string; kind: string; sourceIds: string[]; claim: boolean }, i: number) => {
        expect(r.producer).toBe(file[i]?.producer);
        expect(r.kind).toBe(file[i]?.kind);
        expect(r.sourceIds).toEqual([file[i]?.source_id]);
        expect(r.claim).toBe(true);
      },
    );
  });

  it("annualises monthly figures, marks bounds and sides", async () => {
    const out = JSON.parse((await cli(["production", "--json"])).stdout);
    const monthly = out.rows.find(
      (r: { producer: string; unit: string }) =>
        r.producer === "Russia" && r.unit === "rounds_per_month",
    );
    expect(monthly).toMatchObject({ value: 250000, perYear: 3000000, perYearFrom: "monthly x 12" });
    const bound = out.rows.find((r: { unit: string }) => r.unit === "rounds_per_year_upper_bound");
    expect(bound.bound).toBe("upper");
    const ratio = out.rows.find((r: { producer: string }) => r.producer === "Russia_vs_NATO");
    expect(ratio).toMatchObject({ side: "comparison", perYear: null });
  });
});

describe("pledgewatch rivals", () => {
  it("gives each published PPP estimate beside SIPRI's market-rate figure for the same year", async () => {
    const out = JSON.parse((await cli(["rivals", "--json"])).stdout);
    const rus2024 = out.purchasingPower.find(
      (f: { country: string; year: number }) => f.country === "RUS" && f.year === 2024,
    );
    // 461,600 / 148,967.3 (SIPRI, current USD m)
    expect(rus2024).toMatchObject({ value: 461600, sipriUsdCurrentM: 148967.3, ratioToSipri: 3.1 });
    expect(rus2024.definition).toMatch(/IISS/);
    for (const f of [...out.purchasingPower, ...out.russiaBudget]) {
      expect(f.sourceIds.length).toBeGreaterThan(0);
      expect(f.definition).not.toMatch(/^as the source states it/);
    }
    const shares = out.russiaBudget.filter(
      (f: { metric: string }) => f.metric === "share_federal_spending_pct",
    );
    expect(shares.map((f: { year: number }) => f.year)).toEqual([2021, 2023, 2024, 2025]);
    expect(out.notFound.join(" ")).toMatch(/China at purchasing power parity after 2018/);
  });
});

describe("pledgewatch chart map", () => {
  it("--out map.svg draws one shape per ally; --colour-by share too", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pledgewatch-map-"));
    try {
      for (const extra of [[], ["--colour-by", "share"]]) {
        const out = join(dir, "map.svg");
        const r = await cli(["chart", "map", ...extra, "--out", out]);
        expect(r.code, r.stderr).toBe(0);
        const svg = readFileSync(out, "utf8");
        const shapes = ALLIES.map(
          (a) => (svg.match(new RegExp(`<path[^>]*aria-label="${a.name}: `, "g")) ?? []).length,
        );
        expect(shapes).toEqual(ALLIES.map(() => 1));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("--colour-by is checked, and only for the map", async () => {
    const bad = await cli(["chart", "map", "--colour-by", "size", "--out", "x.svg"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--colour-by takes status or share \(got "size"\)/);
    const elsewhere = await cli(["chart", "ranking", "--colour-by", "share", "--out", "x.svg"]);
    expect(elsewhere.code).toBe(2);
    expect(elsewhere.stderr).toMatch(/map chart only/);
  });

  it("GET /api/charts/map?colourBy=share gives the spec, its CSV the allies' figures", async () => {
    const spec = await api("/api/charts/map?colourBy=share");
    expect(spec.layer).toHaveLength(4);
    const csv = (await app.inject({ method: "GET", url: "/api/charts/map.csv" })).body;
    expect(csv.split("\n")[0]).toBe("ally,name,share,year,estimate,status,gap");
    expect(csv.split("\n").filter(Boolean)).toHaveLength(33);
  });
});

describe("rivals cites its sources", () => {
  it("the table's sources read as citations, not ids", async () => {
    const r = await cli(["rivals"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("(SIPRI, 28 April 2025)");
    expect(r.stdout).not.toMatch(/SIPRI_MILEX_2025_REPO|PRESS_[A-Z_]+\d/);
  });
});
