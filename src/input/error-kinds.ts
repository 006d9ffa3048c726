/**
 * Which errors are whose fault, in one table for every face. Errors are known by name, so that a
 * face can classify one without loading the engine modules that define it (the CLI loads only
 * what a command needs).
 */

/** Raised for an input a user chose: the CLI exits 2, the API answers a 400 problem. */
export const INPUT_ERROR_NAMES: ReadonlySet<string> = new Set([
  "InputError",
  "ProjectionError",
  "OddsError",
  "TargetError",
  "ChartError",
  "BacktestError",
  "RevisionsError",
]);

/** Raised for a file the user gave or the data package: the CLI exits 1, listing line by line. */
export const DATA_ERROR_NAMES: ReadonlySet<string> = new Set([
  "DataError",
  "ScenarioError",
  "ImportError",
]);

/** An engine error that a user's choice of input caused. */
export function isInputError(error: unknown): error is Error {
  return error instanceof Error && INPUT_ERROR_NAMES.has(error.name);
}
