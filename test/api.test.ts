import { parse } from "csv-parse/sync";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../src/node/load-dataset.ts";
import { buildServer } from "../src/server/app.ts";
import { ROUTES } from "../src/server/routes.ts";

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildServer({
    dataset: loadDataset(),
    corsOrigins: ["https://example.org"],
    webDir: "/nonexistent",
  });
});
afterAll(() => app.close());

const get = (url: string, headers: Record<string, string> = {}) =>
  app.inject({ method: "GET", url, headers });

describe("JSON endpoints mirror the CLI", () => {
  it("/api/status: every ally with data, with source ids, counts per status", async () => {
    const r = await get("/api/status");
    expect(r.statusCode).toBe(200);
    expect(r.headers["content-type"]).toMatch(/application\/json/);
    const body = r.json();
    expect(body.rows).toHaveLength(31);
    expect(body.counts).toEqual({ met: 5, on_track: 18, at_risk: 8, off_track: 0 });
    expect(body.rows.find((x: { ally: string }) => x.ally === "DEU")).toMatchObject({
      gapPp: 0.81,
      status: "on_track",
    });
  });

  it("/api/status with target, horizon and as-of", async () => {
    const body = (await get("/api/status?target=two-percent&asOf=2024")).json();
    expect(body.target.threshold).toBe(2);
    expect(new Set(body.rows.map((x: { year: number }) => x.year))).toEqual(new Set([2024]));
    const h = (await get("/api/status?target=hague-total&horizon=true")).json();
    expect(h.target.deadline).toBe(2030);
  });

  it("/api/allies and /api/allies/:ally (by code or name)", async () => {
    const list = (await get("/api/allies")).json();
    expect(list.allies).toHaveLength(32);
    expect(list.allies.find((a: { ally: string }) => a.ally === "ISL").sharePct).toBeNull();
    const deu = (await get("/api/allies/germany")).json();
    expect(deu.ally).toBe("DEU");
    expect(deu.pledges.map((p: { id: string }) => p.id)).toEqual(["P001", "P002", "P003", "P072"]);
  });

  it("/api/pledges, /api/sources, /api/sources/:id, /api/compare", async () => {
    expect((await get("/api/pledges?ally=LVA")).json().pledges).toHaveLength(4);
    expect((await get("/api/sources")).json().sources.length).toBeGreaterThan(200);
    expect((await get("/api/sources/gh_cannoli_n26")).json().kind).toBe("secondary");
    const c = (await get("/api/compare")).json();
    expect(c.year).toBe(2026);
    expect(c.comparison.comparators[0].usdCurrent.basis).toBe("sipri");
  });

  it("/api/projections/:ally and /api/odds", async () => {
    const p = (await get("/api/projections/DEU?path=linear")).json();
    expect(p.crossesIn).toBe(2035);
    expect(p.years.at(-1).sharePct).toBe(3.5);
    const o = (await get("/api/odds?paths=500&seed=3")).json();
    expect(o.allies).toHaveLength(31);
    expect(o.horizon).toBe(2030);
    const again = (await get("/api/odds?paths=500&seed=3")).json();
    expect(again.allies).toEqual(o.allies);
  });

  it("/api/charts/:name gives a Vega-Lite spec, and its data as CSV", async () => {
    const spec = (await get("/api/charts/history?ally=DEU")).json();
    expect(spec.$schema).toMatch(/vega-lite/);
    const csv = (await get("/api/charts/ranking.csv")).body;
    expect(csv.split("\n")[0]).toBe("ally,name,share,year,estimate,status,gap");
  });
});

