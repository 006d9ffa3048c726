import type { FastifyInstance } from "fastify";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capabilityRanking } from "../../src/analysis/capabilities.ts";
import { revisions } from "../../src/analysis/revisions.ts";
import { loadDataset } from "../../src/node/load-dataset.ts";
import { buildServer } from "../../src/server/app.ts";
import { launchForTests } from "../chromium.ts";

let app: FastifyInstance;
let browser: Browser;
let base: string;
const dataset = loadDataset();

beforeAll(async () => {
  app = await buildServer({ dataset });
  base = await app.listen({ port: 0, host: "127.0.0.1" });
  browser = await launchForTests();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe("What NATO revised, and cash and capabilities, in headless Chromium", () => {
  it("shows the engine's record: Poland's share of GDP between the 2025 and 2026 editions", async () => {
    const record = revisions(dataset, {
      from: "2025",
      to: "2026",
      ally: "POL",
      metric: "share_gdp_pct",
    });
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`${base}/?page=revisions&from=2025&to=2026&ally=POL&metric=share_gdp_pct`);
    await page.waitForSelector("h1:text('What NATO revised')", { timeout: 20_000 });
    await expect
      .poll(() => page.locator("[aria-live=polite]").first().textContent())
      .toContain(`${record.revised} figures revised of ${record.compared} in both`);
    const rows = await page.locator("table").first().locator("tbody tr").allTextContents();
    expect(rows).toHaveLength(record.revised);
    expect(
      rows.some((r) => r === "POLshare_gdp_pct20243.79e3.75-0.04-1.06estimate became actual"),
    ).toBe(true);
    await page.close();
  }, 60_000);

  it("the capabilities page ranks allies as the engine does", async () => {
    const r = capabilityRanking(dataset, "equipment_share_pct", { asOf: 2026 });
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`${base}/?page=capabilities&metric=equipment_share_pct`);
    await page.waitForSelector("h1:text('Cash and capabilities')", { timeout: 20_000 });
    const rows = await page.locator("table").first().locator("tbody tr").allTextContents();
    expect(rows).toHaveLength(r.rows.length);
    expect(rows[0]).toBe(`1${r.rows[0]?.name}2026${r.rows[0]?.value.toFixed(2)}e2026`);
    await page.close();
  }, 60_000);
});
