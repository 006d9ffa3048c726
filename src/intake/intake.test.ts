import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../test/helpers.ts";
import { loadDataset } from "../node/load-dataset.ts";
import { buildServer } from "../server/app.ts";
import { Store } from "../store/store.ts";
import { FetchError, fetchPage, isPrivateAddress } from "./fetch.ts";
import { readPage } from "./reader.ts";

const PAGE = readFileSync(
  join(import.meta.dirname, "..", "..", "test", "fixtures", "pages", "rutte-berlin.html"),
  "utf8",
);
/** Words that appear only around the article: navigation, advertising, related links, comments. */
const AROUND = ["garden furniture", "Most read", "Subscribe", "Comment:", "Advertising", "Canada"];

let server: Server;
let base = "";
beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? "/";
    if (url === "/page.html") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(PAGE);
    } else if (url === "/undated.html") {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(PAGE.replace(/<meta property="article:published_time"[^>]*>/, ""));
    } else if (url === "/moved") {
      res.writeHead(302, { location: "/page.html" });
      res.end();
    } else if (url === "/big") {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(`<p>${"x".repeat(300_000)}</p>`);
    } else if (url === "/slow") {
      setTimeout(() => {
        res.writeHead(200, { "content-type": "text/html" });
        res.end(PAGE);
      }, 1500);
    } else if (url === "/latin1.html") {
      res.writeHead(200, { "content-type": "text/html; charset=iso-8859-1" });
      res.end(
        Buffer.from([
          0x3c, 0x70, 0x3e, 0x4d, 0xfc, 0x6e, 0x63, 0x68, 0x65, 0x6e, 0x3c, 0x2f, 0x70, 0x3e,
        ]),
      );
    } else if (url === "/broken.html") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(Buffer.from([0x3c, 0x70, 0x3e, 0xff, 0xfe, 0x3c, 0x2f, 0x70, 0x3e]));
    } else if (url === "/report.pdf") {
      res.writeHead(200, { "content-type": "application/pdf" });
      res.end("%PDF-1.7");
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("reader view", () => {
  it("keeps the headline and the article's paragraphs, and nothing around them", () => {
    const page = readPage(PAGE, "https://example.org/rutte");
    expect(page.readerView).toBe(true);
    expect(page.title).toBe("Rutte: allies are Russia's next target");
    expect(page.text.startsWith("Rutte: allies are Russia's next target\n\n")).toBe(true);
    expect(page.text).toContain("ready to use military force against NATO within five years.");
    expect(page.text).toContain("Germany has said it will spend 3.5% of GDP on core defence");
    for (const words of AROUND) expect(page.text).not.toContain(words);
  });

  it("reads the publication date from the page's metadata, as the page writes it", () => {
    expect(readPage(PAGE).publishedOn).toBe("2025-12-11");
    const ld = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-14T08:00:00Z"}</script></head><body><p>text</p></body></html>`;
    expect(readPage(ld).publishedOn).toBe("2024-03-14");
    expect(readPage("<p>no date here</p>").publishedOn).toBeNull();
  });
});

describe("fetching a page", () => {
  it("private, loopback and link-local addresses are recognised", () => {
    for (const a of [
      "127.0.0.1",
      "10.1.2.3",
      "172.16.0.9",
      "192.168.1.1",
      "169.254.169.254",
      "::1",
      "fe80::1",
      "fd00::1",
      "::ffff:127.0.0.1",
      "0.0.0.0",
    ])
      expect([a, isPrivateAddress(a)]).toEqual([a, true]);
    for (const a of ["93.184.215.14", "8.8.8.8", "2606:4700::1111", "172.32.0.1"])
      expect([a, isPrivateAddress(a)]).toEqual([a, false]);
  });

  it("refuses loopback addresses unless allowed, by address and by name", async () => {
    await expect(fetchPage(`${base}/page.html`)).rejects.toThrow(/private or loopback/);
    const port = new URL(base).port;
    await expect(fetchPage(`http://localhost:${port}/page.html`)).rejects.toThrow(
      /private or loopback/,
    );
    const page = await fetchPage(`${base}/page.html`, { allowPrivate: true });
    expect(page.body).toBe(PAGE);
  });

  it("follows redirects, and refuses other schemes, large pages, slow pages and non-pages", async () => {
    const allow = { allowPrivate: true };
    expect((await fetchPage(`${base}/moved`, allow)).url).toBe(`${base}/page.html`);
    await expect(fetchPage("ftp://example.org/a.html")).rejects.toThrow(/http:\/\/ or https:\/\//);
    await expect(fetchPage("file:///etc/passwd")).rejects.toThrow(FetchError);
    await expect(fetchPage(`${base}/big`, { ...allow, maxBytes: 100_000 })).rejects.toThrow(
      /100000-byte limit/,
    );
    await expect(fetchPage(`${base}/slow`, { ...allow, timeoutMs: 200 })).rejects.toThrow(
      /did not answer within 0.2 s/,
    );
    await expect(fetchPage(`${base}/report.pdf`, allow)).rejects.toThrow(/application\/pdf/);
    await expect(fetchPage(`${base}/missing`, allow)).rejects.toThrow(/HTTP 404/);
    // the declared charset is honoured; UTF-8 is read strictly
    expect((await fetchPage(`${base}/latin1.html`, allow)).body).toBe("<p>München</p>");
    await expect(fetchPage(`${base}/broken.html`, allow)).rejects.toThrow(/not valid utf-8/);
  });
});

describe("pledgewatch ingest URL", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "pledgewatch-intake-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = async (args: string[]) => {
    const r = await runCli(args, dir);
    return { code: r.code, out: r.stdout, err: r.stderr };
  };

  it("stores only the article's text and its claims, dated from the page", async () => {
    const db = join(dir, "a.db");
    const r = await run(["ingest", `${base}/page.html`, "--db", db]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("3 claims pending review");
    const store = new Store(db);
    const [article] = store.articles();
    expect(article).toMatchObject({ publishedOn: "2025-12-11", sourceUrl: `${base}/page.html` });
    const text = store.articleText(article?.id ?? 0) ?? "";
    expect(text).toContain("allies must reach 5% of GDP faster than 2035");
    for (const words of AROUND) expect(text).not.toContain(words);
    const claims = store.claims("pending");
    expect(
      claims.map((c) =>
        c.kind === "horizon" ? ["horizon", c.horizonYear] : [c.ally, c.sharePct, c.targetYear],
      ),
    ).toEqual([
      ["horizon", 2030],
      ["NATO", 5, 2035],
      ["DEU", 3.5, 2029],
    ]);
    store.close();
  });

  it("a page without a date needs --date; a bad address is a usage error; a failed fetch stores nothing", async () => {
    const db = join(dir, "b.db");
    const undated = await run(["ingest", `${base}/undated.html`, "--db", db]);
    expect(undated.code).toBe(1);
    expect(undated.err).toContain("gives no publication date");
    const dated = await run(["ingest", `${base}/undated.html`, "--date", "2025-12-12", "--db", db]);
    expect(dated.code).toBe(0);
    expect((await run(["ingest", "ftp://example.org/x", "--db", db])).code).toBe(2);
    const missing = await run(["ingest", `${base}/missing`, "--db", db]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("nothing was stored");
    const store = new Store(db);
    expect(store.articles()).toHaveLength(1);
    store.close();
  });
});

describe("POST /api/ingest/url", () => {
  const auth = { authorization: "Bearer intake-test-token-0123" };
  const serve = async (allowPrivateFetch: boolean) => {
    const store = new Store(":memory:");
    const app = await buildServer({
      dataset: loadDataset(),
      store,
      token: "intake-test-token-0123",
      webDir: "/nonexistent",
      allowPrivateFetch,
    });
    return { store, app };
  };

  it("refuses a loopback address unless the server was started to allow it", async () => {
    const off = await serve(false);
    const refused = await off.app.inject({
      method: "POST",
      url: "/api/ingest/url",
      payload: { url: `${base}/page.html` },
      headers: auth,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().detail).toMatch(/private or loopback/);
    expect(off.store.articles()).toEqual([]);
    const scheme = await off.app.inject({
      method: "POST",
      url: "/api/ingest/url",
      payload: { url: "file:///etc/passwd" },
      headers: auth,
    });
    expect(scheme.statusCode).toBe(400);

    const on = await serve(true);
    const ok = await on.app.inject({
      method: "POST",
      url: "/api/ingest/url",
      payload: { url: `${base}/page.html` },
      headers: auth,
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ readerView: true, url: `${base}/page.html` });
    expect(on.store.claims("pending")).toHaveLength(3);
    const noToken = await on.app.inject({
      method: "POST",
      url: "/api/ingest/url",
      payload: { url: `${base}/page.html` },
    });
    expect(noToken.statusCode).toBe(401);
  });
});
