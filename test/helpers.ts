import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Io } from "../src/cli/io.ts";
import { main } from "../src/cli/main.ts";
import { DEFAULT_DATA_DIR } from "../src/node/read-data.ts";

/** A throwaway copy of the bundled data package, for corrupting in tests. */
export function copyData(): {
  dir: string;
  edit: (file: string, f: (text: string) => string) => void;
  done: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), "pledgewatch-data-"));
  cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
  return {
    dir,
    edit(file, f) {
      const path = join(dir, file);
      writeFileSync(path, f(readFileSync(path, "utf8")));
    },
    done: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Line `n` (1-based) of a text. */
export function lineOf(text: string, n: number): string {
  return text.split("\n")[n - 1] ?? "";
}

/** The 1-based line number of the first line that starts with `prefix`. */
export function lineNumber(text: string, prefix: string): number {
  return text.split("\n").findIndex((l) => l.startsWith(prefix)) + 1;
}

/**
 * Runs the CLI in this process and collects what it prints. The store's default place is under
 * `cwd` (never the user's own store), and `io` overrides any part of the environment.
 */
export async function runCli(
  args: readonly string[],
  cwd: string,
  io: Partial<Io> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    out: (t) => {
      stdout += t;
    },
    err: (t) => {
      stderr += t;
    },
    isTTY: false,
    cwd,
    ...io,
    env: { XDG_DATA_HOME: cwd, ...io.env },
  });
  return { code, stdout, stderr };
}

/** The team's own lines, in English and in French, of about the same length. */
export const ENGLISH_ARTICLE =
  "The government said on Monday that it will raise defence spending to 3% of GDP by 2028, and that the increase is needed because of the threat from the east. The finance minister added that the money has to be found in the budget for next year, which is to be sent to parliament in the autumn.";
export const FRENCH_ARTICLE =
  "Le gouvernement a annoncé lundi qu'il portera les dépenses de défense à 3 % du PIB d'ici 2028, une hausse jugée nécessaire face à la menace venue de l'est. Le ministre des finances a ajouté que l'argent devra être trouvé dans le budget de l'année prochaine, qui sera transmis au parlement à l'automne.";
