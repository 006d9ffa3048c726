import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkPledge } from "../analysis/pledges.ts";
import { main } from "../cli/main.ts";
import type { Claim } from "../extract/extract.ts";
import { loadDataset } from "../node/load-dataset.ts";
import { acceptClaim, acceptIntoRegistry, parseEdits } from "./acceptance.ts";
import { prepareFiles } from "./ingest.ts";
import { registry } from "./registry.ts";
import { type ArticleInput, Store, StoreError } from "./store.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "pledgewatch-store-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const claim = (over: Partial<Claim> = {}): Claim =>
  ({
    kind: "target",
    ally: "DEU",
    sharePct: 3.5,
    amount: null,
    currency: null,
    targetYear: 2029,
    annually: false,
    basis: null,
    stance: "pledge",
    sentence: "Germany will spend 3.5% of GDP on defence by 2029.",
    start: 0,
    end: 51,
    confidence: 0.9,
    speaker: "Lars Klingbeil",
    role: "Finance Minister",
    ...over,
  }) as Claim;

const article = (file: string, claims: Claim[], text = `text of ${file}`): ArticleInput => ({
  file,
  text,
  publishedOn: "2025-06-24",
  sourceUrl: "https://example.org/a",
  claims,
});

describe("the store", () => {
  it("is created and migrated on first use, in WAL mode, and reopens at the same version", () => {
    const path = join(dir, "nested", "pw.db");
    const store = new Store(path);
    expect(store.schemaVersion()).toBe(3);
    expect(store.journalMode()).toBe("wal");
    store.close();
    const again = new Store(path);
    expect(again.schemaVersion()).toBe(3);
    expect(again.articles()).toEqual([]);
    again.close();
  });

  it("migrates an existing empty file", () => {
    const path = join(dir, "empty.db");
    writeFileSync(path, "");
    const store = new Store(path);
    expect(store.schemaVersion()).toBe(3);
    expect(store.claims()).toEqual([]);
    store.close();
  });

  it("a store of the version before threats gains the column; its horizons keep their year and say no threat", () => {
    const path = join(dir, "v2.db");
    new Store(path).close();
    const raw = new DatabaseSync(path);
    raw.exec("ALTER TABLE claims DROP COLUMN threat; PRAGMA user_version = 2;");
    raw.exec(
      "INSERT INTO articles (sha256, file, published_on, text, ingested_at) VALUES ('x', 'old.txt', '2025-02-11', 'old', '2025-02-12T00:00:00Z')",
    );
    raw.exec(
      "INSERT INTO claims (article_id, kind, horizon_year, phrase, sentence, start_offset, end_offset, confidence) VALUES (1, 'horizon', 2030, 'within five years', 's', 0, 1, 0.8)",
    );
    raw.close();
    const store = new Store(path);
    expect(store.schemaVersion()).toBe(3);
    expect(store.claims()).toEqual([
      expect.objectContaining({ kind: "horizon", horizonYear: 2030, threat: null }),
    ]);
    store.close();
  });

  it("round trip: an article and its claims come back as stored; the same text is not stored twice", () => {
    const store = new Store(join(dir, "pw.db"));
    const first = store.ingest([
      article("a.txt", [
        claim(),
        claim({
          kind: "horizon",
          horizonYear: 2030,
          threat: "RUS",
          phrase: "within five years",
        } as Partial<Claim>),
      ]),
    ]);
    expect(first.added).toHaveLength(1);
    const claims = store.claims();
    expect(claims).toHaveLength(2);
    expect(claims[0]).toMatchObject({
      kind: "target",
      ally: "DEU",
      sharePct: 3.5,
      targetYear: 2029,
      status: "pending",
      speaker: "Lars Klingbeil",
      sourceUrl: "https://example.org/a",
    });
    expect(claims[0]?.threat).toBeNull();
    expect(claims[1]).toMatchObject({
      kind: "horizon",
      horizonYear: 2030,
      threat: "RUS",
      phrase: "within five years",
    });
    expect(store.ingest([article("a-copy.txt", [claim()], "text of a.txt")]).skipped).toEqual([
      "a-copy.txt",
    ]);
    expect(store.articles()).toHaveLength(1);
    store.close();
  });

  it("a failure in the middle of a batch leaves the store as it was", () => {
    const store = new Store(join(dir, "pw.db"));
    store.ingest([article("before.txt", [claim()])]);
    // the second article's claim breaks a constraint (a share of 250%): the whole batch goes
    expect(() =>
      store.ingest([
        article("good.txt", [claim()]),
        article("bad.txt", [claim({ sharePct: 250 } as Partial<Claim>)]),
      ]),
    ).toThrow();
    expect(store.articles().map((a) => a.file)).toEqual(["before.txt"]);
    expect(store.claims()).toHaveLength(1);
    store.close();
  });

  it("accept turns a claim into a registry pledge citing its article; reject records the decision", () => {
    const store = new Store(join(dir, "pw.db"));
    store.ingest([
      article("a.txt", [
        claim(),
        claim({ ally: "NATO", sharePct: 5, stance: "demand" } as Partial<Claim>),
        claim({ ally: "RUS", sharePct: 6.3 } as Partial<Claim>),
      ]),
    ]);
    const pledge = acceptClaim(store, 1, parseEdits(["basis=nato_definition"]));
    expect(pledge).toMatchObject({
      iso3: "DEU",
      targetSharePct: 3.5,
      targetYear: 2029,
      basis: "nato_definition",
      sourceUrl: "https://example.org/a",
    });
    expect(() => acceptClaim(store, 1, {})).toThrow(/already accepted/);
    expect(() => acceptClaim(store, 2, {})).toThrow(/names NATO, not one government/);
    expect(() => acceptClaim(store, 3, {})).toThrow(/about RUS, which is not a NATO ally/);
    expect(acceptClaim(store, 3, parseEdits(["ally=POL"]))).toMatchObject({ iso3: "POL" });
    store.reject(2);
    expect(store.claims("rejected").map((c) => c.id)).toEqual([2]);
    const data = loadDataset();
    const reg = registry(data, store.userPledges());
    const mine = reg.find((r) => r.review === "accepted");
    expect(mine?.pledge).toMatchObject({ id: "U1", ally: "DEU", targetSharePct: 3.5 });
    expect(reg.filter((r) => r.review === "bundled")).toHaveLength(72);
    // the figures since are checked as for any pledge: 2.22 in 2025 -> 3.5 in 2029; 2026e 2.69 on path
    if (!mine) throw new Error("no accepted pledge in the registry");
    expect(checkPledge(data, mine.pledge, 2026).verdict).toBe("on_path");
    store.close();
  });

  it("accepting a claim that repeats a registry pledge links it as a further source, bundled or accepted", () => {
    const store = new Store(join(dir, "pw.db"));
    const data = loadDataset();
    store.ingest([
      article("a.txt", [
        claim(),
        claim({ sharePct: 3.6, targetYear: 2030 } as Partial<Claim>),
        claim({ sharePct: 3.6, targetYear: 2030, speaker: "Friedrich Merz" } as Partial<Claim>),
        claim({ sharePct: 3.6, targetYear: 2031 } as Partial<Claim>),
      ]),
    ]);
    // DEU 3.5% by 2029 is bundled as P001 and P002: the first is taken
    const first = acceptIntoRegistry(store, data, 1, {});
    expect(first.outcome).toBe("linked");
    if (first.outcome !== "linked") throw new Error("not linked");
    expect(first.linkedTo.pledge.id).toBe("P001");
    expect(first.linkedTo.pledge.sourceIds).toEqual(["S061", "claim:1"]);
    expect(first.linkedTo.furtherSources).toEqual([
      { claimId: 1, madeOn: "2025-06-24", sourceUrl: "https://example.org/a" },
    ]);
    // a new pledge, then the same one again: linked to the accepted U1, not a U2
    expect(acceptIntoRegistry(store, data, 2, {})).toMatchObject({
      outcome: "added",
      pledge: { id: 1 },
    });
    expect(acceptIntoRegistry(store, data, 3, {})).toMatchObject({
      outcome: "linked",
      linkedTo: { pledge: { id: "U1", sourceIds: ["claim:2", "claim:3"] }, review: "accepted" },
    });
    // another year is another pledge
    expect(acceptIntoRegistry(store, data, 4, {}).outcome).toBe("added");
    expect(store.userPledges().map((p) => [p.id, p.targetYear])).toEqual([
      [1, 2030],
      [2, 2031],
    ]);
    expect(store.claims("accepted")).toHaveLength(4);
    expect(() => acceptIntoRegistry(store, data, 1, {})).toThrow(/already accepted/);
    const reg = registry(data, store.userPledges(), store.pledgeLinks());
    expect(reg.filter((r) => r.review === "bundled")).toHaveLength(72);
    expect(reg.find((r) => r.pledge.id === "P002")?.furtherSources).toEqual([]);
    store.close();
  });

  it("edits are validated: field names, ISO3 codes, numbers", () => {
    expect(parseEdits(["ally=POL", "share=4.7", "year=2025"])).toEqual({
      ally: "POL",
      share: 4.7,
      year: 2025,
    });
    expect(() => parseEdits(["ally=XXX"])).toThrow(StoreError);
    expect(() => parseEdits(["colour=red"])).toThrow(/unknown field colour/);
    expect(() => parseEdits(["share"])).toThrow(/field=value/);
  });
});

