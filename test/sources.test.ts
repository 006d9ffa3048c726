import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../src/data/load.ts";
import { buildServer } from "../src/server/app.ts";
import { runCli } from "./helpers.ts";

const storeHome = mkdtempSync(join(tmpdir(), "pledgewatch-store-"));
afterAll(() => rmSync(storeHome, { recursive: true, force: true }));

// a store of its own: never the user's
const run = (args: string[]) => runCli(args, process.cwd(), { env: { XDG_DATA_HOME: storeHome } });

const data = loadDataset();
let app: FastifyInstance;
beforeAll(async () => {
  app = await buildServer({ dataset: data, webDir: "/nonexistent" });
});
afterAll(() => app.close());

interface Row {
  source_id: string;
  folder: string;
  citation: string;
}

describe("pledgewatch sources: citations a reader can use", () => {
  it("every entry reads as a citation, never its id; NATO's figures cite NATO", async () => {
    const rows = JSON.parse((await run(["sources", "--json"])).stdout) as Row[];
    expect(rows).toHaveLength(data.sources.size);
    const cited = new Set(data.observations.flatMap((o) => o.sourceIds));
    for (const r of rows) {
      expect(r.citation.length, r.source_id).toBeGreaterThan(10);
      expect(r.citation, r.source_id).not.toContain(r.source_id);
      if (r.folder === "nato" && cited.has(r.source_id))
        expect(r.citation, r.source_id).toMatch(
          /^NATO, .*\(2014-20\d\d\)|^NATO, NATO defence expenditure release/,
        );
    }
    const table = (await run(["sources"])).stdout;
    expect(table).toContain(
      "gh_cannoli_n26                    secondary  NATO, Defence Investment of NATO Countries (2014-2026), Tables 2, 3, 8a, July 2026, via",
    );
  });

  it("--format bibtex and csl-json give one entry per source; the API carries the same citations", async () => {
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
    const api = (await app.inject({ method: "GET", url: "/api/sources" })).json() as {
      sources: Row[];
    };
    const cli = JSON.parse((await run(["sources", "--json"])).stdout) as Row[];
    expect(api.sources.map((r) => [r.source_id, r.citation])).toEqual(
      cli.map((r) => [r.source_id, r.citation]),
    );
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
