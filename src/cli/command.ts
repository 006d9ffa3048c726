import { type ParseArgsOptionsConfig, parseArgs } from "node:util";
import type { Dataset } from "../data/dataset.ts";
import { boundedNumber, boundedWhole, type LimitName } from "../input/limits.ts";
import { CLI_FIELDS, resolveAsOf } from "../input/resolve.ts";
import { json, toCsv } from "./format.ts";
import { type Io, UsageError } from "./io.ts";

export interface Context {
  readonly io: Io;
  /**
   * Loads the data package on first use (from --data or PLEDGEWATCH_DATA, else data/): from the
   * cache of validated data when it is current, else validating the files (loading the
   * validator only then).
   */
  readonly dataset: () => Promise<Dataset>;
  /** Where the data package is read from. */
  readonly dataDir: string;
}

export type Values = Record<string, string | boolean | string[] | undefined>;

export interface Command {
  readonly name: string;
  /** The one-line summary lives in the command list (main.ts), so help needs no command loaded. */
  readonly usage: string;
  /** Lines describing options and examples, shown by --help. */
  readonly help: string;
  readonly options: ParseArgsOptionsConfig;
  readonly positionals: { readonly min: number; readonly max: number };
  run(values: Values, positionals: string[], ctx: Context): number | Promise<number>;
}

/** Options every data command takes. */
export const COMMON_OPTIONS = {
  "as-of": { type: "string" },
  edition: { type: "string" },
  json: { type: "boolean" },
  csv: { type: "boolean" },
  data: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const satisfies ParseArgsOptionsConfig;

/** The options of a command that reads the data package but not by year: output and folder. */
export const DATA_OPTIONS = {
  json: COMMON_OPTIONS.json,
  csv: COMMON_OPTIONS.csv,
  data: COMMON_OPTIONS.data,
  help: COMMON_OPTIONS.help,
} as const satisfies ParseArgsOptionsConfig;

export const COMMON_HELP = `  --as-of YEAR     use figures up to YEAR (default: the latest year in the data)
  --edition ED     use one NATO edition only (e.g. 2025); default: each year from the latest
  --json           JSON output
  --csv            CSV output
  --data DIR       read the data package from DIR (default: the bundled data/)
  -h, --help       this help`;

export function parse(command: Command, argv: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: command.options,
      allowPositionals: true,
      strict: true,
    });
    if (values.help) return { values: values as Values, positionals };
    if (
      positionals.length < command.positionals.min ||
      positionals.length > command.positionals.max
    ) {
      throw new UsageError(
        `${command.name} takes ${command.positionals.min === command.positionals.max ? command.positionals.min : `${command.positionals.min} to ${command.positionals.max}`} argument${command.positionals.max === 1 ? "" : "s"}, got ${positionals.length}`,
      );
    }
    if (values.json && values.csv) throw new UsageError("choose one of --json and --csv");
    return { values: values as Values, positionals };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError((error as Error).message);
  }
}

/** A four-digit year; within the shared year bounds unless the caller checks it itself. */
export function yearOption(values: Values, name: string, bounded = true): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  if (typeof raw !== "string" || !/^\d{4}$/.test(raw)) {
    throw new UsageError(`--${name} takes a four-digit year, e.g. --${name} 2030 (got "${raw}")`);
  }
  return bounded ? boundedWhole(`--${name}`, Number(raw), "year") : Number(raw);
}

/** A decimal number as written (no hex, no exponent tricks beyond plain scientific notation). */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export function numberOption(values: Values, name: string): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const n = typeof raw === "string" && DECIMAL.test(raw.trim()) ? Number(raw) : Number.NaN;
  if (!Number.isFinite(n)) throw new UsageError(`--${name} takes a number (got "${raw}")`);
  return n;
}

/** A whole number within the bounds the CLI and the API share (src/input/limits.ts). */
export function wholeOption(values: Values, name: string, limit: LimitName): number | undefined {
  const n = numberOption(values, name);
  return n === undefined ? undefined : boundedWhole(`--${name}`, n, limit);
}

/** A number within the bounds the CLI and the API share. */
export function boundedOption(values: Values, name: string, limit: LimitName): number | undefined {
  const n = numberOption(values, name);
  return n === undefined ? undefined : boundedNumber(`--${name}`, n, limit);
}

export function outputFormat(values: Values): "table" | "json" | "csv" {
  return values.json ? "json" : values.csv ? "csv" : "table";
}

/**
 * Prints the record as JSON, or its rows as CSV, when the options ask for either; false when
 * the command is to print its table.
 */
export function writeMachineReadable(
  io: Io,
  values: Values,
  record: unknown,
  rows: () => readonly object[],
): boolean {
  const format = outputFormat(values);
  if (format === "json") io.out(json(record));
  else if (format === "csv") io.out(toCsv(rows()));
  return format !== "table";
}

/** The as-of year and edition options, checked against the data. */
export function asOfAndEdition(values: Values, dataset: Dataset) {
  return resolveAsOf(
    dataset,
    {
      asOf: yearOption(values, "as-of", false),
      edition: typeof values.edition === "string" ? values.edition : undefined,
    },
    CLI_FIELDS,
  );
}
