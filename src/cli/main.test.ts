import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { copyData, ENGLISH_ARTICLE, FRENCH_ARTICLE, runCli } from "../../test/helpers.ts";
import { table, terminalSafe } from "./format.ts";
import type { Io } from "./io.ts";

const work = mkdtempSync(join(tmpdir(), "pledgewatch-main-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const BIN = join(import.meta.dirname, "..", "..", "bin", "pledgewatch.js");

const run = (args: string[], io: Partial<Io> = {}) => runCli(args, work, io);

describe("bad values exit 2 at once with one line", () => {
  it.each([
    [["odds", "--paths", "1e12"], /--paths takes a whole number from 1 to 1,000,000/],
    [["odds", "--paths", "0x10"], /--paths takes a number/],
    [["odds", "--seed", "1e300"], /--seed takes a whole number from 0 to 4,294,967,295/],
    [["odds", "--threads", "200"], /--threads takes a whole number from 1 to 64/],
    [["odds", "--fit-years", "1e9"], /--fit-years takes a whole number from 1 to 12/],
    [["status", "--trend-years", "1e9"], /--trend-years takes a whole number from 1 to 12/],
    [["status", "--as-of", "3000"], /--as-of takes a year from 2014 to 2026/],
    [["status", "--as-of", "1800"], /--as-of takes a year from 2014 to 2026/],
    [["status", "--gdp-growth=-200"], /--gdp-growth takes a number from -50 to 100/],
    [["project", "DEU", "--pledge", "P999"], /followed only by the pledge path/],
    [["project", "DEU", "--path", "pledge", "--pledge", "P999"], /pledge P999 is not Germany's/],
    [["claims", "--db", ""], /--db takes a file path/],
    [["serve", "--host", ""], /--host takes an address/],
  ])("%j", async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  });
});

describe("failures are one line, never a stack trace", () => {
  it("an unexpected error is reported in one line with exit 1; PLEDGEWATCH_DEBUG shows the stack", async () => {
    const failing = {
      out: () => {
        throw new Error("disk full");
      },
    };
    const r = await run(["sources"], failing);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "pledgewatch sources: failed: disk full (set PLEDGEWATCH_DEBUG=1 for the details)\n",
    );
    const debug = await run(["sources"], {
      ...failing,
      env: { XDG_DATA_HOME: work, PLEDGEWATCH_DEBUG: "1" },
    });
    expect(debug.stderr).toMatch(/at .*main\.test\.ts/);
  });

  it("a data copy with a share of -5 exits 1 naming file, line and field", async () => {
    const copy = copyData();
    try {
      copy.edit("nato/expenditure.csv", (t) => {
        const lines = t.split("\n");
        lines[2] = (lines[2] ?? "").replace(/,share_gdp_pct,[\d.]+,/, ",share_gdp_pct,-5,");
        return lines.join("\n");
      });
      const r = await run(["status", "--data", copy.dir]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(
        /nato\/expenditure\.csv:3: field "value" is "-5"; expected a percentage from 0 to 100/,
      );
    } finally {
      copy.done();
    }
  });

  it("a scenario file nested 100,000 deep is refused in one line", async () => {
    const file = join(work, "deep.json");
    writeFileSync(file, `${"[".repeat(100_000)}${"]".repeat(100_000)}`);
    const r = await run(["scenario", "run", file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nested more than 32 levels deep/);
  });

  it("a store that is not a database, or not a file, is named with what to do", async () => {
    const notDb = join(work, "not.db");
    writeFileSync(notDb, "x".repeat(4096));
    const bad = await run(["claims", "--db", notDb]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/is not a pledgewatch store \(not an SQLite database\)/);
    const proc = await run(["claims", "--db", "/proc/pledgewatch.db"]);
    expect(proc.code).toBe(2);
    expect(proc.stderr).toMatch(/not on a file system/);
  });

  it("`serve` with a bad data folder exits with the data error instead of hanging", () => {
    const r = spawnSync(process.execPath, [BIN, "serve", "--port", "0", "--data", work], {
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/The data did not load/);
  });

  it("a reader that closes the pipe early ends the command quietly", async () => {
    const child = spawn(process.execPath, [BIN, "status"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });
});

describe("terminal output is clean", () => {
  const HOSTILE =
    "Latvia\u001b]8;;https://evil.example\u0007 link\u001b]8;;\u0007 \u001b]52;c;ZXZpbA==\u0007\u001b[8mhidden\u001b[0m";

  it("control sequences from data and articles are removed; the CLI's own colours stay", () => {
    expect(terminalSafe(HOSTILE)).toBe("Latvia link hidden\u001b[0m");
    expect(terminalSafe("a\u0000b\u009bc\u001b[2Jd")).toBe("abcd");
    expect(terminalSafe("\u001b[32mmet\u001b[0m\tok\r\n")).toBe("\u001b[32mmet\u001b[0m\tok\r\n");
  });

  it("`claims` prints a hostile article's sentence without its escapes", async () => {
    const article = join(work, "hostile.txt");
    writeFileSync(
      article,
      `date: 2025-03-01\n${HOSTILE} will spend 5% of GDP on defence by 2026.\n`,
    );
    const db = join(work, "hostile.db");
    expect((await run(["ingest", article, "--db", db])).code).toBe(0);
    const r = await run(["claims", "--db", db], { isTTY: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Latvia");
    for (const raw of ["\u001b]", "\u0007", "\u001b[8m"]) expect(r.stdout).not.toContain(raw);
  });

  it("`ingest` stores an article in another language and says its claims are read from English only", async () => {
    const article = join(work, "fr.txt");
    writeFileSync(article, `date: 2025-06-02\n${FRENCH_ARTICLE}\n`);
    const db = join(work, "fr.db");
    const r = await run(["ingest", article, "--db", db, "--json"]);
    expect(r.code).toBe(0);
    const answer = JSON.parse(r.stdout);
    expect(answer.added).toHaveLength(1);
    expect(answer.notes).toEqual([
      { file: article, note: expect.stringMatching(/^does not read as English/) },
    ]);
    writeFileSync(join(work, "en.txt"), `date: 2025-06-02\n${ENGLISH_ARTICLE}\n`);
    const english = await run(["ingest", join(work, "en.txt"), "--db", db]);
    expect(english.code).toBe(0);
    expect(english.stdout).not.toMatch(/English/);
    writeFileSync(join(work, "fr3.txt"), `date: 2025-06-03\n${FRENCH_ARTICLE} Fin.\n`);
    const plain = await run(["ingest", join(work, "fr3.txt"), "--db", db]);
    expect(plain.stdout).toMatch(/fr3\.txt: does not read as English/);
  });

  it("a table of 300,000 rows is drawn (no call-stack overflow)", () => {
    const rows = Array.from({ length: 300_000 }, (_, i) => [String(i), "x"]);
    const text = table([{ header: "ID" }, { header: "X" }], rows);
    expect(text.split("\n")).toHaveLength(300_001);
  });

  it("`pledges --csv` neutralises a cell a spreadsheet would run as a formula", async () => {
    const copy = copyData();
    try {
      copy.edit("commitments/pledges.csv", (t) =>
        t.replace(/^(P001,DEU,[^,]*,)[^,]*,/m, '$1"=HYPERLINK(""https://evil.example"")",'),
      );
      const r = await run(["pledges", "DEU", "--csv", "--data", copy.dir]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`"'=HYPERLINK(""https://evil.example"")"`);
      // numbers keep their sign
      expect(r.stdout).not.toMatch(/'-\d/);
    } finally {
      copy.done();
    }
  });
});
