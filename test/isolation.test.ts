import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { homedir, userInfo } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

describe("tests keep out of the user's home", () => {
  it("a CLI process a test starts caches under the test's home, not the user's", () => {
    expect(homedir()).not.toBe(userInfo().homedir);
    const bin = join(import.meta.dirname, "..", "bin", "pledgewatch.js");
    const r = spawnSync(process.execPath, [bin, "status"], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    const cache = join(process.env.XDG_CACHE_HOME ?? "", "pledgewatch");
    expect(existsSync(cache) && readdirSync(cache).some((f) => f.endsWith(".v8"))).toBe(true);
  });
});
