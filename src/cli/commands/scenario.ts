import { resolve } from "node:path";
import { loadScenario } from "../../node/load-scenario.ts";
import {
  runScenario,
  type ScenarioResult,
  scenarioRows,
  toScenarioRecord,
} from "../../projection/index.ts";
import { COMMON_OPTIONS, type Command, outputFormat } from "../command.ts";
import { fixed, json, painter, table, toCsv, usdBn } from "../format.ts";
import { type Io, UsageError } from "../io.ts";
import { writeAtomic } from "../write.ts";

function printTable(result: ScenarioResult, io: Io): void {
  const paint = painter(io);
  const t = result.target;
  const at = (p: ScenarioResult["paths"][number], year: number | null) =>
    year === null ? "-" : fixed(p.years.find((y) => y.year === year)?.sharePct, 2);
  io.out(
    `${paint(result.scenario.name, "bold")}${result.scenario.description ? ` - ${result.scenario.description}` : ""}\n`,
  );
  io.out(
    `  ${t.threshold}% of GDP by ${t.deadline}; horizon ${result.horizon ?? "none"}; path ${result.scenario.path}; figures up to ${result.asOf}; to ${result.to}\n`,
  );
  if (t.caveat) io.out(`  note: ${t.caveat}\n`);
  io.out(
    `\n${table(
      [
        { header: "ALLY" },
        { header: "PATH" },
        { header: "NOW%", align: "right" },
        { header: `AT ${t.deadline}`, align: "right" },
        { header: `AT ${result.horizon ?? "-"}`, align: "right" },
        { header: "REACHES" },
        { header: `EXTRA TO ${result.to} $bn`, align: "right" },
      ],
      result.paths.map((p) => [
        `${p.ally} ${p.name}`,
        p.kind === "pledge" && p.pledge ? `pledge ${p.pledge.id}` : p.kind,
        fixed(p.start.value, 2),
        at(p, t.deadline),
        at(p, result.horizon),
        String(p.crossesIn ?? "no"),
        usdBn(p.years.at(-1)?.cumulativeExtraUsdM),
      ]),
    )}\n`,
  );
  if (result.skipped.length > 0) {
    io.out(
      paint(`skipped: ${result.skipped.map((s) => `${s.ally} (${s.reason})`).join("; ")}\n`, "dim"),
    );
  }
  io.out(`\n${paint("Alliance (allies with a path, current USD)", "bold")}\n`);
  io.out(
    `${table(
      [
        { header: "YEAR" },
        { header: "SPEND $bn", align: "right" },
        { header: "SHARE%", align: "right" },
        { header: "MONEY GAP $bn", align: "right" },
        { header: "AT THRESHOLD", align: "right" },
      ],
      result.alliance.map((a) => [
        String(a.year),
        usdBn(a.spendingUsdM),
        fixed(a.sharePct, 2),
        usdBn(a.moneyGapUsdM),
        `${a.alliesAtThreshold}/${result.paths.length}`,
      ]),
    )}\n`,
  );
  io.out(
    paint(
      "MONEY GAP: what the allies below the threshold lack that year, summed. SHARE: summed spending over summed GDP.\n",
      "dim",
    ),
  );
}

export const scenarioCommand: Command = {
  name: "scenario",
  usage: "pledgewatch scenario run <file> [--json|--csv] [--out FILE]",
  help: `  --out FILE       write the output to FILE (atomically) instead of standard output
  --json, --csv    machine-readable output (CSV: one row per ally and year, then ALL rows)
  --data DIR       read the data package from DIR
  -h, --help       this help

A scenario names: target (threshold, basis core|total, deadline or "horizon"), horizon (a year,
"default" or null), path (trend|linear|pledge|flat), to, asOf, growth (default "data" or a %,
overrides per ally), allies ("all" or a list), and per-ally overrides (path, pledge, growth).
The shipped ones are in scenarios/.

Examples:
  pledgewatch scenario run scenarios/hague.yaml
  pledgewatch scenario run scenarios/pledges.yaml --csv --out pledges.csv`,
  options: {
    json: COMMON_OPTIONS.json,
    csv: COMMON_OPTIONS.csv,
    data: COMMON_OPTIONS.data,
    help: COMMON_OPTIONS.help,
    out: { type: "string", short: "o" },
  },
  positionals: { min: 2, max: 2 },
  async run(values, positionals, { io, dataset }) {
    const [verb, file] = positionals as [string, string];
    if (verb !== "run")
      throw new UsageError(`unknown scenario verb "${verb}": use \`scenario run <file>\``);
    const scenario = loadScenario(resolve(io.cwd, file));
    const result = runScenario(await dataset(), scenario);
    const format = outputFormat(values);
    let text = "";
    const sink = {
      ...io,
      out: (t: string) => {
        text += t;
      },
    };
    if (format === "json") {
      sink.out(json(toScenarioRecord(result)));
    } else if (format === "csv") {
      sink.out(toCsv(scenarioRows(result)));
    } else {
      printTable(result, sink);
    }
    if (typeof values.out === "string") {
      const path = resolve(io.cwd, values.out);
      writeAtomic(path, text);
      io.err(`wrote ${path}\n`);
    } else {
      io.out(text);
    }
    return 0;
  },
};
