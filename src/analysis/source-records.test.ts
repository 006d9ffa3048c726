import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../node/load-dataset.ts";
import { DEFAULT_DATA_DIR } from "../node/read-data.ts";
import { similarSourceIds, sourceRecord, sourcesRecord } from "./source-records.ts";

const data = loadDataset();
/** Rows of a data file whose last cell is the source id, counted on the raw text. */
const rowsCiting = (file: string, id: string) =>
  readFileSync(join(DEFAULT_DATA_DIR, file), "utf8")
    .split(/\r?\n/)
    .filter((line) => line.endsWith(`,${id}`)).length;

describe("source records", () => {
  it("the list holds every source once, each with a citation", () => {
    const { sources } = sourcesRecord(data);
    expect(sources.map((s) => s.id).sort()).toEqual([...data.sources.keys()].sort());
    expect(sources.every((s) => s.citation.length > 10)).toBe(true);
  });

  it("counts what cites a source in every table, Ukraine support and production included", () => {
    const kiel = sourceRecord(data, "KIEL_R28_REPO");
    expect(kiel?.citedBy.ukraineFigures).toBe(
      rowsCiting("context/ukraine_support.csv", "KIEL_R28_REPO"),
    );
    expect(kiel?.citedBy.ukraineFigures).toBeGreaterThan(0);
    const press = sourceRecord(data, "PRESS_DEFENSEONE_2025_06");
    expect(press?.citedBy.productionStatements).toBe(
      rowsCiting("context/production.csv", "PRESS_DEFENSEONE_2025_06"),
    );
    expect(press?.citedBy.productionStatements).toBeGreaterThan(0);
    expect(sourceRecord(data, "S061")?.citedBy.pledges).toContain("P001");
  });

  it("an unknown id gives null and similar ids", () => {
    expect(sourceRecord(data, "gh_cannoli")).toBeNull();
    expect(similarSourceIds(data, "gh_cannoli")).toContain("gh_cannoli_n26");
  });
});
