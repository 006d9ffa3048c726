import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // Tests that start the CLI as a process or run simulations take seconds on a busy 2-core
    // machine: the limit is for hangs, not for speed (benchmarks measure speed).
    testTimeout: 30_000,
  },
});
