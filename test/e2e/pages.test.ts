import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../src/node/load-dataset.ts";
import { buildServer } from "../../src/server/app.ts";
import { ARTIFACTS, launchForTests } from "../chromium.ts";

let app: FastifyInstance;
let browser: Browser;
let base: string;

beforeAll(async () => {
  app = await buildServer({ dataset: loadDataset() });
  base = await app.listen({ port: 0, host: "127.0.0.1" });
  browser = await launchForTests();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Every page, and what shows it has loaded. */
const PAGES = [
  { query: "", ready: "figure[aria-label^='The allies against'] .chart-body[data-rendered=true]" },
  { query: "?page=ally&ally=DEU", ready: ".chart-body[data-rendered=true]" },
  { query: "?page=pledges", ready: ".chart-body[data-rendered=true]" },
  { query: "?page=compare", ready: ".chart-body[data-rendered=true]" },
  { query: "?page=ukraine", ready: ".chart-body[data-rendered=true]" },
  { query: "?page=production", ready: ".chart-body[data-rendered=true]" },
  { query: "?page=review", ready: "h1" },
];

async function open(page: Page, query: string, ready: string) {
  await page.goto(`${base}/${query}`);
  await page.waitForSelector(ready, { timeout: 20_000 });
}

describe("every page fits the screen", () => {
  for (const width of [1280, 375]) {
    it(`at ${width} px: no horizontal page scroll${width === 1280 ? ", no table cut off" : ""}`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      for (const { query, ready } of PAGES) {
        await open(page, query, ready);
        const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scroll, `${query || "overview"} at ${width}`).toBeLessThanOrEqual(width);
        if (width === 1280) {
          const cut = await page.$$eval(".table-wrap", (wraps) =>
            wraps
              .filter((w) => w.scrollWidth > w.clientWidth + 1)
              .map((w) => w.querySelector("caption")?.textContent ?? "a table"),
          );
          expect(cut, `${query || "overview"}: tables wider than the page`).toEqual([]);
        }
      }
      expect(errors).toEqual([]);
      await page.close();
    }, 120_000);
  }
});

describe("the overview's map", () => {
  it("draws every ally; a click on a country opens its ally page; the toggle colours by share", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await open(
      page,
      "",
      "figure[aria-label^='The allies against'] .chart-body[data-rendered=true]",
    );
    expect(await page.locator("main table caption").first().textContent()).toBe(
      "Every ally against The Hague: 3.5% of GDP on core defence; e = NATO estimate",
    );
    const map = page.locator("figure[aria-label^='The allies against']");
    expect(await map.locator("path[aria-label$='met'], path[aria-label*='% of GDP']").count()).toBe(
      31,
    );
    await page.screenshot({ path: join(ARTIFACTS, "overview-map.png"), fullPage: true });

    await page.getByRole("radio", { name: "Share of GDP" }).check();
    await page.waitForSelector(
      "figure[aria-label^='Defence spending as a share of GDP'] .chart-body[data-rendered=true]",
    );
    expect(new URL(page.url()).searchParams.get("map")).toBe("share");

    await page
      .locator(
        "figure[aria-label^='Defence spending as a share of GDP'] path[aria-label^='Poland:']",
      )
      .click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Poland");
    expect(new URL(page.url()).searchParams.get("ally")).toBe("POL");
    await page.close();
  }, 60_000);
});

describe("the new pages", () => {
  it("Ukraine: a ranked chart and a row per covered ally; the ally page carries its line", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await open(page, "?page=ukraine", ".chart-body[data-rendered=true]");
    const rows = page.locator("table").first().locator("tbody tr");
    expect(await rows.count()).toBe(29);
    expect(await rows.first().textContent()).toContain("United States");
    await expect
      .poll(() => page.locator("main").textContent())
      .toMatch(/not covered: Albania, Montenegro, North Macedonia/);
    await page.getByRole("radio", { name: "% of GDP" }).check();
    await expect.poll(() => rows.first().textContent()).toContain("Denmark");
    await page.screenshot({ path: join(ARTIFACTS, "ukraine.png"), fullPage: true });

    await page.getByRole("link", { name: "Germany" }).click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Germany");
    await expect
      .poll(() => page.locator(".aid").textContent())
      .toMatch(/€25\.30bn allocated \(0\.70% of 2021 GDP\)/);
    await page.goto(`${base}/?page=ally&ally=ALB`);
    await expect.poll(() => page.locator(".aid").textContent()).toMatch(/no figure: not a donor/);
    await page.close();
  }, 60_000);

  it("Production: every statement in the table, with its kind and source", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await open(page, "?page=production", ".chart-body[data-rendered=true]");
    const rows = page.locator("table tbody tr");
    expect(await rows.count()).toBe(loadDataset().production.length);
    expect(await rows.first().textContent()).toContain("PRESS_MENAFN_ASAP_2024");
    await page.screenshot({ path: join(ARTIFACTS, "production.png"), fullPage: true });
    await page.close();
  }, 60_000);

  it("Compare: purchasing-power estimates and Russia's budget shares, with what was not found", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await open(page, "?page=compare", ".chart-body[data-rendered=true]");
    await expect.poll(() => page.locator("main").textContent()).toContain("461.6");
    expect(await page.locator(".not-found li").count()).toBeGreaterThan(0);
    await page.close();
  }, 60_000);
});
