import { describe, expect, it } from "vitest";
import { RevisionsError } from "../analysis/revisions.ts";
import { TargetError } from "../analysis/targets.ts";
import { DataError } from "../data/errors.ts";
import { ImportError } from "../import/types.ts";
import { PoolBusyError } from "../node/simulation-pool.ts";
import { BacktestError } from "../projection/backtest.ts";
import { ChartError } from "../projection/chart-record.ts";
import { OddsError } from "../projection/odds.ts";
import { ProjectionError } from "../projection/paths.ts";
import { ScenarioError } from "../projection/scenario.ts";
import { StoreError } from "../store/store.ts";
import { DATA_ERROR_NAMES, INPUT_ERROR_NAMES, isInputError } from "./error-kinds.ts";
import { InputError } from "./limits.ts";

// The table works by name: a class renamed without its entry would turn a user's mistake into a
// crash report in one face and a 400 in the other.
describe("error kinds", () => {
  it("every error a user's input causes is known as such, by the name it really carries", () => {
    const raised = [
      new InputError("--paths", "x"),
      new ProjectionError("x"),
      new OddsError("x"),
      new TargetError("x"),
      new ChartError("x"),
      new BacktestError("x"),
      new RevisionsError("x"),
    ];
    expect(raised.map((e) => e.name).sort()).toEqual([...INPUT_ERROR_NAMES].sort());
    for (const e of raised) expect(isInputError(e), e.name).toBe(true);
  });

  it("data errors are data errors, and neither table holds the busy pool or the store", () => {
    const data = [new DataError([]), new ImportError("f.xlsx", []), new ScenarioError("x")];
    expect(data.map((e) => e.name).sort()).toEqual([...DATA_ERROR_NAMES].sort());
    for (const e of [...data, new PoolBusyError("x"), new StoreError("x"), new Error("x")])
      expect(isInputError(e), e.name).toBe(false);
  });
});
