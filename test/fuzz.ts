import { spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { COMMANDS, main } from "../src/cli/main.ts";
import { DataError } from "../src/data/errors.ts";
import { DATA_FILES } from "../src/data/files.ts";
import { loadDataset } from "../src/node/load-dataset.ts";
import { DEFAULT_DATA_DIR } from "../src/node/read-data.ts";
import { SimulationPool } from "../src/node/simulation-pool.ts";
import { Random } from "../src/projection/rng.ts";
import { buildServer } from "../src/server/app.ts";
import { ROUTES } from "../src/server/routes.ts";
import { Store } from "../src/store/store.ts";

/**
 * Replays the probes that once found crashes, races and leaks, with random inputs from a seeded
 * generator: CLI flags, corrupted copies of the data package, HTTP queries and bodies,
 * concurrent odds, and kill -9 in the middle of an ingest. Everything runs in this process or
 * in child processes on this machine; the server is driven by injected requests (no sockets).
 */

export interface FuzzCounts {
  readonly cli: number;
  readonly data: number;
  readonly http: number;
  readonly odds: number;
  readonly kills: number;
}

export interface FuzzReport {
  readonly tried: Record<keyof FuzzCounts, number>;
  /** Probes that ended as they should: an answer, or a clear error with its documented code. */
  readonly handled: Record<keyof FuzzCounts, number>;
  /** Stores left with a partial batch or failing their integrity check after a kill. */
  readonly lost: number;
  /** After each kill: the batch was stored whole, or not at all (both are allowed). */
  readonly killed: { readonly whole: number; readonly none: number };
  readonly failures: string[];
}

const LONG = "x".repeat(5000);
/** Values that once broke something, and their neighbours. */
const HOSTILE = [
  "",
  "0",
  "1",
  "-1",
  "2.5",
  "13",
  "1e12",
  "1e300",
  "0x10",
  "NaN",
  "Infinity",
  "3000",
  "1800",
  "2020",
  "2035",
  "DEU",
  "Germny",
  "P999",
  "P001",
  "hague-total",
  "two-percent",
  "pledge",
  LONG,
  "\u001b]52;c;ZXZpbA==\u0007",
  "\u001b]8;;https://evil.example\u0007x",
  "../../../etc/passwd",
  "-5",
  "=HYPERLINK(1)",
  "%00",
  "\uFFFD",
];

/** Options never fuzzed: they start a server or wait on standard input. */
const SKIP_COMMANDS = new Set(["serve"]);
const STACK = /\n\s+at /;
// biome-ignore lint/suspicious/noControlCharactersInRegex: looks for escapes that must not be printed
const RAW_ESCAPE = /\u001b\]|\u0007|\u0000/;

const pick = <T>(rng: Random, list: readonly T[]): T =>
  list[Math.floor(rng.uniform() * list.length)] as T;

async function cliProbe(rng: Random, work: string, failures: string[]): Promise<boolean> {
  const commands = COMMANDS.filter((c) => !SKIP_COMMANDS.has(c.name));
  const command = await pick(rng, commands).load();
  const args = [command.name];
  const names = Object.keys(command.options).filter((n) => n !== "help" && n !== "data");
  const count = Math.floor(rng.uniform() * 4);
  for (let i = 0; i < count; i++) {
    const name = pick(rng, names);
    const spec = command.options[name] as { type: string };
    args.push(`--${name}`);
    if (spec.type === "string") args.push(pick(rng, HOSTILE));
  }
  if (rng.uniform() < 0.5) args.push(pick(rng, HOSTILE));
  // a small simulation: the bounds are tested by the values above, not by waiting
  if (command.name === "odds" && !args.includes("--paths")) args.push("--paths", "200");
  let out = "";
  let err = "";
  let code: number;
  try {
    code = await main(args, {
      out: (t) => {
        out += t;
      },
      err: (t) => {
        err += t;
      },
      env: { XDG_DATA_HOME: work, PLEDGEWATCH_DB: join(work, "fuzz.db") },
      isTTY: true,
      cwd: work,
    });
  } catch (error) {
    failures.push(`cli ${JSON.stringify(args).slice(0, 200)}: threw ${(error as Error).message}`);
    return false;
  }
  const problems = [
    ![0, 1, 2].includes(code) && `exit ${code}`,
    code !== 0 && err.trim() === "" && "failed without a message",
    STACK.test(err) && "stack trace",
    (RAW_ESCAPE.test(out) || RAW_ESCAPE.test(err)) && "raw escape printed",
    code === 2 && err.trimEnd().includes("\n") && "usage error on more than one line",
  ].filter(Boolean);
  if (problems.length === 0) return true;
  failures.push(`cli ${JSON.stringify(args).slice(0, 200)}: ${problems.join(", ")}`);
  return false;
}

