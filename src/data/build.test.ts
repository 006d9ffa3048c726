import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { copyData } from "../../test/helpers.ts";
import { loadDataset } from "../node/load-dataset.ts";
import { DataError, type DataIssue, formatIssue } from "./errors.ts";
import { isCalendarDate } from "./schema.ts";

let copy: ReturnType<typeof copyData> | undefined;
afterEach(() => copy?.done());

function issuesAfter(file: string, edit: (text: string) => string): DataIssue[] {
  copy = copyData();
  copy.edit(file, edit);
  try {
    loadDataset(copy.dir);
  } catch (error) {
    if (error instanceof DataError) return [...error.issues];
    throw error;
  }
  throw new Error("expected a DataError");
}

/** Replaces line `n` (1-based) of a text. */
const onLine = (n: number, f: (line: string) => string) => (text: string) => {
  const lines = text.split("\n");
  lines[n - 1] = f(lines[n - 1] ?? "");
  return lines.join("\n");
};

describe("the loader refuses values that only look like figures", () => {
  it.each([
    ["-5", "a percentage from 0 to 100 for share_gdp_pct"],
    ["500", "a percentage from 0 to 100 for share_gdp_pct"],
    ["0x1", "a number (e.g. 2.14)"],
    ["1e1", "a number (e.g. 2.14)"],
    ["Infinity", "a number (e.g. 2.14)"],
  ])("a share of %s", (value, expected) => {
    const issues = issuesAfter(
      "nato/expenditure.csv",
      onLine(3, (l) => l.replace(/(,share_gdp_pct,)[^,]+,/, `$1${value},`)),
    );
    expect(issues).toEqual([
      { file: "nato/expenditure.csv", line: 3, field: "value", value, expected },
    ]);
  });

  it("a pledge of -3.5% or 0%", () => {
    for (const share of ["-3.5", "0"]) {
      const issues = issuesAfter(
        "commitments/pledges.csv",
        onLine(2, (l) => l.replace(/^(P001,DEU,[^,]*,[^,]*,[^,]*,)3\.5,/, `$1${share},`)),
      );
      expect(issues.map((i) => [i.line, i.field, i.value])).toEqual([
        [2, "target_share_gdp_pct", share],
      ]);
      copy?.done();
    }
  });

  it.each(["2025-02-30", "0000-01-01", "9999-12-31", "2025-13"])("the date %s", (date) => {
    const issues = issuesAfter(
      "commitments/pledges.csv",
      onLine(2, (l) => l.replace("2025-06-23", date)),
    );
    expect(issues.map((i) => [i.line, i.field, i.value])).toEqual([[2, "made_on", date]]);
  });

  it("real dates, as YYYY, YYYY-MM or YYYY-MM-DD, pass", () => {
    for (const d of ["2024", "2024-02", "2024-02-29", "2100-12-31"])
      expect(isCalendarDate(d)).toBe(true);
    for (const d of ["2023-02-29", "1948-12-31", "2024-00", "2024-1-1"])
      expect(isCalendarDate(d)).toBe(false);
  });
});

describe("the loader's errors stay useful", () => {
  it("a bad sources.csv row is one error, not one for every row citing it", () => {
    const issues = issuesAfter(
      "nato/sources.csv",
      onLine(2, (l) => l.replace(/^([^,]+),[^,]+,/, "$1,bogus,")),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: "nato/sources.csv", line: 2, field: "kind" });
  });

  it("a figures file with a header only is a data error, not bad usage", () => {
    const issues = issuesAfter("nato/expenditure.csv", (t) => `${t.split("\n")[0]}\n`);
    expect(issues).toEqual([
      expect.objectContaining({ file: "nato/expenditure.csv", field: "(file)" }),
    ]);
  });

  it("a byte that is not UTF-8 is named by its line instead of becoming U+FFFD", () => {
    copy = copyData();
    const path = join(copy.dir, "nato/expenditure.csv");
    const bytes = readFileSync(path);
    const lineStarts = [0];
    bytes.forEach((b, i) => {
      if (b === 0x0a) lineStarts.push(i + 1);
    });
    const at = (lineStarts[4] ?? 0) + 1; // inside line 5
    bytes[at] = 0xff;
    writeFileSync(path, bytes);
    expect(() => loadDataset(copy?.dir)).toThrow(DataError);
    try {
      loadDataset(copy.dir);
    } catch (error) {
      expect((error as DataError).issues[0]).toMatchObject({
        file: "nato/expenditure.csv",
        line: 5,
        field: "(text)",
        value: `byte 0xff at offset ${at}`,
      });
    }
  });

  it("a long value (after an unclosed quote) is cut in the message", () => {
    const text = formatIssue({
      file: "f.csv",
      line: 2,
      field: "(row)",
      value: "x".repeat(154_000),
      expected: "3 fields",
    });
    expect(text.length).toBeLessThan(200);
    expect(text).toContain('"xxxxx');
  });
});
