import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadDataset } from "../src/node/load-dataset.ts";
import { runCli } from "./helpers.ts";

const storeHome = mkdtempSync(join(tmpdir(), "pledgewatch-store-"));
afterAll(() => rmSync(storeHome, { recursive: true, force: true }));

// a store of its own: never the user's
const run = (args: string[]) => runCli(args, process.cwd(), { env: { XDG_DATA_HOME: storeHome } });

const data = loadDataset();

interface Row {
  id: string;
  folder: string;
  citation: string;
}

describe("pledgewatch sources: citations a reader can use", () => {
  it("every entry reads as a citation, never its id; NATO's figures cite NATO", async () => {
    const rows = (JSON.parse((await run(["sources", "--json"])).stdout) as { sources: Row[] })
      .sources;
    expect(rows).toHaveLength(data.sources.size);
    const cited = new Set(data.observations.flatMap((o) => o.sourceIds));
    for (const r of rows) {
      expect(r.citation.length, r.id).toBeGreaterThan(10);
      expect(r.citation, r.id).not.toContain(r.id);
      if (r.folder === "nato" && cited.has(r.id))
        expect(r.citation, r.id).toMatch(
          /^NATO, .*\(2014-20\d\d\)|^NATO, NATO defence expenditure release/,
        );
    }
    const table = (await run(["sources"])).stdout;
    expect(table).toContain(
      "gh_cannoli_n26                    secondary  NATO, Defence Investment of NATO Countries (2014-2026), Tables 2, 3, 8a, July 2026, via",
    );
  });

  it("--format bibtex and csl-json give one entry per source", async () => {
    const bib = (await run(["sources", "--format", "bibtex"])).stdout;
    expect(bib.match(/^@misc\{/gm)).toHaveLength(data.sources.size);
    const csl = JSON.parse((await run(["sources", "--format", "csl-json"])).stdout) as {
      id: string;
      title: string;
    }[];
    expect(csl.map((c) => c.id).sort()).toEqual([...data.sources.keys()].sort());
    const one = (await run(["sources", "S001", "--format", "bibtex"])).stdout;
    expect(one).toContain("year = {2014},\n  month = sep,");
    expect((await run(["sources", "--format", "ris"])).code).toBe(2);
  });

  it("the CLI's footers cite publications, not ids", async () => {
    for (const args of [["status"], ["ally", "DEU"], ["project", "DEU", "--to", "2028"]]) {
      const out = (await run(args)).stdout;
      expect(out, args.join(" ")).toContain(
        "NATO, Defence Investment of NATO Countries (2014-2026)",
      );
      expect(out, args.join(" ")).not.toContain("gh_cannoli_n26");
    }
    // a pledge's source: publisher and date, not its row id
    const pledges = (await run(["pledges", "DEU"])).stdout;
    expect(pledges).toMatch(/^P001 .* Politico Europe, 23 June 2025$/m);
    expect(pledges).not.toContain("S061");
  });
});
