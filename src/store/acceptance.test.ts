import { describe, expect, it } from "vitest";
import { parseEdits } from "./acceptance.ts";
import { StoreError } from "./store.ts";

describe("edits to a claim on acceptance", () => {
  it("refuse impossible dates and control characters in free text", () => {
    for (const pair of ["made_on=2025-02-30", "made_on=0000-01-01", "made_on=9999-12-31"])
      expect(() => parseEdits([pair]), pair).toThrow(StoreError);
    expect(() => parseEdits(["speaker=Rutte\u001b]52;c;ZXZpbA==\u0007"])).toThrow(/plain text/);
    expect(parseEdits(["made_on=2024-02-29", "speaker=Mark Rutte"])).toEqual({
      made_on: "2024-02-29",
      speaker: "Mark Rutte",
    });
  });
});

describe("the store's default place", () => {
  it("follows the environment it is given: XDG_DATA_HOME, else HOME", async () => {
    const { defaultStorePath } = await import("./store.ts");
    expect(defaultStorePath({ XDG_DATA_HOME: "/x/data" })).toBe(
      "/x/data/pledgewatch/pledgewatch.db",
    );
    expect(defaultStorePath({ HOME: "/home/someone" })).toBe(
      "/home/someone/.local/share/pledgewatch/pledgewatch.db",
    );
  });
});