const MUTATIONS: readonly ((line: string, rng: Random) => string)[] = [
  (line, rng) => {
    const cells = line.split(",");
    cells[Math.floor(rng.uniform() * cells.length)] = pick(rng, HOSTILE).replaceAll(",", "");
    return cells.join(",");
  },
  (line, rng) => {
    const at = Math.floor(rng.uniform() * line.length);
    return line.slice(0, at) + line.slice(at + 1);
  },
  (line, rng) => {
    const at = Math.floor(rng.uniform() * line.length);
    return `${line.slice(0, at)}"${line.slice(at)}`;
  },
  (line) => `${line},extra`,
  (line) => line.split(",").slice(0, -1).join(","),
  (line) => `${line}\n${line}`,
  () => "",
];

function dataProbe(rng: Random, dir: string, failures: string[]): boolean {
  const files = Object.values(DATA_FILES).map((f) => f.path);
  const file = pick(rng, files);
  const path = join(dir, file);
  const original = readFileSync(path);
  try {
    if (rng.uniform() < 0.1) {
      // bytes that are not UTF-8, or a file cut short
      const bytes = Buffer.from(original);
      if (rng.uniform() < 0.5) bytes[Math.floor(rng.uniform() * bytes.length)] = 0xff;
      writeFileSync(path, rng.uniform() < 0.5 ? bytes : bytes.subarray(0, bytes.length >> 1));
    } else {
      const lines = original.toString("utf8").split("\n");
      const n = 1 + Math.floor(rng.uniform() * Math.max(1, lines.length - 2));
      lines[n] = pick(rng, MUTATIONS)(lines[n] ?? "", rng);
      writeFileSync(path, lines.join("\n"));
    }
    try {
      loadDataset(dir);
      return true;
    } catch (error) {
      if (!(error instanceof DataError)) {
        failures.push(`data ${file}: threw ${(error as Error).name}: ${(error as Error).message}`);
        return false;
      }
      const vague = error.issues.find((i) => !i.file || i.line < 0 || !i.field || !i.expected);
      if (vague) {
        failures.push(`data ${file}: an issue without its place: ${JSON.stringify(vague)}`);
        return false;
      }
      if (error.message.split("\n").some((l) => l.length > 600)) {
        failures.push(`data ${file}: a message line over 600 characters`);
        return false;
      }
      return true;
    }
  } finally {
    writeFileSync(path, original);
  }
}

const TOKEN = "fuzz-token-of-24-characters";

