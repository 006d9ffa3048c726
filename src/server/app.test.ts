import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENGLISH_ARTICLE, FRENCH_ARTICLE } from "../../test/helpers.ts";
import { loadDataset } from "../node/load-dataset.ts";
import { SimulationPool } from "../node/simulation-pool.ts";
import { Store } from "../store/store.ts";
import { buildServer } from "./app.ts";

const dataset = loadDataset();
const TOKEN = "a-token-of-24-characters";
const auth = { authorization: `Bearer ${TOKEN}` };
const web = mkdtempSync(join(tmpdir(), "pledgewatch-web-"));
writeFileSync(join(web, "index.html"), "<!doctype html><title>dashboard</title>");

let app: FastifyInstance;
let store: Store;
let pool: SimulationPool;
beforeAll(async () => {
  store = new Store(":memory:");
  pool = new SimulationPool(2, { callerWorks: false, maxQueued: 32 });
  app = await buildServer({ dataset, store, token: TOKEN, pool, webDir: web });
});
afterAll(async () => {
  await app.close();
  await pool.close();
  store.close();
  rmSync(web, { recursive: true, force: true });
});

describe("concurrent odds", () => {
  it("16 concurrent requests with distinct seeds each equal the same request alone", async () => {
    const url = (seed: number) => `/api/odds?paths=2000&seed=${seed}&trendYears=${1 + (seed % 12)}`;
    const seeds = Array.from({ length: 16 }, (_, i) => 100 + i);
    const together = await Promise.all(seeds.map((seed) => app.inject({ url: url(seed) })));
    for (const r of together) expect(r.statusCode).toBe(200);
    // alone: a fresh server (no cached answers), one request at a time
    const fresh = await buildServer({ dataset, pool, webDir: web });
    try {
      for (const [i, seed] of seeds.entries()) {
        const alone = await fresh.inject({ url: url(seed) });
        expect(together[i]?.json(), `seed ${seed}`).toEqual(alone.json());
      }
      // the answers differ from seed to seed, so a mix-up could not pass unseen
      expect(new Set(together.map((r) => JSON.stringify(r.json().allies))).size).toBe(16);
      // the route is healthy afterwards
      const after = await fresh.inject({ url: "/api/odds?paths=500&seed=1" });
      expect(after.statusCode).toBe(200);
    } finally {
      await fresh.close();
    }
  });

  it("answers 503 with Retry-After when the simulation queue is full", async () => {
    const busy = new SimulationPool(1, { callerWorks: false, maxQueued: 0 });
    const server = await buildServer({ dataset, pool: busy, webDir: web });
    try {
      const [first, second] = await Promise.all([
        server.inject({ url: "/api/odds?paths=20000&seed=1" }),
        server.inject({ url: "/api/odds?paths=20000&seed=2" }),
      ]);
      expect(first?.statusCode).toBe(200);
      expect(second?.statusCode).toBe(503);
      expect(second?.headers["retry-after"]).toBe("5");
      expect(second?.json().title).toBe("Busy");
      // the refused request was not cached: asked again when the pool is free, it is answered
      expect((await server.inject({ url: "/api/odds?paths=20000&seed=2" })).statusCode).toBe(200);
    } finally {
      await server.close();
      await busy.close();
    }
  });
});

