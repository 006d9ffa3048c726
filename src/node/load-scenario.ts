import { readFileSync } from "node:fs";
import { parseScenario, type Scenario, ScenarioError } from "../projection/scenario.ts";

/** Reads and validates a scenario file (YAML, or JSON when it ends in .json). */
export function loadScenario(file: string): Scenario {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new ScenarioError(`${file}: cannot read: ${(error as Error).message}`);
  }
  return parseScenario(text, file);
}
