import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "vitest/config";

// Every test, and every CLI process a test starts, sees a home of its own: no test reads or
// writes the user's store or cache.
const home = mkdtempSync(join(tmpdir(), "pledgewatch-test-home-"));

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    env: { HOME: home, XDG_DATA_HOME: join(home, "data"), XDG_CACHE_HOME: join(home, "cache") },
    // Tests that start the CLI as a process or run simulations take seconds on a busy 2-core
    // machine: the limit is for hangs, not for speed (benchmarks measure speed).
    testTimeout: 30_000,
  },
});