describe("client errors keep their 4xx status", () => {
  const post = (url: string, payload: string, type: string, headers = auth) =>
    app.inject({ method: "POST", url, payload, headers: { ...headers, "content-type": type } });

  it("bad JSON, an empty JSON body, XML and a body over the limit", async () => {
    const cases = [
      [await post("/api/ingest", "{not json", "application/json"), 400],
      [await post("/api/ingest", "", "application/json"), 400],
      [await post("/api/ingest", "<articles/>", "application/xml"), 415],
      [await post("/api/ingest", `"${"x".repeat(5 * 1024 * 1024)}"`, "application/json"), 413],
    ] as const;
    for (const [r, status] of cases) {
      expect(r.statusCode).toBe(status);
      expect(r.headers["content-type"]).toMatch(/application\/problem\+json/);
      expect(r.json().status).toBe(status);
      expect(r.json().detail).not.toMatch(/logged/);
    }
  });

  it("a path that climbs out of the data folder is refused, never served", async () => {
    for (const url of ["/data/../../etc/passwd", "/data/%2e%2e/%2e%2e/etc/passwd"]) {
      const r = await app.inject({ url });
      expect(r.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(r.statusCode, url).toBeLessThan(500);
      expect(r.body, url).not.toMatch(/root:/);
    }
  });

  it("an article in another language is stored with a note, in the CLI's shape", async () => {
    const r = await post(
      "/api/ingest",
      JSON.stringify({ articles: [{ text: FRENCH_ARTICLE, date: "2025-06-02", name: "fr" }] }),
      "application/json",
    );
    expect(r.statusCode).toBe(201);
    expect(r.json().added).toHaveLength(1);
    expect(r.json().notes).toEqual([
      { file: "fr", note: expect.stringMatching(/^does not read as English/) },
    ]);
    const english = await post(
      "/api/ingest",
      JSON.stringify({ articles: [{ text: ENGLISH_ARTICLE, date: "2025-06-02", name: "en" }] }),
      "application/json",
    );
    expect(english.json().notes).toEqual([]);
  });

  it("reject takes an empty JSON object, as the dashboard sends it", async () => {
    await post(
      "/api/ingest",
      JSON.stringify({
        articles: [{ text: "Poland will spend 5% of GDP on defence in 2026.", date: "2025-09-01" }],
      }),
      "application/json",
    );
    const [claim] = (await app.inject({ url: "/api/claims", headers: auth })).json().claims;
    const r = await post(`/api/claims/${claim.id}/reject`, "{}", "application/json");
    expect(r.statusCode).toBe(200);
    expect(r.json().claim.status).toBe("rejected");
  });
});

describe("headers and tokens", () => {
  it("every page and answer carries CSP, nosniff and a frame policy", async () => {
    for (const url of ["/", "/api/status", "/api/nowhere", "/api/docs"]) {
      const r = await app.inject({ url });
      expect(r.headers["content-security-policy"], url).toMatch(/default-src 'self'/);
      expect(r.headers["content-security-policy"], url).toMatch(/frame-ancestors 'none'/);
      expect(r.headers["x-content-type-options"], url).toBe("nosniff");
      expect(r.headers["x-frame-options"], url).toBe("DENY");
    }
  });

  it("refuses a short token at start", async () => {
    await expect(buildServer({ dataset, token: "x", webDir: web })).rejects.toThrow(/at least 16/);
  });

  it("takes the bearer scheme in any case; reads of the store need the token once one is set", async () => {
    expect((await app.inject({ url: "/api/claims" })).statusCode).toBe(401);
    expect((await app.inject({ url: "/api/articles" })).statusCode).toBe(401);
    expect((await app.inject({ url: "/api/articles/1" })).statusCode).toBe(401);
    const lower = await app.inject({
      url: "/api/claims",
      headers: { authorization: `bearer ${TOKEN}` },
    });
    expect(lower.statusCode).toBe(200);
    // the registry (what was accepted) stays public
    expect((await app.inject({ url: "/api/registry" })).statusCode).toBe(200);
  });

  it("refuses a source that is not an http(s) link", async () => {
    const r = await app.inject({
      method: "POST",
      url: "/api/ingest",
      headers: auth,
      payload: {
        articles: [{ text: "Text.", date: "2025-01-01", source: "javascript:alert(1)" }],
      },
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().detail).toMatch(/http or https/);
  });
});

describe("ingest over HTTP takes real-world text", () => {
  it("keeps a written U+FFFD and an entity outside Unicode, refuses impossible dates", async () => {
    const send = (articles: object[]) =>
      app.inject({ method: "POST", url: "/api/ingest", headers: auth, payload: { articles } });
    const ok = await send([
      { text: "Scraped \uFFFD text: Latvia will spend 5% of GDP in 2026.", date: "2025-10-01" },
      { text: "<p>Odd &#x110000; entity; Spain 2.1%.</p>", date: "2025-10-02", format: "html" },
    ]);
    expect(ok.statusCode).toBe(201);
    expect(ok.json().added).toHaveLength(2);
    for (const date of ["2025-02-30", "0000-01-01", "9999-12-31"]) {
      const bad = await send([{ text: `Dated ${date}.`, date }]);
      expect(bad.statusCode, date).toBe(400);
      expect(bad.json().errors[0].expected, date).toMatch(/real day/);
    }
  });
});

describe("listings come in pages", () => {
  it("claims and articles: limit, offset, total; a page too large is a 400", async () => {
    const articles = Array.from({ length: 7 }, (_, i) => ({
      text: `Article ${i}: Estonia will spend ${3 + i / 10}% of GDP on defence by 2027.`,
      date: "2025-05-01",
    }));
    await app.inject({ method: "POST", url: "/api/ingest", headers: auth, payload: { articles } });
    const all = (await app.inject({ url: "/api/articles?limit=500", headers: auth })).json();
    const page = (
      await app.inject({ url: "/api/articles?limit=3&offset=2", headers: auth })
    ).json();
    expect(page.total).toBe(all.total);
    expect(page.articles.map((a: { id: number }) => a.id)).toEqual(
      all.articles.slice(2, 5).map((a: { id: number }) => a.id),
    );
    const claims = (await app.inject({ url: "/api/claims?limit=2", headers: auth })).json();
    expect(claims.claims).toHaveLength(2);
    expect(claims.total).toBeGreaterThan(2);
    const tooMany = await app.inject({ url: "/api/claims?limit=501", headers: auth });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().errors[0].parameter).toBe("query.limit");
  });
});
