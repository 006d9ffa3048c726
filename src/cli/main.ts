import { join } from "node:path";
import type { Dataset } from "../data/dataset.ts";
import { DATA_ERROR_NAMES, INPUT_ERROR_NAMES } from "../input/error-kinds.ts";
import { cachedDataset, dataStamp, keepDataset } from "../node/dataset-cache.ts";
import { DEFAULT_DATA_DIR, readDataTexts } from "../node/read-data.ts";
import { type Command, type Context, parse } from "./command.ts";
import { terminalSafe } from "./format.ts";
import { EXIT, type Io } from "./io.ts";

/**
 * Every command, in the order help lists them. A command's module (and the engine, server,
 * store or chart renderer behind it) is loaded only when that command runs: start-up pays for
 * one command, not for all of them.
 */
export const COMMANDS: readonly {
  readonly name: string;
  readonly summary: string;
  readonly load: () => Promise<Command>;
}[] = [
  {
    name: "status",
    summary: "every ally against a target: share, gap, trend, what is needed, status",
    load: async () => (await import("./commands/status.ts")).statusCommand,
  },
  {
    name: "ally",
    summary: "one ally: history, each target with its gap and status, its pledges with sources",
    load: async () => (await import("./commands/ally.ts")).allyCommand,
  },
  {
    name: "pledges",
    summary: "national pledges, each checked against the figures since (on path, behind, met...)",
    load: async () => (await import("./commands/pledges.ts")).pledgesCommand,
  },
  {
    name: "sources",
    summary:
      "the sources every figure and pledge cites, as citations; one in full with what cites it",
    load: async () => (await import("./commands/sources.ts")).sourcesCommand,
  },
  {
    name: "compare",
    summary: "the alliance, Europe and Canada, and the US beside Russia and China; burden sharing",
    load: async () => (await import("./commands/compare.ts")).compareCommand,
  },
  {
    name: "rivals",
    summary: "Russia and China at purchasing power parity; Russia's defence budget shares",
    load: async () => (await import("./commands/rivals.ts")).rivalsCommand,
  },
  {
    name: "ukraine",
    summary: "each ally's aid to Ukraine (Kiel tracker), EUR bn and % of GDP, ranked",
    load: async () => (await import("./commands/ukraine.ts")).ukraineCommand,
  },
  {
    name: "production",
    summary: "stated artillery-ammunition output and targets, allies and Russia: claims, sourced",
    load: async () => (await import("./commands/production.ts")).productionCommand,
  },
  {
    name: "capabilities",
    summary:
      "cash and capabilities: allies ranked by personnel, spending per head, GDP or category shares",
    load: async () => (await import("./commands/capabilities.ts")).capabilitiesCommand,
  },
  {
    name: "project",
    summary: "one ally's path year by year to a chosen year: share, GDP, spending, extra money",
    load: async () => (await import("./commands/project.ts")).projectCommand,
  },
  {
    name: "scenario",
    summary: "run a scenario file (JSON or YAML): every ally's path, the alliance's money gap",
    load: async () => (await import("./commands/scenario.ts")).scenarioCommand,
  },
  {
    name: "odds",
    summary: "Monte Carlo odds that each ally reaches the target by the deadline and the horizon",
    load: async () => (await import("./commands/odds.ts")).oddsCommand,
  },
  {
    name: "backtest",
    summary: "what the status rules and the odds would have said then, against what happened",
    load: async () => (await import("./commands/backtest.ts")).backtestCommand,
  },
  {
    name: "chart",
    summary: "render a chart to SVG or PNG (or its Vega-Lite spec as JSON), with no browser",
    load: async () => (await import("./commands/chart.ts")).chartCommand,
  },
  {
    name: "export",
    summary: "the evaluated table (every ally x target) with sources, as CSV or JSON",
    load: async () => (await import("./commands/export.ts")).exportCommand,
  },
  {
    name: "import",
    summary: "add an edition of NATO's figures from its workbook (XLSX) or a tidy CSV",
    load: async () => (await import("./commands/import.ts")).importCommand,
  },
  {
    name: "revisions",
    summary: "every figure NATO revised between two editions, largest first, with both sources",
    load: async () => (await import("./commands/revisions.ts")).revisionsCommand,
  },
  {
    name: "ingest",
    summary: "read news articles and extract candidate pledges and threat horizons for review",
    load: async () => (await import("./commands/ingest.ts")).ingestCommand,
  },
  {
    name: "claims",
    summary: "review extracted claims: list them, accept one as a pledge, or reject it",
    load: async () => (await import("./commands/claims.ts")).claimsCommand,
  },
  {
    name: "serve",
    summary: "the HTTP API and the dashboard on the bundled data (127.0.0.1 by default)",
    load: async () => (await import("./commands/serve.ts")).serveCommand,
  },
];

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `pledgewatch: NATO allies' defence spending against what they promised.

Usage: pledgewatch <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Run \`pledgewatch <command> --help\` for a command's options.
Exit codes: 0 success, 1 data or run-time error (data package, scenario file, store, network),
2 bad usage. Set PLEDGEWATCH_DEBUG=1 to see a stack trace for an unexpected error.
`;
}

