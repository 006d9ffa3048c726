import { renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { DATA_FILES } from "../data/files.ts";
import type { ImportPlan } from "./plan.ts";

/**
 * Writes a planned import into a data folder: every new file goes to a temporary file beside
 * its target first, and only when all are written are they renamed over the old ones (sources
 * first, so nothing ever cites a source that is not there yet). A failure before
 * the renames leaves the folder as it was.
 */
export function commitImport(dataDir: string, plan: ImportPlan): string[] {
  const order = (["natoSources", "natoEditions", "expenditure"] as const).filter(
    (k) => plan.writes[k] !== undefined,
  );
  const staged: { tmp: string; path: string }[] = [];
  try {
    for (const key of order) {
      const path = join(dataDir, DATA_FILES[key].path);
      const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.import.tmp`);
      staged.push({ tmp, path });
      writeFileSync(tmp, plan.writes[key] ?? "");
    }
  } catch (error) {
    for (const { tmp } of staged) rmSync(tmp, { force: true });
    throw error;
  }
  for (const { tmp, path } of staged) renameSync(tmp, path);
  return staged.map((s) => s.path);
}
