import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../src/cli/main.ts";
import { copyData } from "./helpers.ts";

const work = mkdtempSync(join(tmpdir(), "pledgewatch-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(args: string[], opts: { tty?: boolean; env?: Record<string, string> } = {}) {
  let stdout = "";
  let stderr = "";
  const code = main(args, {
    out: (t) => {
      stdout += t;
    },
    err: (t) => {
      stderr += t;
    },
    env: opts.env ?? {},
    isTTY: opts.tty ?? false,
    cwd: work,
  });
  return { code, stdout, stderr };
}

describe("pledgewatch status", () => {
  it("--json lists every ally that has data, each row with its source ids", () => {
    const r = run(["status", "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.rows).toHaveLength(31);
    expect(out.noFigure).toEqual(["ISL"]);
    for (const row of out.rows) expect(row.source_ids.length).toBeGreaterThan(0);
    const deu = out.rows.find((row: { ally: string }) => row.ally === "DEU");
    expect(deu).toMatchObject({
      value_pct: 2.69,
      year: 2026,
      figure_status: "estimate",
      gap_pp: 0.81,
      trend_reaches_year: 2029,
      status: "on_track",
      source_ids: ["gh_cannoli_n26", "S014", "S011"],
    });
    expect(out.counts).toEqual({ met: 5, on_track: 18, at_risk: 8, off_track: 0 });
  });

  it("prints a table with a summary line, and colour only on a TTY without NO_COLOR", () => {
    const plain = run(["status"]);
    expect(plain.stdout).toMatch(/^DEU\s+Germany\s+2\.69\s+2026e\s+0\.81\s+44\.3/m);
    expect(plain.stdout).toContain(
      "31 allies: met 5, on_track 18, at_risk 8, off_track 0; no figure: ISL",
    );
    expect(plain.stdout).not.toContain("\u001b[");
    expect(run(["status"], { tty: true }).stdout).toContain("\u001b[");
    expect(run(["status"], { tty: true, env: { NO_COLOR: "1" } }).stdout).not.toContain("\u001b[");
  });

  it("--horizon moves the deadline to 2030 and says whose horizon it is", () => {
    const r = run(["status", "--horizon", "--target", "hague-total", "--csv"]);
    expect(r.code).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(31);
    expect(new Set(rows.map((x) => x.deadline))).toEqual(new Set(["2030"]));
    expect(rows[0]?.deadline_from).toMatch(/T001 \(Mark Rutte, 2025-12-11\)/);
    expect(rows[0]?.caveat).toMatch(/core spending/);
  });

  it("--as-of uses only figures up to that year", () => {
    const out = JSON.parse(
      run(["status", "--as-of", "2024", "--target", "two-percent", "--json"]).stdout,
    );
    expect(new Set(out.rows.map((r: { year: number }) => r.year))).toEqual(new Set([2024]));
  });

  it("bad usage exits 2 with the reason and the usage line on stderr", () => {
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
      const r = run(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout, args.join(" ")).toBe("");
      expect(r.stderr.length, args.join(" ")).toBeGreaterThan(0);
    }
    expect(run(["status", "--as-of", "20x4"]).stderr).toMatch(/--as-of takes a four-digit year/);
  });

  it("--help on every command exits 0 and names its options", () => {
    for (const c of ["status", "ally", "pledges", "sources", "compare", "export"]) {
      const r = run([c, "--help"]);
      expect(r.code, c).toBe(0);
      expect(r.stdout, c).toMatch(/^Usage: pledgewatch /);
    }
    expect(run(["status", "--help"]).stdout).toContain("on_track   not met; the deadline is ahead");
    expect(run(["--help"]).stdout).toMatch(/Commands:/);
  });
});

describe("pledgewatch ally", () => {
  it("DEU shows Germany's figures, its pledges and the gap to each target", () => {
    const r = run(["ally", "DEU"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Germany (DEU), as of 2026");
    expect(r.stdout).toMatch(/^2026\s+2\.69e\s+147002e/m);
    expect(r.stdout).toMatch(/^2025\s+2\.22e.*2025: 2\.40/m);
    expect(r.stdout).toMatch(/^hague-core \(3\.5%\)\s+2035\s+2\.69\s+0\.81\s+44\.3/m);
    expect(r.stdout).toMatch(/^hague-core@horizon \(3\.5%\)\s+2030/m);
    for (const id of ["P001", "P002", "P003", "P072"]) expect(r.stdout).toContain(id);
    expect(r.stdout).toContain("3.05% of GDP, by 2029");
  });

  it("accepts names and suggests the closest for a typo; comparators are not allies", () => {
    expect(run(["ally", "united kingdom", "--json"]).stdout).toContain('"ally": "GBR"');
    expect(run(["ally", "Turkiye", "--json"]).stdout).toContain('"ally": "TUR"');
    const typo = run(["ally", "Germny"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("Did you mean Germany (DEU)?");
    expect(run(["ally", "RUS"]).stderr).toContain("Russia (RUS) is not a NATO ally");
  });

  it("Iceland: no figure, said plainly, with its pledge", () => {
    const r = run(["ally", "ISL"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("No NATO figures for Iceland");
    expect(r.stdout).toContain("P070");
  });
});

describe("pledges, sources, compare", () => {
  it("pledges ALLY --json checks each pledge", () => {
    const out = JSON.parse(run(["pledges", "LVA", "--json"]).stdout);
    expect(out.map((p: { id: string }) => p.id)).toEqual(["P011", "P012", "P013", "P014"]);
    expect(out.find((p: { id: string }) => p.id === "P014").verdict).toBe("not_comparable");
  });

  it("sources ID shows one source and what cites it; an unknown id exits 2", () => {
    const r = run(["sources", "S061"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("pledges P001");
    expect(run(["sources", "gh_cannoli"]).stderr).toContain("similar: gh_cannoli_n26");
  });

  it("compare shows NATO and SIPRI figures side by side", () => {
    const out = JSON.parse(run(["compare", "--json"]).stdout);
    expect(out.year).toBe(2026);
    expect(out.comparison.comparators.map((c: { code: string }) => c.code)).toEqual(["RUS", "CHN"]);
    expect(out.burdenSharing).toHaveLength(31);
    expect(run(["compare"]).stdout).toContain("SIPRI");
  });
});

describe("pledgewatch export", () => {
  it("writes CSV and JSON that hold the same rows (round trip)", () => {
    const csvFile = join(work, "out.csv");
    const jsonFile = join(work, "out.json");
    expect(run(["export", "--format", "csv", "--out", "out.csv"]).code).toBe(0);
    const r = run(["export", "--format", "json", "--out", jsonFile]);
    expect(r.stderr).toMatch(/wrote 124 rows/);
    const fromCsv = parse(readFileSync(csvFile, "utf8"), { columns: true }) as Record<
      string,
      string
    >[];
    const fromJson = JSON.parse(readFileSync(jsonFile, "utf8")) as Record<string, unknown>[];
    expect(fromCsv).toHaveLength(124); // 31 allies x 4 targets
    expect(fromCsv.map((x) => `${x.ally}/${x.target}/${x.status}/${x.gap_pp}`)).toEqual(
      fromJson.map((x) => `${x.ally}/${x.target}/${x.status}/${x.gap_pp}`),
    );
    expect(fromCsv[0]?.source_ids).toBe(((fromJson[0]?.source_ids ?? []) as string[]).join(";"));
    expect(readdirSync(work).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("refuses a missing format, and an unwritable path, without leaving files", () => {
    expect(run(["export"]).code).toBe(2);
    const r = run(["export", "--format", "csv", "--out", join(work, "no-such-dir", "x.csv")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write/);
  });
});

describe("data errors", () => {
  it("a corrupted data package exits 1 naming file, line and field", () => {
    const copy = copyData();
    try {
      copy.edit("nato/expenditure.csv", (t) =>
        t.replace(/^DEU,2020,share_gdp_pct,/m, "DXU,2020,share_gdp_pct,"),
      );
      const r = run(["status", "--data", copy.dir]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/nato\/expenditure\.csv:\d+: field "iso3" is "DXU"/);
      expect(run(["status"], { env: { PLEDGEWATCH_DATA: copy.dir } }).code).toBe(1);
    } finally {
      copy.done();
    }
  });
});

describe("the installed bin", () => {
  it("runs on the project's Node and writes errors to stderr", () => {
    const bin = join(import.meta.dirname, "..", "bin", "pledgewatch.ts");
    const out = execFileSync(process.execPath, [bin, "status", "--csv"], { encoding: "utf8" });
    expect(out.split("\n")[0]).toMatch(/^ally,name,target,/);
    const bad = spawnSync(process.execPath, [bin, "ally", "Germny"], { encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toContain("Did you mean Germany");
  });
});
