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
