import { describe, expect, it } from "vitest";
import { parseEdits } from "./review.ts";
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
