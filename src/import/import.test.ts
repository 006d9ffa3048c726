import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { csvParse } from "d3-dsv";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyData, runCli } from "../../test/helpers.ts";
import {
  bundledEdition,
  cellOf,
  layoutSheets,
  nextEdition,
  type WorkbookSheet,
  workbookBytes,
} from "../../test/nato-workbook.ts";
import { citeSource } from "../data/citation.ts";
import { loadDataset } from "../node/load-dataset.ts";

const work = mkdtempSync(join(tmpdir(), "pledgewatch-import-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (args: string[]) => runCli(args, work);

/** Every file of a folder with its SHA-256: equal snapshots mean byte-for-byte equal folders. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash("sha256").update(readFileSync(p)).digest("hex");
    }
  };
  walk(dir);
  return out;
}

async function writeWorkbook(name: string, sheets: WorkbookSheet[]): Promise<string> {
  const path = join(work, name);
  writeFileSync(path, await workbookBytes(sheets));
  return path;
}

const key = (f: { ally: string; year: number; metric: string }) =>
  `${f.ally}|${f.metric}|${f.year}`;

function rowsOf(dir: string, source: string) {
  return csvParse(readFileSync(join(dir, "nato/expenditure.csv"), "utf8")).filter(
    (r) => r.source_id === source,
  );
}

const bundled = bundledEdition();

describe("import nato: a workbook in the published layout", () => {
  const data = copyData();
  afterAll(() => data.done());
  let path = "";
  beforeAll(async () => {
    path = await writeWorkbook("def-exp-2026-en.xlsx", layoutSheets(bundled, 2026));
  });

  it("round trip: importing a workbook built from the 2026 edition gives the same figures", async () => {
    const r = await run([
      "import",
      "nato",
      path,
      "--data",
      data.dir,
      "--published",
      "2026-07-10",
      "--url",
      "https://example.org/def-exp-2026-en.xlsx",
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("as edition 2026 (source nato_workbook_2026)");
    expect(r.stdout).toContain(`${bundled.length} figures; ${bundled.length} added, 0 removed`);
    const imported = rowsOf(data.dir, "nato_workbook_2026");
    expect(imported).toHaveLength(bundled.length);
    const want = new Map(bundled.map((f) => [key(f), f]));
    for (const row of imported) {
      const f = want.get(
        key({ ally: row.iso3 ?? "", year: Number(row.year), metric: row.metric ?? "" }),
      );
      expect(f, `${row.iso3} ${row.metric} ${row.year}`).toBeDefined();
      expect(Number(row.value)).toBe(f?.value);
      expect(row.status).toBe(f?.status);
      expect(row.edition).toBe("2026");
    }
    const source = csvParse(readFileSync(join(data.dir, "nato/sources.csv"), "utf8")).find(
      (s) => s.source_id === "nato_workbook_2026",
    );
    expect(source).toMatchObject({
      kind: "official",
      publisher: "NATO",
      title: "Defence Investment of NATO Countries (2014-2026): Tables 1, 2, 3, 5, 6, 7, 8a, 8b",
      url: "https://example.org/def-exp-2026-en.xlsx",
      published: "2026-07-10",
    });
    const sha = createHash("sha256").update(readFileSync(path)).digest("hex");
    expect(source?.note).toContain(`def-exp-2026-en.xlsx, SHA-256 ${sha}`);
    // the loader takes it, and NATO's own file now supplies the default series
    const dataset = loadDataset(data.dir);
    expect(dataset.point("DEU", "share_gdp_pct", 2026)?.sourceIds).toEqual(["nato_workbook_2026"]);
    expect(dataset.point("DEU", "share_gdp_pct", 2026)?.value).toBe(2.69);
    // the 2026 publication was already described from the transcription's sources: kept
    expect(dataset.publication("2026")?.sourceIds).toEqual(["gh_cannoli_n26"]);
    // NATO's own file is cited without a "via"
    expect(citeSource(dataset, "nato_workbook_2026")?.text).toBe(
      "NATO, Defence Investment of NATO Countries (2014-2026), Tables 2, 3, 8a, July 2026",
    );
  });

  it("reads the same figures when blank and unit rows stand between titles and headers", async () => {
    const spaced = await writeWorkbook(
      "spaced.xlsx",
      layoutSheets(bundled, 2026, { spaced: true }),
    );
    const r = await run(["import", "nato", spaced, "--data", data.dir, "--dry-run", "--json"]);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toMatchObject({ figures: bundled.length, edition: "2026" });
  });

  it("importing the same file again changes nothing, byte for byte", async () => {
    const before = snapshot(data.dir);
    const r = await run([
      "import",
      "nato",
      path,
      "--data",
      data.dir,
      "--published",
      "2026-07-10",
      "--url",
      "https://example.org/def-exp-2026-en.xlsx",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Nothing changed: .* already holds def-exp-2026-en\.xlsx as edition 2026/,
    );
    expect(snapshot(data.dir)).toEqual(before);
  });
});

describe("import nato: the next edition", () => {
  const data = copyData();
  afterAll(() => data.done());
  const { figures, revised } = nextEdition();

  it("adds edition 2027 beside 2026; the loader takes it and the ally view shows its years", async () => {
    const path = await writeWorkbook("def-exp-2027-en.xlsx", layoutSheets(figures, 2027));
    const r = await run(["import", "nato", path, "--data", data.dir]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("as edition 2027 (source nato_workbook_2027)");
    const dataset = loadDataset(data.dir);
    expect(dataset.editions()[0]).toBe("2027");
    expect(dataset.publication("2027")).toMatchObject({
      title: "Defence Investment of NATO Countries (2014-2027)",
      published: "unknown",
      sourceIds: ["nato_workbook_2027"],
    });
    expect(dataset.point("DEU", "share_gdp_pct", 2025)).toMatchObject({
      value: 2.31,
      status: "actual",
      edition: "2027",
    });
    expect(dataset.point("DEU", "share_gdp_pct", 2027)).toMatchObject({ status: "estimate" });
    const ally = await run(["ally", "DEU", "--data", data.dir]);
    expect(ally.code).toBe(0);
    expect(ally.stdout).toMatch(/^2027 +2\.69e/m);
    expect(revised.size).toBe(6);
  });
});

describe("import nato: broken workbooks are refused and leave the data folder unchanged", () => {
  const data = copyData();
  afterAll(() => data.done());
  const base = () => layoutSheets(bundled, 2026);
  const sheet = (sheets: WorkbookSheet[], name: string) => {
    const s = sheets.find((x) => x.sheet === name);
    if (!s) throw new Error(name);
    return s;
  };
  const setCell = (s: WorkbookSheet, [r, c]: [number, number], value: string | number) => {
    const row = s.data[r] ?? [];
    row[c] = { value };
    s.data[r] = row;
  };

  const cases: [string, () => WorkbookSheet[], RegExp][] = [
    [
      "a missing sheet",
      () => base().filter((s) => s.sheet !== "Table 3"),
      /sheet "Table 3": "sheets present: Table 1, Table 2, Table 5, .*"; expected a sheet named "Table 3"/,
    ],
    [
      "a header shifted one column right",
      () => {
        const sheets = base();
        const s = sheet(sheets, "Table 2");
        s.data[3] = [null, ...(s.data[3] ?? [])];
        return sheets;
      },
      /Table 2!C4: "2014"; expected the header's first year, 2014, in column B/,
    ],
    [
      "text in a number cell",
      () => {
        const sheets = base();
        const s = sheet(sheets, "Table 3");
        setCell(s, cellOf(s, "share_gdp_pct", "DEU", 2020), "1.49%");
        return sheets;
      },
      /Table 3!H15: "1\.49%"; expected a number for Germany 2020 \(share of real GDP \(%\)\), or "\.\." \/ "-" for no figure/,
    ],
    [
      "an unknown country",
      () => {
        const sheets = base();
        const s = sheet(sheets, "Table 2");
        setCell(s, [cellOf(s, "usd_current_m", "ALB", 2014)[0], 0], "Atlantis");
        return sheets;
      },
      /Table 2!A5: "Atlantis"; expected a NATO ally or aggregate as NATO names it/,
    ],
    [
      "a missing ally",
      () => {
        const sheets = base();
        const s = sheet(sheets, "Table 3");
        const [r] = cellOf(s, "share_gdp_pct", "POL", 2014);
        s.data.splice(r, 1);
        return sheets;
      },
      /Table 3!A3: "Defence expenditure as a share of real GDP \(%\), based on 2021 prices"; expected a row for Poland \(POL\) in this block/,
    ],
    [
      "aggregates that do not add up",
      () => {
        const sheets = base();
        const s = sheet(sheets, "Table 2");
        const at = cellOf(s, "usd_constant_m", "NEC", 2024);
        const old = s.data[at[0]]?.[at[1]]?.value as number;
        setCell(s, at, old + 500);
        return sheets;
      },
      /Table 2!L\d+: "\d+"; expected NATO Europe and Canada usd_constant_m 2024 to equal the sum of its 30 members' figures, \d+, within 15\.5 \(rounding\); it is off by 50\d/,
    ],
  ];

  for (const [name, make, message] of cases) {
    it(`${name}: exit 1, the sheet and cell named, data/ byte for byte as it was`, async () => {
      const before = snapshot(data.dir);
      const path = await writeWorkbook(`broken-${name.replaceAll(" ", "-")}.xlsx`, make());
      const r = await run(["import", "nato", path, "--data", data.dir]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain("Nothing was written.");
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(snapshot(data.dir)).toEqual(before);
    });
  }
});

describe("import nato: a tidy CSV transcription", () => {
  const data = copyData();
  afterAll(() => data.done());

  it("takes the project's own layout and records it as a transcription", async () => {
    const lines = [
      "iso3,year,metric,value,unit,status",
      ...bundled
        .filter((f) => f.metric === "share_gdp_pct")
        .map((f) => `${f.ally},${f.year},${f.metric},${f.value},pct,${f.status}`),
    ];
    const path = join(work, "transcription.csv");
    writeFileSync(path, `${lines.join("\n")}\n`);
    const r = await run(["import", "nato", path, "--edition", "2026", "--data", data.dir]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("source nato_tidy_2026");
    expect(rowsOf(data.dir, "nato_tidy_2026")).toHaveLength(lines.length - 1);
  });

  it("takes a negative annual real change, but no negative level", async () => {
    const allies = [...new Set(bundled.map((f) => f.ally))];
    const rows = (value: string) =>
      `iso3,year,metric,value,unit,status\n${allies.map((a) => `${a},2020,real_change_pct,${value},pct,actual`).join("\n")}\n`;
    const path = join(work, "real-change.csv");
    writeFileSync(path, rows("-1.5"));
    const ok = await run([
      "import",
      "nato",
      path,
      "--edition",
      "2020",
      "--data",
      data.dir,
      "--dry-run",
    ]);
    expect(ok.stderr).toBe("");
    expect(ok.stdout).toContain(`Would import real-change.csv into ${data.dir} as edition 2020`);
    const level = join(work, "personnel.csv");
    writeFileSync(
      level,
      `iso3,year,metric,value,unit,status\n${allies.map((a) => `${a},2020,personnel_k,-3,thousand,actual`).join("\n")}\n`,
    );
    const bad = await run(["import", "nato", level, "--edition", "2020", "--data", data.dir]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(
      'personnel.csv:2 (value): "-3"; expected a figure of 0 or more for personnel_k',
    );
  });

  it("names the line and field of a bad row, and writes nothing", async () => {
    const before = snapshot(data.dir);
    const path = join(work, "bad.csv");
    writeFileSync(
      path,
      "iso3,year,metric,value,unit,status\nDEU,2026,share_gdp_pct,abc,pct,actual\n",
    );
    const r = await run(["import", "nato", path, "--edition", "2027", "--data", data.dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bad.csv:2 (value): "abc"; expected a number (e.g. 2.14)');
    expect(snapshot(data.dir)).toEqual(before);
  });
});
