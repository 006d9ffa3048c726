import { afterEach, describe, expect, it } from "vitest";
import { copyData, lineNumber } from "../../test/helpers.ts";
import { buildDataset } from "../data/build.ts";
import { DataError, type DataIssue } from "../data/errors.ts";
import { loadDataset } from "./load-dataset.ts";
import { readDataTexts } from "./read-data.ts";

function issuesOf(f: () => unknown): DataIssue[] {
  try {
    f();
  } catch (error) {
    if (error instanceof DataError) return [...error.issues];
    throw error;
  }
  throw new Error("expected a DataError");
}

describe("loading the bundled data package", () => {
  it("loads every file, all 31 allies with armed forces, five editions", () => {
    const d = loadDataset();
    expect(d.alliesWithData()).toHaveLength(31);
    expect(d.alliesWithData()).not.toContain("ISL");
    expect(d.editions()).toEqual(["2026", "2025", "other-2024", "other-2023", "other-2022"]);
    expect(d.pledges).toHaveLength(72);
    expect(d.horizons).toHaveLength(18);
    expect(d.guidelines).toHaveLength(22);
    // every figure cites a source that exists
    for (const o of d.observations) {
      for (const id of o.sourceIds) expect(d.source(id), id).toBeDefined();
    }
  });

  it("takes each year from the latest edition by default, and one edition on request", () => {
    const d = loadDataset();
    const p2024 = d.point("POL", "share_gdp_pct", 2024);
    // POL 2024: 4.12 (other-2024) -> 3.79 (2025) -> 3.75 (2026, core)
    expect(p2024).toMatchObject({ value: 3.75, edition: "2026" });
    expect(p2024?.alternatives.map((a) => [a.edition, a.value])).toEqual([
      ["2025", 3.79],
      ["other-2024", 4.12],
    ]);
    expect(p2024?.choice).toMatch(/latest edition 2026/);
    expect(d.point("POL", "share_gdp_pct", 2024, { edition: "2025" })?.value).toBe(3.79);
    expect(d.point("DEU", "share_gdp_pct", 2025, { edition: "2025" })?.value).toBe(2.4);
  });

  it("chooses among rows of one edition by source kind, deterministically, and says so", () => {
    const d = loadDataset();
    // FIN 2014 in other-2024: 1.45 (Graphic News, press) against 1.29 (ICDS, secondary)
    const p = d.point("FIN", "share_gdp_pct", 2014, { edition: "other-2024" });
    expect(p?.value).toBe(1.45);
    expect(p?.alternatives.map((a) => a.value)).toEqual([1.29]);
    expect(p?.choice).toMatch(/press/);
  });

  it("derives GDP = spending / share once, and marks it derived", () => {
    const d = loadDataset();
    const gdp = d.point("DEU", "gdp_usd_current_m", 2026);
    expect(gdp?.derived).toBe(true);
    expect(gdp?.status).toBe("estimate");
    // 147,002 / 0.0269
    expect(gdp?.value).toBeCloseTo(147_002 / 0.0269, 6);
    expect(gdp?.origin).toMatch(/^derived: usd_current_m/);
  });
});

