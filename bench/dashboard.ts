/**
 * Dashboard weight and speed: the gzipped JavaScript the first page load ships (target at most
 * 400 KB), and the time from navigation to the first rendered chart in headless Chromium on
 * localhost (target under 1.5 s), median of several cold loads. Builds the dashboard first.
 *
 * Usage: npm run bench:dashboard [-- --loads N]
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { loadDataset } from "../src/node/load-dataset.ts";
import { buildServer, WEB_DIST } from "../src/server/app.ts";
import { launchChromium } from "../test/chromium.ts";

const { values } = parseArgs({ options: { loads: { type: "string", default: "5" } } });
const loads = Number(values.loads);

execFileSync(
  process.execPath,
  [
    join(import.meta.dirname, "..", "node_modules", "vite", "bin", "vite.js"),
    "build",
    "web",
    "--logLevel",
    "warn",
  ],
  {
    stdio: "inherit",
  },
);
const html = readFileSync(join(WEB_DIST, "index.html"), "utf8");
const scripts = [...html.matchAll(/<script[^>]+src="\/([^"]+)"/g)].map((m) => m[1] as string);
const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+)"/g)].map(
  (m) => m[1] as string,
);
const firstLoad = [...new Set([...scripts, ...preloads])];
const gz = firstLoad.reduce((sum, f) => sum + gzipSync(readFileSync(join(WEB_DIST, f))).length, 0);
const raw = firstLoad.reduce((sum, f) => sum + readFileSync(join(WEB_DIST, f)).length, 0);

const app = await buildServer({ dataset: loadDataset() });
const base = await app.listen({ port: 0, host: "127.0.0.1" });
const browser = await launchChromium();
const times: number[] = [];
for (let i = 0; i < loads; i++) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.waitForSelector(".chart-body[data-rendered=true] svg", { timeout: 30_000 });
  const at = await page.evaluate(
    () => performance.getEntriesByName("pledgewatch:first-chart")[0]?.startTime ?? Number.NaN,
  );
  times.push(at);
  await context.close();
}
await browser.close();
await app.close();

const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] as number;
const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");
console.log(`Dashboard benchmark: ${firstLoad.join(", ")}`);
console.log("");
console.log(
  `  first-load JavaScript   ${(raw / 1024).toFixed(0)} KB raw, ${(gz / 1024).toFixed(0)} KB gzipped  (target <= 400 KB)  ${verdict(gz <= 400 * 1024)}`,
);
console.log(
  `  first chart rendered    ${median.toFixed(0)} ms after navigation, median of ${loads} cold loads (${times.map((t) => t.toFixed(0)).join(", ")})  (target < 1500 ms)  ${verdict(median < 1500)}`,
);
