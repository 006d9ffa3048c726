import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Topology } from "topojson-specification";

/**
 * Node only: Natural Earth's countries at 1:110m, as the world-atlas package ships them (no
 * download at run time). Read once.
 */
let cached: Topology | undefined;

export function worldGeometry(): Topology {
  cached ??= JSON.parse(
    readFileSync(createRequire(import.meta.url).resolve("world-atlas/countries-110m.json"), "utf8"),
  ) as Topology;
  return cached;
}
