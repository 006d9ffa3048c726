import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { copyData } from "../../test/helpers.ts";
import { cachedDataset, dataStamp } from "./dataset-cache.ts";
import { loadDataset } from "./load-dataset.ts";

const cache = mkdtempSync(join(tmpdir(), "pledgewatch-cache-"));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe("the cache of validated data", () => {
  it("keeps a load for the next run, equal to a fresh one, and is dropped when a file changes", () => {
    const copy = copyData();
    try {
      const fresh = loadDataset(copy.dir);
      expect(cachedDataset(dataStamp(copy.dir), cache)).toBeUndefined();
      loadDataset(copy.dir, { cacheDir: cache });
      const hit = cachedDataset(dataStamp(copy.dir), cache);
      expect(hit?.observations).toEqual(fresh.observations);
      // field for field and in the same order, so answers built from either print alike
      expect(JSON.stringify(hit?.observations)).toBe(JSON.stringify(fresh.observations));
      expect(JSON.stringify(hit?.sources.get("S061"))).toBe(
        JSON.stringify(fresh.sources.get("S061")),
      );
      expect(hit?.pledges).toEqual(fresh.pledges);
      expect(hit?.point("DEU", "share_gdp_pct", 2026)).toEqual(
        fresh.point("DEU", "share_gdp_pct", 2026),
      );

      copy.edit("nato/expenditure.csv", (t) =>
        t.replace(/^DEU,2026,share_gdp_pct,2\.69,/m, "DEU,2026,share_gdp_pct,2.71,"),
      );
      expect(cachedDataset(dataStamp(copy.dir), cache)).toBeUndefined();
      const changed = loadDataset(copy.dir, { cacheDir: cache });
      expect(changed.point("DEU", "share_gdp_pct", 2026)?.value).toBe(2.71);
      // the load before the edit is kept too, for a checkout or data folder that still has it
      expect(readdirSync(cache).filter((f) => f.endsWith(".v8"))).toHaveLength(2);
    } finally {
      copy.done();
    }
  });

  it("keeps the last four loads: data folders used in turn do not evict each other", () => {
    const dir = mkdtempSync(join(tmpdir(), "pledgewatch-cache-turns-"));
    const copies = [copyData(), copyData(), copyData(), copyData(), copyData()];
    try {
      copies.forEach((copy, i) => {
        // each copy differs by its trailing blank lines, so each has a key of its own
        copy.edit("nato/expenditure.csv", (t) => t + "\n".repeat(i + 1));
        loadDataset(copy.dir, { cacheDir: dir });
      });
      const hits = copies.map((c) => cachedDataset(dataStamp(c.dir), dir) !== undefined);
      expect(hits).toEqual([false, true, true, true, true]);
    } finally {
      for (const copy of copies) copy.done();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a damaged cache file is ignored: the data is validated afresh", () => {
    const copy = copyData();
    try {
      loadDataset(copy.dir, { cacheDir: cache });
      expect(cachedDataset(dataStamp(copy.dir), cache)).toBeDefined();
      for (const f of readdirSync(cache)) writeFileSync(join(cache, f), "not a cache");
      expect(cachedDataset(dataStamp(copy.dir), cache)).toBeUndefined();
      expect(loadDataset(copy.dir, { cacheDir: cache }).alliesWithData()).toHaveLength(31);
    } finally {
      copy.done();
    }
  });
});