describe("ingesting files", () => {
  it("a bad file in a folder is reported and nothing from the batch is stored", async () => {
    const articles = join(dir, "articles");
    mkdirSync(articles);
    writeFileSync(
      join(articles, "good.txt"),
      "date: 2025-06-24\nGermany will spend 3.5% of GDP on defence by 2029.\n",
    );
    writeFileSync(join(articles, "binary.txt"), "date: 2025-06-24\n\u0000\u0001garbage");
    writeFileSync(join(articles, "undated.md"), "Poland will spend 5% of GDP on defence by 2030.");
    const prepared = prepareFiles([articles], {});
    expect(prepared.inputs.map((i) => i.file)).toEqual([join(articles, "good.txt")]);
    expect(prepared.bad.map((b) => [b.file.split("/").pop(), b.reason.split(":")[0]])).toEqual([
      ["binary.txt", "binary content (NUL bytes)"],
      ["undated.md", "no date"],
    ]);
    let err = "";
    const db = join(dir, "pw.db");
    const code = await main(["ingest", articles, "--db", db], {
      out: () => {},
      err: (t) => {
        err += t;
      },
      env: {},
      isTTY: false,
      cwd: dir,
    });
    expect(code).toBe(1);
    expect(err).toContain("nothing was stored");
    expect(err).toContain("binary.txt: binary content");
    const store = new Store(db);
    expect(store.articles()).toEqual([]);
    store.close();
  });

  it("ingest, claims, accept and ally through the CLI", async () => {
    const file = join(dir, "a.html");
    writeFileSync(
      file,
      '<html><body><time datetime="2025-06-24"></time><p>Finance Minister Lars Klingbeil said Germany will spend 3.5% of GDP on defence by 2029.</p></body></html>',
    );
    const db = join(dir, "pw.db");
    const run = async (args: string[]) => {
      let out = "";
      let err = "";
      const code = await main([...args, "--db", db], {
        out: (t) => {
          out += t;
        },
        err: (t) => {
          err += t;
        },
        env: {},
        isTTY: false,
        cwd: dir,
      });
      return { code, out, err };
    };
    expect((await run(["ingest", file, "--source", "https://example.org/k"])).out).toContain(
      "1 claim pending review",
    );
    const listed = JSON.parse((await run(["claims", "--pending", "--json"])).out);
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({
      ally: "DEU",
      sharePct: 3.5,
      targetYear: 2029,
      status: "pending",
    });
    // DEU 3.5% by 2029 is already in the registry (P001): the claim becomes its further source
    expect((await run(["claims", "accept", "1"])).out).toContain(
      "claim 1 accepted as a further source of bundled pledge P001",
    );
    expect((await run(["ally", "DEU"])).out).toContain(
      "review: bundled; sources: Politico Europe, 23 June 2025; further sources: claim:1 (https://example.org/k)",
    );
    writeFileSync(
      file,
      '<html><body><time datetime="2025-06-24"></time><p>Finance Minister Lars Klingbeil said Germany will spend 3.6% of GDP on defence by 2030.</p></body></html>',
    );
    await run(["ingest", file, "--source", "https://example.org/k"]);
    expect((await run(["claims", "accept", "2", "--edit", "basis=core_defence"])).out).toContain(
      "accepted as pledge U1",
    );
    const ally = await run(["ally", "DEU"]);
    expect(ally.out).toMatch(
      /U1 {2}2025-06-24 {2}Lars Klingbeil \(Finance Minister\): 3\.6% of GDP, by 2030/,
    );
    expect(ally.out).toContain("review: accepted from claim:2 (https://example.org/k)");
    expect((await run(["claims", "reject", "9"])).err).toContain("no claim 9");
  });
});
