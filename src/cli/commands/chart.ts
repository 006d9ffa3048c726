import { extname, resolve } from "node:path";
import { CHART_DESCRIPTIONS, citer, drawChart } from "../../charts/index.ts";
import { MAP_COLOURINGS, type MapColouring } from "../../charts/map.ts";
import { renderPng, renderSvg } from "../../node/render.ts";
import { worldGeometry } from "../../node/world-geometry.ts";
import { CHART_NAMES, type ChartName, chartRecord } from "../../projection/chart-record.ts";
import { PATH_KINDS, type PathKind } from "../../projection/paths.ts";
import { resolveAlly } from "../ally-name.ts";
import { asOfAndEdition, COMMON_OPTIONS, type Command } from "../command.ts";
import { json } from "../format.ts";
import { UsageError } from "../io.ts";
import { writeAtomic } from "../write.ts";
import { TARGET_HELP, TARGET_OPTIONS, targetFromOptions } from "./status.ts";

/** Charts drawn for one ally: history needs one, pledges may take one. */
const CHARTS_WITH_ALLY = new Set(["history", "pledges"]);

export const chartCommand: Command = {
  name: "chart",
  usage: "pledgewatch chart <name> [ALLY] --out FILE.svg|FILE.png|FILE.json",
  help: `Charts:
${CHART_NAMES.map((n) => `  ${n.padEnd(10)} ${CHART_DESCRIPTIONS[n]}`).join("\n")}

  --out FILE       .svg, .png or .json (the Vega-Lite spec); required
  --path P         history only: add a ${PATH_KINDS.join("|")} projection and its Monte Carlo fan
  --colour-by C    map only: ${MAP_COLOURINGS.join(" (default) or ")} (share of GDP, in bands at 2%, 3.5%, 5%)
${TARGET_HELP}
  --as-of YEAR     use figures up to YEAR
  --edition ED     use one NATO edition only
  --data DIR       read the data package from DIR
  -h, --help       this help

Examples:
  pledgewatch chart ranking --out ranking.svg
  pledgewatch chart history DEU --path linear --out germany.png
  pledgewatch chart map --colour-by share --out map.svg`,
  options: {
    ...TARGET_OPTIONS,
    out: { type: "string", short: "o" },
    path: { type: "string", short: "p" },
    "colour-by": { type: "string" },
    "as-of": COMMON_OPTIONS["as-of"],
    edition: COMMON_OPTIONS.edition,
    data: COMMON_OPTIONS.data,
    help: COMMON_OPTIONS.help,
  },
  positionals: { min: 1, max: 2 },
  async run(values, positionals, { io, dataset }) {
    const [name, allyName] = positionals as [string, string | undefined];
    if (!CHART_NAMES.includes(name as ChartName)) {
      throw new UsageError(`unknown chart "${name}": use ${CHART_NAMES.join(", ")}`);
    }
    if (name === "history" && !allyName)
      throw new UsageError("the history chart needs an ally: chart history DEU");
    if (!CHARTS_WITH_ALLY.has(name) && allyName)
      throw new UsageError(`the ${name} chart takes no ally`);
    if (typeof values.out !== "string")
      throw new UsageError("--out FILE.svg, FILE.png or FILE.json is required");
    const ext = extname(values.out).toLowerCase();
    if (![".svg", ".png", ".json"].includes(ext)) {
      throw new UsageError(`--out must end in .svg, .png or .json (got "${values.out}")`);
    }
    const path = values.path as PathKind | undefined;
    if (path !== undefined && !PATH_KINDS.includes(path)) {
      throw new UsageError(`--path takes ${PATH_KINDS.join(", ")} (got "${path}")`);
    }
    const colourBy = values["colour-by"] as MapColouring | undefined;
    if (colourBy !== undefined && name !== "map") {
      throw new UsageError("--colour-by is for the map chart only");
    }
    if (colourBy !== undefined && !MAP_COLOURINGS.includes(colourBy)) {
      throw new UsageError(`--colour-by takes ${MAP_COLOURINGS.join(" or ")} (got "${colourBy}")`);
    }
    const data = await dataset();
    const { asOf, edition } = asOfAndEdition(values, data);
    const { target } = targetFromOptions(values, data);
    const record = chartRecord(data, {
      name: name as ChartName,
      asOf,
      edition,
      target,
      ally: allyName === undefined ? undefined : resolveAlly(allyName),
      path,
    });
    const spec = drawChart(record, {
      cite: citer(data),
      geometry: name === "map" ? worldGeometry() : undefined,
      colourBy,
    });
    const out = resolve(io.cwd, values.out);
    const content =
      ext === ".json" ? json(spec) : ext === ".svg" ? await renderSvg(spec) : await renderPng(spec);
    writeAtomic(out, content);
    io.err(`wrote ${out}\n`);
    return 0;
  },
};