function commandHelp(c: Command, summary: string): string {
  return `Usage: ${c.usage}\n\n${summary}\n\nOptions:\n${c.help}\n`;
}

/** Runs the CLI; resolves to the exit code. Never throws for user errors. */
export async function main(argv: readonly string[], given: Io): Promise<number> {
  // whatever a command prints, from data files or stored articles, reaches the terminal clean
  const io: Io = {
    ...given,
    out: (text) => given.out(terminalSafe(text)),
    err: (text) => given.err(terminalSafe(text)),
  };
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    (name === undefined ? io.err : io.out)(mainHelp());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    io.err(
      `pledgewatch: unknown command "${name}". Commands: ${COMMANDS.map((c) => c.name).join(", ")}\n`,
    );
    return EXIT.usage;
  }
  const command = await entry.load();
  try {
    const { values, positionals } = parse(command, [...rest]);
    if (values.help) {
      io.out(commandHelp(command, entry.summary));
      return EXIT.ok;
    }
    let dataset: Promise<Dataset> | undefined;
    const dir =
      (typeof values.data === "string" ? values.data : undefined) ??
      io.env.PLEDGEWATCH_DATA ??
      DEFAULT_DATA_DIR;
    const ctx: Context = {
      io,
      dataDir: dir,
      dataset: () => {
        dataset ??= loadData(dir, cacheDir(io.env));
        return dataset;
      },
    };
    return await command.run(values, positionals, ctx);
  } catch (error) {
    const say = (message: string) => io.err(`pledgewatch ${command.name}: ${oneLine(message)}\n`);
    const kind = error instanceof Error ? error.name : "";
    const message = error instanceof Error ? error.message : String(error);
    if (kind === "UsageError" || INPUT_ERROR_NAMES.has(kind)) {
      say(`${message} (see pledgewatch ${command.name} --help)`);
      return EXIT.usage;
    }
    if (kind === "StoreError" || kind === "StoreUnavailableError") {
      say(message);
      return kind === "StoreUnavailableError" ? EXIT.data : EXIT.usage;
    }
    if (DATA_ERROR_NAMES.has(kind)) {
      // a data package's errors are listed one per line, each with file, line and field
      io.err(`pledgewatch ${command.name}: ${message}\n`);
      return EXIT.data;
    }
    if (io.env.PLEDGEWATCH_DEBUG) io.err(`${(error as Error)?.stack ?? String(error)}\n`);
    say(
      `failed: ${(error as Error)?.message ?? String(error)}${io.env.PLEDGEWATCH_DEBUG ? "" : " (set PLEDGEWATCH_DEBUG=1 for the details)"}`,
    );
    return EXIT.data;
  }
}

/**
 * The data package: from the cache when it holds these files' validated form, else validated
 * afresh, with the validator (zod and the row schemas) loaded only then.
 */
async function loadData(dir: string, cache: string | undefined): Promise<Dataset> {
  const stamp = cache === undefined ? undefined : dataStamp(dir);
  const hit = stamp === undefined || cache === undefined ? undefined : cachedDataset(stamp, cache);
  if (hit) return hit;
  const { buildDataset } = await import("../data/build.ts");
  const dataset = buildDataset(readDataTexts(dir));
  if (stamp !== undefined && cache !== undefined) keepDataset(stamp, cache, dataset);
  return dataset;
}

/**
 * Where the validated data package is kept between runs: $PLEDGEWATCH_CACHE, else the user's
 * cache folder. None when the environment names no home (as in tests): every run then
 * validates the files afresh.
 */
function cacheDir(env: Io["env"]): string | undefined {
  if (env.PLEDGEWATCH_CACHE !== undefined) return env.PLEDGEWATCH_CACHE || undefined;
  const base = env.XDG_CACHE_HOME || (env.HOME ? join(env.HOME, ".cache") : undefined);
  return base === undefined ? undefined : join(base, "pledgewatch");
}

/** Messages are one line: a value a user gave may hold line breaks. */
function oneLine(message: string): string {
  const flat = message.replace(/\s*\n\s*/g, "; ");
  return flat.length > 400 ? `${flat.slice(0, 400)}...` : flat;
}
