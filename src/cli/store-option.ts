import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { defaultStorePath, Store } from "../store/store.ts";
import { type Io, UsageError } from "./io.ts";

export const STORE_HELP =
  "  --db PATH        the store (default: $PLEDGEWATCH_DB, else ~/.local/share/pledgewatch/pledgewatch.db)";

export function storePath(values: Record<string, unknown>, io: Io): string {
  if (values.db === "") throw new UsageError("--db takes a file path (got an empty one)");
  const given = typeof values.db === "string" ? values.db : io.env.PLEDGEWATCH_DB;
  return given ? resolve(io.cwd, given) : defaultStorePath(io.env);
}

/** Opens (creating and migrating) the store. */
export function openStore(values: Record<string, unknown>, io: Io): Store {
  return new Store(storePath(values, io));
}

/** The store if one exists already; reading commands never create one. */
export function existingStore(values: Record<string, unknown>, io: Io): Store | null {
  const path = storePath(values, io);
  return existsSync(path) ? new Store(path) : null;
}
