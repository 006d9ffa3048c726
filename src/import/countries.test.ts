import { describe, expect, it } from "vitest";
import { codeOfLabel } from "./countries.ts";
import { columnName } from "./workbook.ts";

describe("country labels as NATO prints them", () => {
  it.each([
    ["Slovenia*", "SVN"],
    ["Belgium (Euros)", "BEL"],
    ["Canada (1)", "CAN"],
    ["Slovak Republic", "SVK"],
    ["Türkiye", "TUR"],
    ["Turkiye", "TUR"],
    ["United States", "USA"],
    ["  North   Macedonia ", "MKD"],
    ["NATO Europe and Canada", "NEC"],
    ["NATO Total", "NATO"],
  ])("%s -> %s", (label, code) => {
    expect(codeOfLabel(label)).toBe(code);
  });

  it("an unknown label has no code", () => {
    expect(codeOfLabel("Atlantis")).toBeUndefined();
    expect(codeOfLabel("NATO Europe")).toBeUndefined();
  });
});

describe("column names", () => {
  it("counts A..Z, then AA", () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(columnName)).toEqual([
      "A",
      "B",
      "Z",
      "AA",
      "AB",
      "AZ",
      "BA",
    ]);
  });
});
