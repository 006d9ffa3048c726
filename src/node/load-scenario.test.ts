import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseScenario, ScenarioError } from "../projection/scenario.ts";
import { loadScenario } from "./load-scenario.ts";

const shipped = join(import.meta.dirname, "..", "..", "scenarios");
const scratch = mkdtempSync(join(tmpdir(), "pledgewatch-scenario-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("reading a scenario file", () => {
  it("gives what the text parses to", () => {
    const file = join(shipped, "hague.yaml");
    const loaded = loadScenario(file);
    expect(loaded).toEqual(parseScenario(readFileSync(file, "utf8"), file));
    expect(loaded.target.threshold).toBe(3.5);
  });

  it("reads a .json file as JSON, and names the file in its errors", () => {
    const file = join(scratch, "bad.json");
    writeFileSync(file, '{"name": "x", "target": {"threshold": "high"}}');
    expect(() => loadScenario(file)).toThrow(ScenarioError);
    expect(() => loadScenario(file)).toThrow(`${file}: field "target.threshold": expected`);
  });

  it("a file that does not exist", () => {
    expect(() => loadScenario("/nonexistent/scenario.yaml")).toThrow(ScenarioError);
    expect(() => loadScenario("/nonexistent/scenario.yaml")).toThrow(
      /^\/nonexistent\/scenario\.yaml: cannot read/,
    );
  });
});
