import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * The compiled CLI entry (lib/cli/main.js) when lib/ was built from the sources as they are now,
 * else null. Every source lib/manifest.json lists must keep its size and modification time: an
 * edited, moved or deleted source sends the CLI back to the TypeScript sources, so what runs is
 * always what the sources say. Plain JavaScript, so that checking costs no TypeScript loading.
 *
 * @param {string} root the checkout (the folder holding src/ and lib/)
 * @returns {string | null}
 */
export function compiledEntry(root) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(root, "lib", "manifest.json"), "utf8"));
  } catch {
    return null;
  }
  const sources = manifest?.sources;
  if (typeof sources !== "object" || sources === null) return null;
  for (const [name, recorded] of Object.entries(sources)) {
    const stat = statSync(join(root, name), { throwIfNoEntry: false });
    if (!stat || stat.size !== recorded.size || stat.mtimeMs !== recorded.mtimeMs) return null;
  }
  return join(root, "lib", "cli", "main.js");
}
