/**
 * Compiles the CLI's TypeScript sources to plain JavaScript in lib/, so that `pledgewatch` starts
 * without loading Node's TypeScript stripper (tens of milliseconds on every run). Types are
 * erased in place (the same transform Node applies at run time; positions are kept), and the
 * relative `.ts` specifiers become `.js`. lib/ mirrors src/ one folder deep from the checkout, so
 * paths a module resolves from its own location (data/, scenarios/, web/dist/) stay the same.
 *
 * lib/manifest.json records each source's size and modification time: bin/pledgewatch.js runs
 * lib/ only while every source still matches, and the TypeScript sources otherwise.
 *
 * Usage: node scripts/build-cli.ts   (part of `npm run build`)
 */
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { stripTypeScriptTypes } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const src = join(root, "src");
const out = join(root, "lib");
const staging = `${out}.${process.pid}.tmp`;

/** Relative specifiers of imports, re-exports, dynamic imports and worker URLs. */
const SPECIFIER =
  /((?:\bfrom|\bimport|\bimport\(|\bnew URL\()\s*)(["'])(\.{1,2}\/[^"'\n]+?)\.ts\2/g;

export function toJavaScript(source: string): string {
  const code = stripTypeScriptTypes(source, { mode: "strip" });
  return code.replace(SPECIFIER, (_m, lead: string, quote: string, path: string) => {
    return `${lead}${quote}${path}.js${quote}`;
  });
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

function build(): number {
  rmSync(staging, { recursive: true, force: true });
  const manifest: Record<string, { size: number; mtimeMs: number }> = {};
  const files = sources(src);
  for (const file of files) {
    const name = relative(src, file);
    const target = join(staging, name.replace(/\.ts$/, ".js"));
    mkdirSync(dirname(target), { recursive: true });
    try {
      writeFileSync(target, toJavaScript(readFileSync(file, "utf8")));
    } catch (error) {
      throw new Error(`${relative(root, file)}: ${(error as Error).message}`);
    }
    const stat = statSync(file);
    manifest[`src/${name}`] = { size: stat.size, mtimeMs: stat.mtimeMs };
  }
  writeFileSync(join(staging, "manifest.json"), JSON.stringify({ sources: manifest }));
  rmSync(out, { recursive: true, force: true });
  renameSync(staging, out);
  return files.length;
}

if (import.meta.main) {
  try {
    const count = build();
    console.log(`lib/: ${count} modules compiled from src/`);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    console.error(`build-cli: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