describe("loader errors on corrupted copies", () => {
  let copy: ReturnType<typeof copyData> | undefined;
  afterEach(() => copy?.done());

  const corrupt = (file: string, from: RegExp, to: string) => {
    copy = copyData();
    let line = 0;
    copy.edit(file, (text) => {
      const prefix = text.split("\n").find((l) => from.test(l)) ?? "";
      line = lineNumber(text, prefix);
      return text.replace(from, to);
    });
    return { dir: copy.dir, line };
  };

  it("an unknown ISO3 names file, line and field", () => {
    const { dir, line } = corrupt(
      "nato/expenditure.csv",
      /^DEU,2020,share_gdp_pct,/m,
      "DXU,2020,share_gdp_pct,",
    );
    const issues = issuesOf(() => loadDataset(dir));
    expect(issues).toEqual([
      expect.objectContaining({ file: "nato/expenditure.csv", line, field: "iso3", value: "DXU" }),
    ]);
    expect(issues[0]?.expected).toMatch(/ISO 3166-1 alpha-3/);
  });

  it("a source id missing from sources.csv", () => {
    const { dir, line } = corrupt("commitments/pledges.csv", /,S061$/m, ",S999");
    const issues = issuesOf(() => loadDataset(dir));
    expect(issues).toEqual([
      expect.objectContaining({
        file: "commitments/pledges.csv",
        line,
        field: "source_id",
        value: "S999",
      }),
    ]);
  });

  it("a value that is not a number", () => {
    const { dir, line } = corrupt(
      "nato/expenditure.csv",
      /^(POL,2024,share_gdp_pct,)3\.75,/m,
      "$1n/a,",
    );
    const issues = issuesOf(() => loadDataset(dir));
    expect(issues).toEqual([
      expect.objectContaining({ file: "nato/expenditure.csv", line, field: "value", value: "n/a" }),
    ]);
    expect(issues[0]?.expected).toMatch(/a number/);
  });

  it("a duplicate key names both lines", () => {
    const texts = readDataTexts();
    const lines = texts.expenditure.split("\n");
    const first = lines.findIndex((l) => l.startsWith("DEU,2020,share_gdp_pct,")) + 1;
    lines.push(lines[first - 1] ?? "");
    const issues = issuesOf(() => buildDataset({ ...texts, expenditure: lines.join("\n") }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      file: "nato/expenditure.csv",
      line: lines.length,
      field: "iso3,year,metric,edition,source_id",
    });
    expect(issues[0]?.expected).toContain(`line ${first}`);
  });

  it("lists every bad row, across files, and the message names them all", () => {
    const texts = readDataTexts();
    const expenditure = texts.expenditure
      .replace(/^ALB,2014,share_gdp_pct,1\.33,/m, "ALB,1914x,share_gdp_pct,1.33,")
      .replace(
        /^BEL,2015,share_gdp_pct,([\d.]+),pct,actual/m,
        "BEL,2015,share_gdp_pct,$1,percent,actual",
      );
    const horizons = texts.horizons.replace(/^T001,2025-12-11,/m, "T001,11/12/2025,");
    let error: unknown;
    try {
      buildDataset({ ...texts, expenditure, horizons });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataError);
    const issues = (error as DataError).issues;
    expect(issues.map((i) => [i.file, i.field])).toEqual([
      ["nato/expenditure.csv", "year"],
      ["nato/expenditure.csv", "unit"],
      ["commitments/threat_horizons.csv", "stated_on"],
    ]);
    expect((error as DataError).message).toMatch(/3 problems found/);
    expect((error as DataError).message).toMatch(
      /nato\/expenditure\.csv:\d+: field "year" is "1914x"/,
    );
  });

  it("a record with a stray comma names its line; quoted line breaks keep line numbers true", () => {
    const texts = readDataTexts();
    const lines = texts.expenditure.split("\n");
    const at = lines.findIndex((l) => l.startsWith("DEU,2020,share_gdp_pct,")) + 1;
    lines[at - 1] = `${lines[at - 1]},extra`;
    const issues = issuesOf(() => buildDataset({ ...texts, expenditure: lines.join("\n") }));
    expect(issues).toEqual([
      expect.objectContaining({ file: "nato/expenditure.csv", line: at, field: "(row)" }),
    ]);
    expect(issues[0]?.expected).toMatch(/8 fields as in the header, not 9/);
    // a note spanning two lines in a sources file: the next record's line is still counted right
    const sources = texts.natoSources.replace(
      /^gh_cannoli_n26,secondary,[^,]+,/m,
      'gh_cannoli_n26,secondary,"two\nlines",',
    );
    const broken = sources.replace(
      /^gh_mattahr_profile,secondary,/m,
      "gh_mattahr_profile,unknown-kind,",
    );
    const line = broken.split("\n").findIndex((l) => l.startsWith("gh_mattahr_profile,")) + 1;
    expect(issuesOf(() => buildDataset({ ...texts, natoSources: broken }))).toEqual([
      expect.objectContaining({ file: "nato/sources.csv", line, field: "kind" }),
    ]);
  });

  it("a missing column or a missing file is reported, not crashed on", () => {
    const texts = readDataTexts();
    const noStatus = texts.expenditure.replace(
      /^iso3,year,metric,value,unit,status,/,
      "iso3,year,metric,value,unit,state,",
    );
    expect(issuesOf(() => buildDataset({ ...texts, expenditure: noStatus }))).toEqual([
      expect.objectContaining({ file: "nato/expenditure.csv", line: 1, field: "status" }),
    ]);
    expect(issuesOf(() => loadDataset("/nonexistent-pledgewatch-dir"))[0]).toMatchObject({
      file: "nato/sources.csv",
      field: "(file)",
    });
  });
});
