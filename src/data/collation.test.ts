import { describe, expect, it } from "vitest";
import { compareNatural, compareText, withThousands } from "./collation.ts";

const sign = (n: number) => Math.sign(n);

describe("orders and numbers without ICU", () => {
  it("compareText orders codes, dates and vintages as the language's collation does", () => {
    const samples = ["DEU", "DNK", "ALB", "USA", "2025-06-24", "2025-10", "2024", "P010", "P002"];
    for (const a of samples)
      for (const b of samples)
        expect(sign(compareText(a, b)), `${a} ${b}`).toBe(sign(a.localeCompare(b)));
  });

  it("compareNatural orders table names and editions by number, case ignored", () => {
    const tables = ["Table 10", "Table 2", "Table 8a", "table 8b", "Table 3"];
    expect([...tables].sort(compareNatural)).toEqual([
      "Table 2",
      "Table 3",
      "Table 8a",
      "table 8b",
      "Table 10",
    ]);
    for (const a of tables)
      for (const b of tables)
        expect(sign(compareNatural(a, b)), `${a} ${b}`).toBe(
          sign(a.localeCompare(b, "en", { numeric: true, sensitivity: "base" })),
        );
  });

  it("withThousands groups as toLocaleString('en') does", () => {
    for (const n of [0, 7, 999, 1000, 10_000, 123_456, 1_000_000, 4_294_967_295, -2500, 461.6])
      expect(withThousands(n), String(n)).toBe(n.toLocaleString("en"));
  });
});