describe("CSV for every table", () => {
  it("with a .csv suffix or Accept: text/csv, the same rows as the JSON", async () => {
    const viaSuffix = parse((await get("/api/status.csv")).body, { columns: true }) as Record<
      string,
      string
    >[];
    const viaAccept = await get("/api/status", { accept: "text/csv" });
    expect(viaAccept.headers["content-type"]).toMatch(/text\/csv/);
    expect(parse(viaAccept.body, { columns: true })).toEqual(viaSuffix);
    const json = (await get("/api/status")).json().rows as { ally: string; gapPp: number }[];
    expect(viaSuffix.map((x) => `${x.ally}:${x.gapPp}`)).toEqual(
      json.map((x) => `${x.ally}:${x.gapPp}`),
    );
    for (const url of [
      "/api/allies.csv",
      "/api/allies/DEU.csv",
      "/api/pledges.csv",
      "/api/sources.csv",
      "/api/compare.csv",
      "/api/projections/POL.csv",
    ]) {
      const r = await get(url);
      expect(r.statusCode, url).toBe(200);
      expect(r.headers["content-type"], url).toMatch(/text\/csv/);
    }
  });
});

describe("bad input, unknown ally, caching, CORS", () => {
  it("400 problem+json naming the parameter and what was expected", async () => {
    for (const [url, parameter] of [
      ["/api/status?asOf=20x4", "asOf"],
      ["/api/status?horizon=maybe", "horizon"],
      ["/api/odds?paths=1000001", "paths"],
      ["/api/odds?seed=4294967296", "seed"],
      ["/api/projections/DEU?path=zigzag", "path"],
      ["/api/status?colour=red", "colour"],
    ] as const) {
      const r = await get(url);
      expect(r.statusCode, url).toBe(400);
      expect(r.headers["content-type"], url).toMatch(/application\/problem\+json/);
      const body = r.json();
      expect(body.errors[0].parameter, url).toBe(parameter);
      expect(body).toMatchObject({ status: 400, title: "Bad request", instance: url });
    }
    const t = await get("/api/status?target=six");
    expect(t.statusCode).toBe(400);
    expect(t.json().detail).toMatch(/unknown target "six"/);
    const bad = await get("/api/status?target=hague-core&by=2030&horizon=true");
    expect(bad.json().detail).toMatch(/choose one of --by and --horizon/);
  });

  it("404 for an unknown ally, with suggestions, and never a stack trace", async () => {
    const r = await get("/api/allies/Germny");
    expect(r.statusCode).toBe(404);
    expect(r.json().suggestions).toEqual([{ iso3: "DEU", name: "Germany" }]);
    expect(r.body).not.toMatch(/at .*\.ts:\d+/);
    expect((await get("/api/projections/USA?path=pledge")).statusCode).toBe(400);
    expect((await get("/api/charts/pie")).statusCode).toBe(404);
    expect((await get("/api/sources/nope")).statusCode).toBe(404);
    expect((await get("/api/nowhere")).statusCode).toBe(404);
  });

  it("ETag and Cache-Control; If-None-Match gives 304", async () => {
    const r = await get("/api/status");
    expect(r.headers["cache-control"]).toBe("public, max-age=300");
    const etag = r.headers.etag as string;
    expect(etag).toMatch(/^"/);
    const again = await get("/api/status", { "if-none-match": etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");
    expect((await get("/api/status?asOf=2024")).headers.etag).not.toBe(etag);
  });

  it("CORS only for configured origins", async () => {
    expect(
      (await get("/api/allies", { origin: "https://example.org" })).headers[
        "access-control-allow-origin"
      ],
    ).toBe("https://example.org");
    expect(
      (await get("/api/allies", { origin: "https://evil.example" })).headers[
        "access-control-allow-origin"
      ],
    ).toBeUndefined();
  });
});

describe("OpenAPI", () => {
  it("documents every route, with the parameters its schema validates", async () => {
    const doc = (await get("/api/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    for (const r of ROUTES)
      expect(doc.paths[r.path.replace(/:(\w+)/g, "{$1}")], r.path).toBeDefined();
    const names = doc.paths["/api/odds"].get.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(
      expect.arrayContaining(["paths", "seed", "target", "by", "horizon", "asOf"]),
    );
    expect((await get("/api/docs")).body).toContain("GET /api/status");
  });
});

describe("articles, claims and review over HTTP", () => {
  const TOKEN = "a-token-of-24-characters";
  const withStore = async (token?: string) => {
    const { Store } = await import("../src/store/store.ts");
    const store = new Store(":memory:");
    const server = await buildServer({
      dataset: loadDataset(),
      store,
      token,
      webDir: "/nonexistent",
    });
    return { store, server };
  };
  const article = {
    articles: [
      {
        text: "Finance Minister Lars Klingbeil said Germany will spend 3.5% of GDP on defence by 2029.",
        date: "2025-06-24",
        source: "https://example.org/k",
      },
    ],
  };

  it("write endpoints are off without a token, and need the right bearer token with one", async () => {
    const off = await withStore();
    const r = await off.server.inject({ method: "POST", url: "/api/ingest", payload: article });
    expect(r.statusCode).toBe(403);
    expect(r.json().detail).toMatch(/PLEDGEWATCH_TOKEN/);
    await off.server.close();

    const on = await withStore(TOKEN);
    expect(
      (await on.server.inject({ method: "POST", url: "/api/ingest", payload: article })).statusCode,
    ).toBe(401);
    expect(
      (
        await on.server.inject({
          method: "POST",
          url: "/api/ingest",
          payload: article,
          headers: { authorization: "Bearer nope" },
        })
      ).statusCode,
    ).toBe(403);
    const ok = await on.server.inject({
      method: "POST",
      url: "/api/ingest",
      payload: article,
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(ok.statusCode).toBe(201);
    expect(on.store.claims()).toHaveLength(1);
    await on.server.close();
  });

  it("read claims, accept one as a pledge (with edits), reject another; bad bodies are 400", async () => {
    const { store, server } = await withStore(TOKEN);
    const auth = { authorization: `Bearer ${TOKEN}` };
    await server.inject({ method: "POST", url: "/api/ingest", payload: article, headers: auth });
    const pending = (
      await server.inject({ url: "/api/claims?status=pending", headers: auth })
    ).json().claims;
    expect(pending[0]).toMatchObject({
      ally: "DEU",
      sharePct: 3.5,
      sentence: expect.stringContaining("3.5% of GDP"),
    });
    const bad = await server.inject({
      method: "POST",
      url: "/api/claims/1/accept",
      payload: { edits: { ally: "XXX" } },
      headers: auth,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].parameter).toBe("body.edits.ally");
    const accepted = await server.inject({
      method: "POST",
      url: "/api/claims/1/accept",
      payload: { edits: { basis: "core_defence", year: 2030 } },
      headers: auth,
    });
    expect(accepted.json()).toMatchObject({
      outcome: "added",
      pledge: { iso3: "DEU", basis: "core_defence", targetYear: 2030 },
    });
    expect(
      (await server.inject({ method: "POST", url: "/api/claims/1/reject", headers: auth }))
        .statusCode,
    ).toBe(400);
    const reg = (await server.inject({ url: "/api/registry" })).json().pledges;
    expect(reg.filter((p: { review: string }) => p.review === "accepted")).toHaveLength(1);
    expect(
      (
        await server.inject({
          method: "POST",
          url: "/api/ingest",
          payload: { articles: [] },
          headers: auth,
        })
      ).statusCode,
    ).toBe(400);
    // another article with the same figure: its claim repeats bundled P001
    await server.inject({
      method: "POST",
      url: "/api/ingest",
      payload: {
        articles: [
          {
            ...article.articles[0],
            text: `${article.articles[0]?.text} He repeated it in Berlin.`,
          },
        ],
      },
      headers: auth,
    });
    const linked = await server.inject({
      method: "POST",
      url: "/api/claims/2/accept",
      headers: auth,
    });
    expect(linked.json()).toMatchObject({
      outcome: "linked",
      linkedTo: { pledge: { id: "P001", sourceIds: ["S061", "claim:2"] }, review: "bundled" },
    });
    const after = (await server.inject({ url: "/api/registry" })).json().pledges;
    expect(after.filter((p: { review: string }) => p.review === "accepted")).toHaveLength(1);
    const doc = (await server.inject({ url: "/api/openapi.json" })).json();
    expect(doc.paths["/api/claims/{id}/accept"].post.security).toEqual([{ bearer: [] }]);
    expect((await server.inject({ url: "/api/docs" })).body).toContain("POST /api/ingest");
    store.close();
    await server.close();
  });
});
