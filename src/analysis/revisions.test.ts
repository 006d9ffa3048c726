import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { csvParse } from "d3-dsv";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyData, runCli } from "../../test/helpers.ts";
import { layoutSheets, nextEdition, workbookBytes } from "../../test/nato-workbook.ts";
import { loadDataset } from "../node/load-dataset.ts";
import { buildServer } from "../server/app.ts";
import { revisions } from "./revisions.ts";

const work = mkdtempSync(join(tmpdir(), "pledgewatch-revisions-"));
const data = copyData();
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  data.done();
});

const run = (args: string[]) => runCli(args, work);

const next = nextEdition();

beforeAll(async () => {
  const path = join(work, "def-exp-2027-en.xlsx");
  writeFileSync(path, await workbookBytes(layoutSheets(next.figures, 2027)));
  const r = await run(["import", "nato", path, "--data", data.dir]);
  expect(r.stderr).toBe("");
});

interface Row {
  ally: string;
  metric: string;
  year: number;
  from: { value: number; status: string; edition: string; sourceIds: string[] };
  to: { value: number; status: string; edition: string; sourceIds: string[] };
  change: number;
  becameActual: boolean;
}

describe("pledgewatch revisions, after importing the next edition", () => {
  it("lists exactly the figures the new edition revised, with old and new values", async () => {
    const r = await run([
      "revisions",
      "--from",
      "2026",
      "--to",
      "2027",
      "--data",
      data.dir,
      "--json",
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const found = new Map<string, [number, number]>(
      out.revisions.map((x: Row) => [
        `${x.ally}|${x.metric}|${x.year}`,
        [x.from.value, x.to.value],
      ]),
    );
    expect(found).toEqual(next.revised);
    for (const x of out.revisions as Row[]) {
      expect(x.from).toMatchObject({ edition: "2026", sourceIds: ["gh_cannoli_n26"] });
      expect(x.to).toMatchObject({ edition: "2027", sourceIds: ["nato_workbook_2027"] });
      expect(x.becameActual).toBe(x.year === 2025);
      expect(x.change).toBeCloseTo(x.to.value - x.from.value, 9);
    }
    // 2025 was estimated in 2026 for 31 allies x 4 metrics and 2 aggregates x 3 (no equipment
    // share): 130 figures, 4 of them revised, the rest confirmed as they were
    expect(out.confirmed).toBe(126);
    // largest relative change first: POL 3.75 -> 4.2 is +12%
    expect(out.revisions[0]).toMatchObject({ ally: "POL", metric: "share_gdp_pct", year: 2024 });
    expect(out.allies.find((a: { ally: string }) => a.ally === "DEU")).toMatchObject({
      revised: 2,
      up: 2,
      down: 0,
      becameActual: 2,
    });
  });

  it("filters by metric, size and ally; --csv has one row per revision", async () => {
    const big = JSON.parse(
      (
        await run([
          "revisions",
          "--metric",
          "share_gdp_pct",
          "--min",
          "0.1",
          "--data",
          data.dir,
          "--json",
        ])
      ).stdout,
    );
    expect(big.revisions.map((x: Row) => x.ally)).toEqual(["POL"]);
    const deu = JSON.parse(
      (await run(["revisions", "--ally", "Germany", "--data", data.dir, "--json"])).stdout,
    );
    expect(deu.revisions.map((x: Row) => `${x.metric} ${x.year}`).sort()).toEqual([
      "share_gdp_pct 2025",
      "usd_current_m 2025",
    ]);
    const csv = csvParse((await run(["revisions", "--data", data.dir, "--csv"])).stdout);
    expect(csv).toHaveLength(6);
    expect(csv.find((x) => x.ally === "FRA")).toMatchObject({
      fromValue: "28.19",
      toValue: "27.5",
      fromStatus: "actual",
      toStatus: "actual",
      becameActual: "false",
    });
  });

  it("prints a table with the estimates that became actuals marked", async () => {
    const r = await run(["revisions", "--data", data.dir]);
    expect(r.stdout).toContain("What NATO revised: edition 2026 -> 2027");
    expect(r.stdout).toMatch(
      /^DEU +share_gdp_pct +2025 +2\.22e +2\.31 +\+0\.09 +\+4\.05 +estimate became actual$/m,
    );
  });

  it("refuses an unknown edition or metric (exit 2)", async () => {
    const e = await run(["revisions", "--from", "1999", "--data", data.dir]);
    expect(e.code).toBe(2);
    expect(e.stderr).toContain('unknown edition "1999": the data has 2027, 2026, 2025');
    expect((await run(["revisions", "--metric", "gdp", "--data", data.dir])).code).toBe(2);
    expect((await run(["revisions", "--min", "-1", "--data", data.dir])).code).toBe(2);
  });
});

describe("revisions in the bundled data", () => {
  const dataset = loadDataset();

  it("defaults to the latest edition against the one before it", () => {
    const r = revisions(dataset, { metric: "share_gdp_pct", ally: "POL" });
    expect([r.from, r.to]).toEqual(["2025", "2026"]);
    // nato/NOTES.md: POL 2024 3.79 (2025 edition) -> 3.75 (2026, core basis)
    const pol2024 = r.revisions.find((x) => x.year === 2024);
    expect(pol2024).toMatchObject({ from: { value: 3.79 }, to: { value: 3.75 }, change: -0.04 });
  });

  it("the API gives the same record as the CLI's --json", async () => {
    for (const [dir, query, args] of [
      [
        undefined,
        "from=2025&to=2026&metric=share_gdp_pct",
        ["--from", "2025", "--to", "2026", "--metric", "share_gdp_pct"],
      ],
      [data.dir, "ally=DEU", ["--ally", "DEU"]],
    ] as const) {
      const app = await buildServer({ dataset: loadDataset(dir), webDir: "/nonexistent" });
      try {
        const api = await app.inject({ method: "GET", url: `/api/revisions?${query}` });
        expect(api.statusCode).toBe(200);
        const cli = await run(["revisions", ...args, ...(dir ? ["--data", dir] : []), "--json"]);
        expect(api.json()).toEqual(JSON.parse(cli.stdout));
        const bad = await app.inject({ method: "GET", url: "/api/revisions?from=1999" });
        expect(bad.statusCode).toBe(400);
        expect(bad.json().detail).toContain('unknown edition "1999"');
      } finally {
        await app.close();
      }
    }
  });
});
