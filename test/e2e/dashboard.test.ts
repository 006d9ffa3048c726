import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/extract.ts";
import { loadDataset } from "../../src/node/load-dataset.ts";
import { buildServer } from "../../src/server/app.ts";
import { Store } from "../../src/store/store.ts";
import { ARTIFACTS, launchForTests } from "../chromium.ts";

const TOKEN = "e2e-token-of-24-characters";

let app: FastifyInstance;
let browser: Browser;
let base: string;

beforeAll(async () => {
  // a store with one article whose text looks like markup: the review page must show it as text
  const store = new Store(":memory:");
  const text =
    "Finance Minister Lars Klingbeil said Germany will spend 3.5% of GDP on defence by 2029, <b>not</b> less.";
  store.ingest([
    {
      file: "klingbeil.txt",
      text,
      publishedOn: "2025-06-24",
      sourceUrl: "https://example.org/k",
      claims: extractClaims(text, "2025-06-24"),
    },
  ]);
  app = await buildServer({ dataset: loadDataset(), store, token: TOKEN });
  base = await app.listen({ port: 0, host: "127.0.0.1" });
  browser = await launchForTests();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function chartReady(page: Page) {
  await page.waitForSelector(".chart-body[data-rendered=true] svg", { timeout: 20_000 });
}

describe("the dashboard in headless Chromium", () => {
  it("overview -> switch the target -> open an ally -> download a chart's data as CSV", async () => {
    const page = await browser.newPage({
      viewport: { width: 1200, height: 900 },
      acceptDownloads: true,
    });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${base}/`);
    await chartReady(page);
    await expect.poll(() => page.locator(".summary").textContent()).toContain("met 5");
    await page.screenshot({ path: join(ARTIFACTS, "overview.png") });

    await page.getByRole("combobox", { name: /^Target/ }).selectOption("hague-total");
    await expect
      .poll(() => page.locator(".summary").textContent())
      .toContain("5% of GDP, core plus defence-related");
    expect(new URL(page.url()).searchParams.get("target")).toBe("hague-total");
    await expect.poll(() => page.locator(".caveat").textContent()).toMatch(/core spending/);

    // keyboard: focus the link and press Enter
    await page.getByRole("link", { name: "Germany" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("h1").textContent()).toBe("Germany");
    await chartReady(page);
    expect(new URL(page.url()).searchParams.get("ally")).toBe("DEU");
    await page.screenshot({ path: join(ARTIFACTS, "ally-germany.png"), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download data (CSV)" }).first().click(),
    ]);
    const file = join(ARTIFACTS, download.suggestedFilename());
    await download.saveAs(file);
    const csv = readFileSync(file, "utf8").trim().split("\n");
    expect(csv[0]).toBe("year,share,kind,edition");
    expect(csv).toContain("2026,2.69,NATO estimate,2026");
    expect(csv).toContain("2024,2,NATO actual,2026");
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("every chart has a text alternative and a sources line; the state survives a reload", async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`${base}/?page=compare`);
    await chartReady(page);
    const figures = page.locator("figure.chart");
    expect(await figures.count()).toBe(3);
    for (const fig of await figures.all()) {
      expect(await fig.getAttribute("aria-label")).toBeTruthy();
      expect((await fig.locator(".sr-only").textContent())?.length ?? 0).toBeGreaterThan(30);
      expect(await fig.locator(".sources").textContent()).toMatch(/^Sources: /);
    }
    await page.goto(`${base}/?page=pledges&ally=LVA`);
    await chartReady(page);
    await expect.poll(() => page.getByText("4 of 72 pledges").count()).toBe(1);
    await page.close();
  }, 60_000);

  it("the ally page shows the projection's odds when a path is chosen", async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`${base}/?page=ally&ally=DEU&path=linear`);
    await chartReady(page);
    await expect
      .poll(() => page.locator(".odds").textContent())
      .toMatch(/\d+\.\d% in 2035, \d+\.\d% in 2030/);
    expect(await page.locator(".odds").textContent()).toMatch(
      /prior weight 3 years\). On its own history alone: \d+\.\d% in 2035/,
    );
    await page.close();
  }, 60_000);

  it("the track record page scores the 2018 calls for 2% by 2024, and the overview says what rests on estimates", async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`${base}/?page=backtest&target=two-percent&asOf=2018`);
    await expect
      .poll(() => page.locator(".summary").first().textContent())
      .toMatch(
        /As of 2018, the default rules \(3-year trend\) called \d+ of 31 allies right for 2% by 2024/,
      );
    await page.goto(`${base}/`);
    await expect
      .poll(() => page.locator("main").textContent())
      .toMatch(/18 on track, 9 of them only on estimates/);
    await page.close();
  }, 60_000);

  it("review: reading and accepting need the token; the evidence is highlighted as text, never HTML; an accepted claim shows on the ally page", async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`${base}/?page=review`);
    await expect.poll(() => page.locator("[role=status]").textContent()).toMatch(/needs its token/);
    await page.getByLabel("Token (if the server has one)").fill(TOKEN);
    await page.waitForSelector("ol.claims li mark");
    const marked = await page.locator("ol.claims li mark").first().textContent();
    expect(marked).toContain("<b>not</b> less");
    expect(await page.locator("ol.claims li mark b").count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, "review.png") });

    await page.getByRole("button", { name: "Accept as pledge" }).first().click();
    // Germany's 3.5% by 2029 is bundled (P001): the claim becomes its further source
    await expect
      .poll(() => page.locator("[role=status]").textContent())
      .toBe("Claim 1 accepted as a further source of pledge P001, already in the registry.");

    // the page loads the data package, then the registry: wait for it, not a fixed time
    await Promise.all([
      page.waitForResponse((r) => r.url().endsWith("/api/registry"), { timeout: 20_000 }),
      page.goto(`${base}/?page=ally&ally=DEU`),
    ]);
    await expect
      .poll(() => page.locator(".pledges").textContent(), { timeout: 20_000 })
      .toContain("Further sources: claim:1 (https://example.org/k).");
    expect(await page.locator(".pledges").textContent()).not.toContain("U1 ·");
    await page.close();
  }, 60_000);

  it("review: an article pasted into the form is stored and its claims join the list", async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`${base}/?page=review`);
    await page.getByLabel("Token (if the server has one)").fill(TOKEN);
    await page.waitForSelector("details.add-article");
    await expect.poll(() => page.locator("[aria-live=polite]").count()).toBe(0);
    const before = await page.locator("ol.claims > li").count();
    await page.getByText("Add an article").click();
    await page.getByLabel("pasted text").check();
    await page
      .getByLabel("Text", { exact: true })
      .fill(
        "Prime Minister Kristen Michal said Estonia will spend 5.4% of GDP on defence in 2026.",
      );
    await page.getByLabel("Date", { exact: true }).fill("2025-09-01");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await expect
      .poll(() => page.locator(".add-article [role=status]").textContent())
      .toBe("Article added: 1 claim to review.");
    await expect.poll(() => page.locator("ol.claims > li").count()).toBe(before + 1);
    expect(await page.locator("ol.claims").textContent()).toContain("EST · 5.4% of GDP · by 2026");
    await page.close();
  }, 60_000);

  it("is readable on a phone-width screen: nothing wider than the screen", async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${base}/?page=ally&ally=POL`);
    await chartReady(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
    await page.screenshot({ path: join(ARTIFACTS, "ally-poland-phone.png"), fullPage: true });
    await page.close();
  }, 60_000);
});