function httpRequest(rng: Random) {
  const roll = rng.uniform();
  if (roll < 0.6) {
    const route = pick(rng, ROUTES);
    const params = route.path.replace(/:(\w+)/g, () => encodeURIComponent(pick(rng, HOSTILE)));
    const keys = [
      "asOf",
      "edition",
      "target",
      "by",
      "horizon",
      "trendYears",
      "gdpGrowth",
      "paths",
      "seed",
      "ally",
      "path",
      "to",
      "pledge",
    ];
    const query = Array.from({ length: Math.floor(rng.uniform() * 3) }, () => {
      const key = pick(rng, keys);
      const value = key === "paths" ? pick(rng, ["0", "300", "1e12", "x"]) : pick(rng, HOSTILE);
      return `${key}=${encodeURIComponent(value)}`;
    });
    return { method: "GET" as const, url: `${params}${query.length ? `?${query.join("&")}` : ""}` };
  }
  if (roll < 0.75) {
    const url = pick(rng, [
      "/data/../../etc/passwd",
      "/data/%2e%2e/%2e%2e/etc/passwd",
      "/api/claims?limit=100000",
      "/api/claims?offset=-1",
      "/api/articles/abc",
      "/api/articles/99999999999999999999",
      "/api/claims?status=everything",
    ]);
    return { method: "GET" as const, url, headers: { authorization: `bearer ${TOKEN}` } };
  }
  const url = pick(rng, ["/api/ingest", "/api/claims/1/accept", "/api/claims/1/reject"]);
  const body = pick(rng, [
    "{not json",
    "",
    "<xml/>",
    "[]",
    "null",
    JSON.stringify({ articles: [{ text: pick(rng, HOSTILE) || "x", date: pick(rng, HOSTILE) }] }),
    JSON.stringify({
      articles: [
        {
          text: "<p>Norway will spend 3.5% of GDP by 2030 &#x110000;</p>",
          date: "2025-05-05",
          format: "html",
          source: pick(rng, ["javascript:alert(1)", "https://example.org/a", LONG]),
        },
      ],
    }),
    JSON.stringify({ edits: { made_on: pick(rng, HOSTILE), speaker: pick(rng, HOSTILE) } }),
  ]);
  return {
    method: "POST" as const,
    url,
    payload: body,
    headers: {
      "content-type": pick(rng, ["application/json", "application/xml", "text/plain"]),
      authorization: pick(rng, [`Bearer ${TOKEN}`, `bearer ${TOKEN}`, "Bearer x", ""]),
    },
  };
}

async function withServer<T>(
  work: (app: Awaited<ReturnType<typeof buildServer>>) => Promise<T>,
): Promise<T> {
  const store = new Store(":memory:");
  const pool = new SimulationPool(2, { callerWorks: false, maxQueued: 64 });
  const app = await buildServer({
    dataset: loadDataset(),
    store,
    token: TOKEN,
    pool,
    webDir: "/nonexistent",
  });
  try {
    return await work(app);
  } finally {
    await app.close();
    await pool.close();
    store.close();
  }
}

/** Articles for the kill test, each with a claim, written by the fuzz itself. */
function writeArticles(dir: string, count: number, batch: number): string {
  const folder = join(dir, `batch-${batch}`);
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < count; i++) {
    writeFileSync(
      join(folder, `a${i}.txt`),
      `date: 2025-04-01\nBatch ${batch}, article ${i}: Finland will spend ${3 + i / 1000}% of GDP on defence by 2029.\n`,
    );
  }
  return folder;
}

async function killProbe(
  rng: Random,
  dir: string,
  bin: string,
  /** When to kill, at random within 1.3 times this; null: let the ingest finish. */
  durationMs: number | null,
  failures: string[],
): Promise<"whole" | "none" | null> {
  const db = join(dir, "kill.db");
  const count = (path: string) => {
    const d = new DatabaseSync(path);
    try {
      const ok = (d.prepare("PRAGMA integrity_check").get() as { integrity_check: string })
        .integrity_check;
      const n = (d.prepare("SELECT COUNT(*) AS n FROM articles").get() as { n: number }).n;
      return { ok, n };
    } finally {
      d.close();
    }
  };
  new Store(db).close();
  const before = count(db).n;
  const size = 300;
  const folder = writeArticles(dir, size, before);
  const child = spawn(process.execPath, [bin, "ingest", folder, "--db", db], { stdio: "ignore" });
  // listen at once: a quick ingest may end before the kill
  const closed = new Promise((resolve) => child.on("close", resolve));
  if (durationMs !== null) {
    // kill at a random moment of an ingest's usual length: some before the commit, some after
    await new Promise((resolve) => setTimeout(resolve, rng.uniform() * 1.3 * durationMs));
    child.kill("SIGKILL");
  }
  await closed;
  const after = count(db);
  rmSync(folder, { recursive: true, force: true });
  if (after.ok !== "ok" || (after.n !== before && after.n !== before + size)) {
    failures.push(
      `kill: integrity ${after.ok}, articles ${before} -> ${after.n} (batch of ${size})`,
    );
    return null;
  }
  return after.n === before ? "none" : "whole";
}

