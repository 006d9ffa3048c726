import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compiledEntry } from "../bin/compiled.js";
import { toJavaScript } from "../scripts/build-cli.ts";
import { runCli } from "./helpers.ts";

const root = join(import.meta.dirname, "..");
const work = mkdtempSync(join(tmpdir(), "pledgewatch-compiled-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the compiled CLI", () => {
  it("erases types and points relative imports, dynamic imports and worker URLs at .js", () => {
    const js = toJavaScript(
      [
        'import type { A } from "./a.ts";',
        'import { b, type C } from "../b.ts";',
        'export * from "./c.ts";',
        'const d = await import("./d.ts");',
        'new Worker(new URL("./worker.ts", import.meta.url));',
        'import { e } from "some-package.ts";',
        'const f: number = 1; const text = "see ./g.ts";',
      ].join("\n"),
    );
    expect(js).toContain('from "../b.js"');
    expect(js).toContain('from "./c.js"');
    expect(js).toContain('import("./d.js")');
    expect(js).toContain('new URL("./worker.js"');
    expect(js).toContain('from "some-package.ts"');
    expect(js).toContain('"see ./g.ts"');
    expect(js).not.toMatch(/: number|type C|\.\/a\.ts/);
  });

  it("runs only while every source it was built from is unchanged", () => {
    const dir = join(work, "checkout");
    mkdirSync(join(dir, "src", "cli"), { recursive: true });
    mkdirSync(join(dir, "lib"), { recursive: true });
    const source = join(dir, "src", "cli", "main.ts");
    writeFileSync(source, "export {};\n");
    utimesSync(source, 1_700_000_000, 1_700_000_000);
    const manifest = { sources: { "src/cli/main.ts": { size: 11, mtimeMs: 1_700_000_000_000 } } };
    expect(compiledEntry(dir)).toBeNull(); // no manifest yet
    writeFileSync(join(dir, "lib", "manifest.json"), JSON.stringify(manifest));
    expect(compiledEntry(dir)).toBe(join(dir, "lib", "cli", "main.js"));
    utimesSync(source, 1_700_000_001, 1_700_000_001); // edited
    expect(compiledEntry(dir)).toBeNull();
    rmSync(source); // deleted or moved
    expect(compiledEntry(dir)).toBeNull();
    writeFileSync(join(dir, "lib", "manifest.json"), "{ not json");
    expect(compiledEntry(dir)).toBeNull();
  });

  it("built from the sources, gives the sources' answers", async () => {
    const build = spawnSync(process.execPath, ["scripts/build-cli.ts"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(build.status, build.stderr).toBe(0);
    expect(compiledEntry(root)).toBe(join(root, "lib", "cli", "main.js"));
    const env = { ...process.env, PLEDGEWATCH_CACHE: join(work, "cache") };
    for (const args of [
      ["status", "--json"],
      ["ally", "NOR", "--json"],
      ["odds", "--paths", "50", "--json"],
    ]) {
      const compiled = spawnSync(process.execPath, ["bin/pledgewatch.js", ...args], {
        cwd: root,
        encoding: "utf8",
        env,
      });
      expect(compiled.status, compiled.stderr).toBe(0);
      const sources = await runCli(args, work);
      expect(JSON.parse(compiled.stdout), args.join(" ")).toEqual(JSON.parse(sources.stdout));
    }
  });
});
