import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { WEB_DIST } from "../src/server/app.ts";

/** Debian's chromium (.ci/run installs it), driven by playwright-core. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Headless, sandbox off (CI runs as root), and none of Chromium's calls home. */
export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Where end-to-end tests leave their screenshots. */
export const ARTIFACTS = join(import.meta.dirname, "..", "test-artifacts");

/**
 * Starts the browser for an end-to-end test, after checking what it needs: the built dashboard
 * and Chromium, each with what to do when it is missing.
 */
export function launchForTests() {
  if (!existsSync(join(WEB_DIST, "index.html"))) {
    throw new Error("the dashboard is not built: npm test builds it first (npm run build)");
  }
  if (!existsSync(CHROMIUM))
    throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  mkdirSync(ARTIFACTS, { recursive: true });
  return launchChromium();
}