/** One ingest of a batch, not killed: how long it takes on this machine now. */
async function timeIngest(rng: Random, dir: string, bin: string, failures: string[]) {
  const started = Date.now();
  await killProbe(rng, dir, bin, null, failures);
  return Date.now() - started;
}

export async function runFuzz(
  counts: FuzzCounts,
  options: { seed?: number; seconds?: number; onProgress?: (line: string) => void } = {},
): Promise<FuzzReport> {
  const rng = new Random(options.seed ?? 1);
  const deadline = Date.now() + (options.seconds ?? 600) * 1000;
  const inTime = () => Date.now() < deadline;
  const work = mkdtempSync(join(tmpdir(), "pledgewatch-fuzz-"));
  const tried = { cli: 0, data: 0, http: 0, odds: 0, kills: 0 };
  const handled = { cli: 0, data: 0, http: 0, odds: 0, kills: 0 };
  const failures: string[] = [];
  let lost = 0;
  const killed = { whole: 0, none: 0 };
  const say = options.onProgress ?? (() => {});
  try {
    for (let i = 0; i < counts.cli && inTime(); i++) {
      tried.cli++;
      if (await cliProbe(rng, work, failures)) handled.cli++;
    }
    say(`cli: ${handled.cli}/${tried.cli} handled`);

    const dataDir = join(work, "data");
    cpSync(DEFAULT_DATA_DIR, dataDir, { recursive: true });
    for (let i = 0; i < counts.data && inTime(); i++) {
      tried.data++;
      if (dataProbe(rng, dataDir, failures)) handled.data++;
    }
    say(`data: ${handled.data}/${tried.data} handled`);

    await withServer(async (app) => {
      for (let i = 0; i < counts.http && inTime(); i++) {
        tried.http++;
        const request = httpRequest(rng);
        const r = await app.inject(request);
        const problems = [
          r.statusCode >= 500 &&
            r.statusCode !== 503 &&
            `status ${r.statusCode}: ${r.body.slice(0, 200)}`,
          r.headers["x-content-type-options"] !== "nosniff" && "no nosniff header",
          r.statusCode >= 400 &&
            !String(r.headers["content-type"]).includes("problem+json") &&
            "error without a problem body",
          r.body.includes("root:") && "served a system file",
        ].filter(Boolean);
        if (problems.length === 0) handled.http++;
        else
          failures.push(
            `http ${request.method} ${request.url.slice(0, 200)}: ${problems.join(", ")}`,
          );
      }
      say(`http: ${handled.http}/${tried.http} handled`);

      for (let i = 0; i < counts.odds && inTime(); i++) {
        tried.odds++;
        const seeds = Array.from({ length: 8 }, () => Math.floor(rng.uniform() * 2 ** 31));
        const url = (seed: number) => `/api/odds?paths=1000&seed=${seed}&target=hague-total`;
        const together = await Promise.all(seeds.map((s) => app.inject({ url: url(s) })));
        const fresh = await buildServer({ dataset: loadDataset(), webDir: "/nonexistent" });
        let same = together.every((r) => r.statusCode === 200);
        for (const [k, seed] of seeds.entries()) {
          const alone = await fresh.inject({ url: url(seed) });
          same &&= alone.body === together[k]?.body;
        }
        await fresh.close();
        if (same) handled.odds++;
        else
          failures.push(`odds: concurrent answers differ from alone for seeds ${seeds.join(",")}`);
      }
      say(`odds: ${handled.odds}/${tried.odds} handled`);
    });

    const bin = join(import.meta.dirname, "..", "bin", "pledgewatch.js");
    // how long one ingest of a batch takes here, unkilled: the kills are timed within it
    const measured = counts.kills > 0 ? await timeIngest(rng, work, bin, failures) : 0;
    for (let i = 0; i < counts.kills && inTime(); i++) {
      tried.kills++;
      const outcome = await killProbe(rng, work, bin, measured, failures);
      if (outcome === null) lost++;
      else {
        handled.kills++;
        killed[outcome]++;
      }
    }
    if (counts.kills > 0)
      say(
        `kills: ${handled.kills}/${tried.kills} left the store whole (batch stored ${killed.whole}, not stored ${killed.none})`,
      );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return { tried, handled, lost, killed, failures };
}
