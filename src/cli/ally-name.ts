import { lookupAlly } from "../data/names.ts";
import { UsageError } from "./io.ts";

/** The ally a user named, or a usage error that suggests the closest name. */
export function resolveAlly(input: string): string {
  const found = lookupAlly(input);
  if (!found.ok) throw new UsageError(found.message);
  return found.iso3;
}
