import { TargetError } from "../analysis/targets.ts";
import { ChartError } from "../charts/build.ts";
import type { Dataset } from "../data/dataset.ts";
import { DataError } from "../data/errors.ts";
import { DEFAULT_DATA_DIR, loadDataset } from "../data/load.ts";
import { InputError } from "../input/limits.ts";
import { BacktestError } from "../projection/backtest.ts";
import { OddsError } from "../projection/odds.ts";
import { ProjectionError } from "../projection/paths.ts";
import { ScenarioError } from "../projection/scenario.ts";
import { StoreError, StoreUnavailableError } from "../store/store.ts";
import { type Command, type Context, parse } from "./command.ts";
import { allyCommand } from "./commands/ally.ts";
import { backtestCommand } from "./commands/backtest.ts";
import { chartCommand } from "./commands/chart.ts";
import { claimsCommand } from "./commands/claims.ts";
import { compareCommand } from "./commands/compare.ts";
import { exportCommand } from "./commands/export.ts";
import { ingestCommand } from "./commands/ingest.ts";
import { oddsCommand } from "./commands/odds.ts";
import { pledgesCommand } from "./commands/pledges.ts";
import { projectCommand } from "./commands/project.ts";
import { scenarioCommand } from "./commands/scenario.ts";
import { serveCommand } from "./commands/serve.ts";
import { sourcesCommand } from "./commands/sources.ts";
import { statusCommand } from "./commands/status.ts";
import { terminalSafe } from "./format.ts";
import { EXIT, type Io, UsageError } from "./io.ts";

export const COMMANDS: readonly Command[] = [
  statusCommand,
  allyCommand,
  pledgesCommand,
  sourcesCommand,
  compareCommand,
  projectCommand,
  scenarioCommand,
  oddsCommand,
  backtestCommand,
  chartCommand,
  exportCommand,
  ingestCommand,
  claimsCommand,
  serveCommand,
];

/** Errors the engine raises for inputs a user chose: reported like bad usage (exit 2). */
function isUserError(error: unknown): error is Error {
  return (
    error instanceof ProjectionError ||
    error instanceof OddsError ||
    error instanceof TargetError ||
    error instanceof ChartError ||
    error instanceof InputError ||
    error instanceof BacktestError
  );
}

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

function commandHelp(c: Command): string {
  return `Usage: ${c.usage}\n\n${c.summary}\n\nOptions:\n${c.help}\n`;
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
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(
      `pledgewatch: unknown command "${name}". Commands: ${COMMANDS.map((c) => c.name).join(", ")}\n`,
    );
    return EXIT.usage;
  }
  try {
    const { values, positionals } = parse(command, [...rest]);
    if (values.help) {
      io.out(commandHelp(command));
      return EXIT.ok;
    }
    let dataset: Dataset | undefined;
    const dir =
      (typeof values.data === "string" ? values.data : undefined) ??
      io.env.PLEDGEWATCH_DATA ??
      DEFAULT_DATA_DIR;
    const ctx: Context = {
      io,
      dataDir: dir,
      dataset: () => {
        dataset ??= loadDataset(dir);
        return dataset;
      },
    };
    return await command.run(values, positionals, ctx);
  } catch (error) {
    const say = (message: string) => io.err(`pledgewatch ${command.name}: ${oneLine(message)}\n`);
    if (error instanceof UsageError || isUserError(error)) {
      say(`${error.message} (see pledgewatch ${command.name} --help)`);
      return EXIT.usage;
    }
    if (error instanceof StoreError) {
      say(error.message);
      return error instanceof StoreUnavailableError ? EXIT.data : EXIT.usage;
    }
    if (error instanceof DataError || error instanceof ScenarioError) {
      // a data package's errors are listed one per line, each with file, line and field
      io.err(`pledgewatch ${command.name}: ${error.message}\n`);
      return EXIT.data;
    }
    if (io.env.PLEDGEWATCH_DEBUG) io.err(`${(error as Error)?.stack ?? String(error)}\n`);
    say(
      `failed: ${(error as Error)?.message ?? String(error)}${io.env.PLEDGEWATCH_DEBUG ? "" : " (set PLEDGEWATCH_DEBUG=1 for the details)"}`,
    );
    return EXIT.data;
  }
}

/** Messages are one line: a value a user gave may hold line breaks. */
function oneLine(message: string): string {
  const flat = message.replace(/\s*\n\s*/g, "; ");
  return flat.length > 400 ? `${flat.slice(0, 400)}...` : flat;
}
