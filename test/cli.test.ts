import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../src/cli/main.ts";
import { copyData, runCli } from "./helpers.ts";

const work = mkdtempSync(join(tmpdir(), "pledgewatch-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (args: string[], opts: { tty?: boolean; env?: Record<string, string> } = {}) =>
  runCli(args, work, { isTTY: opts.tty ?? false, env: opts.env });

describe("pledgewatch status", () => {
  it("--json lists every ally that has data, each row with its source ids", async () => {
    const r = await run(["status", "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.rows).toHaveLength(31);
    expect(out.noFigure).toEqual(["ISL"]);
    for (const row of out.rows) expect(row.sourceIds.length).toBeGreaterThan(0);
    const deu = out.rows.find((row: { ally: string }) => row.ally === "DEU");
    expect(deu).toMatchObject({
      valuePct: 2.69,
      year: 2026,
      figureStatus: "estimate",
      gapPp: 0.81,
      trendReachesYear: 2029,
      status: "on_track",
      sourceIds: ["gh_cannoli_n26", "S014", "S011"],
    });
    expect(out.counts).toEqual({ met: 5, on_track: 18, at_risk: 8, off_track: 0 });
  });

  it("prints a table with a summary line, and colour only on a TTY without NO_COLOR", async () => {
    const plain = await run(["status"]);
    expect(plain.stdout).toMatch(/^DEU\s+Germany\s+2\.69\s+2026e\s+0\.81\s+44\.3/m);
    expect(plain.stdout).toContain(
      "31 allies: met 5, on_track 18, at_risk 8, off_track 0; no figure: ISL",
    );
    expect(plain.stdout).not.toContain("\u001b[");
    expect((await run(["status"], { tty: true })).stdout).toContain("\u001b[");
    expect((await run(["status"], { tty: true, env: { NO_COLOR: "1" } })).stdout).not.toContain(
      "\u001b[",
    );
  });

  it("--horizon moves the deadline to 2030 and says whose horizon it is", async () => {
    const r = await run(["status", "--horizon", "--target", "hague-total", "--csv"]);
    expect(r.code).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(31);
    expect(new Set(rows.map((x) => x.deadline))).toEqual(new Set(["2030"]));
    expect(rows[0]?.deadlineFrom).toMatch(/T001 \(Mark Rutte, 2025-12-11\)/);
    expect(rows[0]?.caveat).toMatch(/core spending/);
  });

  it("--as-of uses only figures up to that year", async () => {
    const out = JSON.parse(
      (await run(["status", "--as-of", "2024", "--target", "two-percent", "--json"])).stdout,
    );
    expect(new Set(out.rows.map((r: { year: number }) => r.year))).toEqual(new Set([2024]));
  });

  it("bad usage exits 2 with the reason and the usage line on stderr", async () => {
    for (const args of [
      ["status", "--as-of", "20x4"],
      ["status", "--json", "--csv"],
      ["status", "--target", "six"],
      ["status", "--by", "2030", "--horizon"],
      ["status", "--edition", "1999"],
      ["status", "--frobnicate"],
      ["status", "extra"],
      ["nonsense"],
      [],
    ]) {
      const r = await run(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout, args.join(" ")).toBe("");
      expect(r.stderr.length, args.join(" ")).toBeGreaterThan(0);
    }
    expect((await run(["status", "--as-of", "20x4"])).stderr).toMatch(
      /--as-of takes a four-digit year/,
    );
  });

  it("--help on every command exits 0 and names its options", async () => {
    for (const c of ["status", "ally", "pledges", "sources", "compare", "export"]) {
      const r = await run([c, "--help"]);
      expect(r.code, c).toBe(0);
      expect(r.stdout, c).toMatch(/^Usage: pledgewatch /);
    }
    expect((await run(["status", "--help"])).stdout).toContain(
      "on_track   not met; the deadline is ahead",
    );
    expect((await run(["--help"])).stdout).toMatch(/Commands:/);
  });
});

describe("pledgewatch ally", () => {
  it("DEU shows Germany's figures, its pledges and the gap to each target", async () => {
    const r = await run(["ally", "DEU"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Germany (DEU), as of 2026");
    expect(r.stdout).toMatch(/^2026\s+2\.69e\s+147002e/m);
    expect(r.stdout).toMatch(/^2025\s+2\.22e.*2025: 2\.40/m);
    expect(r.stdout).toMatch(/^hague-core \(3\.5%\)\s+2035\s+2\.69\s+0\.81\s+44\.3/m);
    expect(r.stdout).toMatch(/^hague-core@horizon \(3\.5%\)\s+2030/m);
    for (const id of ["P001", "P002", "P003", "P072"]) expect(r.stdout).toContain(id);
    expect(r.stdout).toContain("3.05% of GDP, by 2029");
  });

  it("accepts names and suggests the closest for a typo; comparators are not allies", async () => {
    expect((await run(["ally", "united kingdom", "--json"])).stdout).toContain('"ally": "GBR"');
    expect((await run(["ally", "Turkiye", "--json"])).stdout).toContain('"ally": "TUR"');
    const typo = await run(["ally", "Germny"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("Did you mean Germany (DEU)?");
    expect((await run(["ally", "RUS"])).stderr).toContain("Russia (RUS) is not a NATO ally");
  });

  it("Iceland: no figure, said plainly, with its pledge", async () => {
    const r = await run(["ally", "ISL"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("No NATO figures for Iceland");
    expect(r.stdout).toContain("P070");
  });
});

describe("pledges, sources, compare", () => {
  it("pledges ALLY --json checks each pledge", async () => {
    const out = JSON.parse((await run(["pledges", "LVA", "--json"])).stdout);
    expect(out.asOf).toBe(2026);
    expect(out.pledges.map((p: { id: string }) => p.id)).toEqual(["P011", "P012", "P013", "P014"]);
    expect(out.pledges.find((p: { id: string }) => p.id === "P014").verdict).toBe("not_comparable");
  });

  it("sources ID shows one source and what cites it; an unknown id exits 2", async () => {
    const r = await run(["sources", "S061"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("pledges P001");
    expect((await run(["sources", "gh_cannoli"])).stderr).toContain("similar: gh_cannoli_n26");
  });

  it("compare shows NATO and SIPRI figures side by side", async () => {
    const out = JSON.parse((await run(["compare", "--json"])).stdout);
    expect(out.year).toBe(2026);
    expect(out.comparison.comparators.map((c: { code: string }) => c.code)).toEqual(["RUS", "CHN"]);
    expect(out.burdenSharing).toHaveLength(31);
    expect((await run(["compare"])).stdout).toContain("SIPRI");
  });
});

describe("pledgewatch export", () => {
  it("writes CSV and JSON that hold the same rows (round trip)", async () => {
    const csvFile = join(work, "out.csv");
    const jsonFile = join(work, "out.json");
    expect((await run(["export", "--format", "csv", "--out", "out.csv"])).code).toBe(0);
    const r = await run(["export", "--format", "json", "--out", jsonFile]);
    expect(r.stderr).toMatch(/wrote 128 rows/);
    const fromCsv = parse(readFileSync(csvFile, "utf8"), { columns: true }) as Record<
      string,
      string
    >[];
    const fromJson = JSON.parse(readFileSync(jsonFile, "utf8")) as Record<string, unknown>[];
    expect(fromCsv).toHaveLength(128); // 32 allies x 4 targets: Iceland as "no figure" rows
    expect(fromCsv.map((x) => `${x.ally}/${x.target}/${x.status}/${x.gapPp}`)).toEqual(
      // CSV writes a missing value (null) as an empty cell
      fromJson.map((x) => `${x.ally}/${x.target}/${x.status ?? ""}/${x.gapPp ?? ""}`),
    );
    expect(fromCsv[0]?.sourceIds).toBe(((fromJson[0]?.sourceIds ?? []) as string[]).join(";"));
    expect(readdirSync(work).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("refuses a missing format, and an unwritable path, without leaving files", async () => {
    expect((await run(["export"])).code).toBe(2);
    const r = await run(["export", "--format", "csv", "--out", join(work, "no-such-dir", "x.csv")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write/);
  });
});

describe("data errors", () => {
  it("a corrupted data package exits 1 naming file, line and field", async () => {
    const copy = copyData();
    try {
      copy.edit("nato/expenditure.csv", (t) =>
        t.replace(/^DEU,2020,share_gdp_pct,/m, "DXU,2020,share_gdp_pct,"),
      );
      const r = await run(["status", "--data", copy.dir]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/nato\/expenditure\.csv:\d+: field "iso3" is "DXU"/);
      expect((await run(["status"], { env: { PLEDGEWATCH_DATA: copy.dir } })).code).toBe(1);
    } finally {
      copy.done();
    }
  });
});

describe("the installed bin", () => {
  it("runs on the project's Node and writes errors to stderr", async () => {
    const bin = join(import.meta.dirname, "..", "bin", "pledgewatch.js");
    const out = execFileSync(process.execPath, [bin, "status", "--csv"], { encoding: "utf8" });
    expect(out.split("\n")[0]).toMatch(/^ally,name,target,/);
    const bad = spawnSync(process.execPath, [bin, "ally", "Germny"], { encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toContain("Did you mean Germany");
    // two fresh Node processes: on a loaded 2-core machine each can take seconds to start
  }, 30_000);
});

describe("projections from the CLI", () => {
  it("project DEU --json gives the path, its crossing year and its sources", async () => {
    const r = await run(["project", "DEU", "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ ally: "DEU", path: "trend", crossesIn: 2029 });
    expect(out.years[0]).toMatchObject({
      year: 2026,
      sharePct: 2.69,
      gdpGrowthFrom: "observed",
    });
    expect(out.sourceIds).toContain("IMF_WEO_2025_10_REPO");
  });

  it("project rejects an unknown path and an ally without a pledge, with exit 2", async () => {
    expect((await run(["project", "DEU", "--path", "zigzag"])).stderr).toMatch(
      /--path takes trend/,
    );
    const usa = await run(["project", "USA", "--path", "pledge"]);
    expect(usa.code).toBe(2);
    expect(usa.stderr).toMatch(/no pledge with a share of GDP/);
  });

  it("scenario run writes CSV atomically, and a malformed file exits 1 naming the field", async () => {
    const out = join(work, "hague.csv");
    const ok = await run([
      "scenario",
      "run",
      join(import.meta.dirname, "..", "scenarios", "hague.yaml"),
      "--csv",
      "--out",
      out,
    ]);
    expect(ok.code).toBe(0);
    const rows = parse(readFileSync(out, "utf8"), { columns: true }) as Record<string, string>[];
    expect(rows.filter((x) => x.ally === "ALL")).toHaveLength(10);
    expect(rows.find((x) => x.ally === "ALL" && x.year === "2035")?.alliesAtThreshold).toBe("31");
    const bad = join(work, "bad.yaml");
    writeFileSync(bad, "name: x\ntarget: {threshold: 3.5, basis: core, deadline: soon}\n");
    const badOut = join(work, "bad-out.csv");
    const r = await run(["scenario", "run", bad, "--out", badOut]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${bad}: field "target.deadline": expected`);
    expect(existsSync(badOut)).toBe(false);
  });

  it("odds draws a progress bar on a terminal's stderr, and none elsewhere", async () => {
    let err = "";
    const code = await main(["odds", "--paths", "200", "--csv"], {
      out: () => {},
      err: (t) => {
        err += t;
      },
      env: {},
      isTTY: false,
      errIsTTY: true,
      cwd: work,
    });
    expect(code).toBe(0);
    expect(err).toContain("] 31/31 allies");
    expect((await run(["odds", "--paths", "200", "--csv"])).stderr).toBe("");
  });

  it("odds --json with a seed repeats exactly and reports standard errors under 1 pp", async () => {
    const args = ["odds", "--paths", "3000", "--seed", "9", "--json"];
    const a = JSON.parse((await run(args)).stdout);
    const b = JSON.parse((await run(args)).stdout);
    expect(a.allies).toEqual(b.allies);
    expect(a.allies).toHaveLength(31);
    for (const ally of a.allies) expect(ally.seDeadline).toBeLessThan(0.01);
    expect((await run(["odds", "--paths", "0"])).code).toBe(2);
  });
});

describe("pledgewatch chart", () => {
  it("writes SVG, PNG and the spec; refuses a wrong extension or a missing ally", async () => {
    const svg = join(work, "ranking.svg");
    expect((await run(["chart", "ranking", "--out", svg])).code).toBe(0);
    expect(readFileSync(svg, "utf8")).toContain("Defence spending as a share of GDP, 2026");
    const png = join(work, "deu.png");
    expect((await run(["chart", "history", "Germany", "--out", png])).code).toBe(0);
    expect(readFileSync(png).subarray(1, 4).toString()).toBe("PNG");
    const spec = join(work, "rivals.json");
    expect((await run(["chart", "rivals", "--out", spec])).code).toBe(0);
    expect(JSON.parse(readFileSync(spec, "utf8")).description).toContain("SIPRI");
    expect((await run(["chart", "ranking", "--out", join(work, "x.gif")])).stderr).toMatch(
      /\.svg, \.png or \.json/,
    );
    expect((await run(["chart", "history", "--out", svg])).code).toBe(2);
    expect((await run(["chart", "pie", "--out", svg])).stderr).toMatch(/unknown chart "pie"/);
  });
});
