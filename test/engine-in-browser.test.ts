import { readdirSync } from "node:fs";
import { builtinModules } from "node:module";
import { join, relative, sep } from "node:path";
import { build, type Plugin } from "vite";
import { describe, expect, it } from "vitest";

/*
 * The engine's entry points must load in a browser: each is bundled as the dashboard's build
 * would bundle it (browser resolution, packages' browser builds), and the bundle may reach no
 * Node built-in, no Node-only package (those reach built-ins too), no module of a face or of
 * the Node adapters, and no Node global in the project's own code.
 */

const ROOT = join(import.meta.dirname, "..");
const SRC = join(ROOT, "src");
const ENGINE = ["data", "analysis", "projection", "charts", "input"];
/** The faces and the Node adapters beside them: the engine never imports these. */
const EDGE = ["node", "cli", "server"];

/** A folder's index.ts where it has one, else each of its modules (src/input has no index). */
function entryPoints(): string[] {
  return ENGINE.flatMap((folder) => {
    const files = readdirSync(join(SRC, folder)).filter(
      (f) => f.endsWith(".ts") && !f.endsWith(".test.ts"),
    );
    const chosen = files.includes("index.ts") ? ["index.ts"] : files;
    return chosen.map((f) => join(SRC, folder, f));
  });
}

const BUILTINS = new Set(builtinModules);
const isBuiltin = (id: string) =>
  id.startsWith("node:") || BUILTINS.has(id) || BUILTINS.has(id.split("/")[0] ?? "");

/** Node globals a browser does not have. */
const NODE_GLOBALS =
  /\b(process\.|Buffer\.|setImmediate\(|__dirname|__filename|require\(|import\.meta\.(dirname|filename))/;

const stripComments = (code: string) =>
  code.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");

const show = (file: string) => relative(ROOT, file).split(sep).join("/");

/** Everything in the bundle of `entry` that would not load in a browser, each with its path. */
async function nodeOnly(entry: string): Promise<string[]> {
  const found: string[] = [];
  const importedBy = new Map<string, string>();
  const chain = (file: string): string => {
    const parts = [show(file)];
    for (let at = importedBy.get(file); at !== undefined; at = importedBy.get(at))
      parts.unshift(show(at));
    return parts.join(" -> ");
  };
  const guard: Plugin = {
    name: "engine-in-browser",
    enforce: "pre",
    async resolveId(source, importer, options) {
      if (isBuiltin(source)) {
        found.push(`${importer ? chain(importer) : ""} imports ${source}`);
        return { id: source, external: true };
      }
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (resolved?.id.endsWith(".node")) {
        found.push(`${importer ? chain(importer) : ""} loads the native addon ${source}`);
        return { id: resolved.id, external: true };
      }
      if (resolved && importer && !importedBy.has(resolved.id))
        importedBy.set(resolved.id, importer);
      return resolved;
    },
    transform(code, id) {
      if (!id.startsWith(SRC)) return null;
      const folder = relative(SRC, id).split(sep)[0] ?? "";
      if (EDGE.includes(folder)) found.push(`${chain(id)}: a face or Node adapter`);
      const global = stripComments(code).match(NODE_GLOBALS);
      if (global) found.push(`${chain(id)} uses ${global[1]}`);
      return null;
    },
  };
  await build({
    configFile: false,
    root: ROOT,
    logLevel: "silent",
    plugins: [guard],
    build: {
      write: false,
      lib: { entry, formats: ["es"] },
      minify: false,
      reportCompressedSize: false,
    },
  });
  return found;
}

describe("the engine loads in a browser", () => {
  const entries = entryPoints();

  it("has entry points in every engine folder", () => {
    expect(entries.map(show)).toEqual(
      expect.arrayContaining([
        "src/data/index.ts",
        "src/analysis/index.ts",
        "src/projection/index.ts",
        "src/charts/index.ts",
        "src/input/limits.ts",
      ]),
    );
  });

  it.each(entries.map((e) => [show(e), e]))(
    "%s reaches no Node built-in, Node-only package, face or Node global",
    async (_name, entry) => {
      expect(await nodeOnly(entry)).toEqual([]);
    },
  );
});
