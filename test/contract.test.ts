import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STATUSES } from "../src/analysis/status.ts";
import { NATO_METRIC_UNITS } from "../src/data/vocabulary.ts";
import { extractClaims } from "../src/extract/extract.ts";
import { loadDataset } from "../src/node/load-dataset.ts";
import { CHART_NAMES } from "../src/projection/chart-record.ts";
import { buildServer, SCENARIO_DIR } from "../src/server/app.ts";
import { acceptClaim } from "../src/store/acceptance.ts";
import { Store } from "../src/store/store.ts";
import { copyData, runCli } from "./helpers.ts";

// One question, one answer: the CLI's --json and the API give the same record.
const SCENARIO = (file: string) => join(SCENARIO_DIR, file);
const work = mkdtempSync(join(tmpdir(), "pledgewatch-contract-"));
const db = join(work, "store.db");
let app: FastifyInstance;
let store: Store;

beforeAll(async () => {
  // a store with one accepted pledge, so the ally views must both show it
  store = new Store(db);
  const text =
    "Finance Minister Lars Klingbeil said Germany will spend 3.6% of GDP on defence by 2030.";
  store.ingest([
    {
      file: "k.txt",
      text,
      publishedOn: "2025-07-01",
      sourceUrl: "https://example.org/k",
      claims: extractClaims(text, "2025-07-01"),
    },
  ]);
  acceptClaim(store, 1, {});
  app = await buildServer({ dataset: loadDataset(), store, webDir: "/nonexistent" });
});
afterAll(async () => {
  await app.close();
  store.close();
  rmSync(work, { recursive: true, force: true });
});

const pairs: readonly [string, readonly string[], string][] = [
  ["status", ["status"], "/api/status"],
  [
    "status, another target and year",
    ["status", "--target", "two-percent", "--as-of", "2024"],
    "/api/status?target=two-percent&asOf=2024",
  ],
  [
    "status, an ad hoc share by the horizon",
    ["status", "--target", "3", "--horizon"],
    "/api/status?target=3&horizon=true",
  ],
  ["ally, with its reviewed pledge", ["ally", "DEU", "--db", db], "/api/allies/DEU"],
  ["pledges", ["pledges"], "/api/pledges"],
  ["pledges of one ally", ["pledges", "LVA"], "/api/pledges?ally=LVA"],
  ["sources", ["sources"], "/api/sources"],
  ["one source, with what cites it", ["sources", "S061"], "/api/sources/S061"],
  ["compare", ["compare"], "/api/compare"],
  ["project", ["project", "DEU"], "/api/projections/DEU"],
  [
    "project, the pledge path",
    ["project", "DEU", "--path", "pledge", "--pledge", "P002"],
    "/api/projections/DEU?path=pledge&pledge=P002",
  ],
  ["odds", ["odds", "--paths", "500", "--seed", "4"], "/api/odds?paths=500&seed=4"],
  ["scenario run", ["scenario", "run", SCENARIO("hague.yaml")], "/api/scenarios/hague"],
  [
    "scenario run, pledges",
    ["scenario", "run", SCENARIO("pledges.yaml")],
    "/api/scenarios/pledges",
  ],
];

describe("the CLI's --json and the API give equal JSON", () => {
  it.each(pairs)("%s", async (_name, args, url) => {
    const cli = await runCli([...args, "--json"], work);
    expect(cli.stderr).toBe("");
    expect(cli.code).toBe(0);
    const api = await app.inject({ url });
    expect(api.statusCode).toBe(200);
    expect(JSON.parse(cli.stdout)).toEqual(api.json());
  });

  it("the ally record carries the reviewed pledge in both", async () => {
    const api = (await app.inject({ url: "/api/allies/DEU" })).json();
    expect(api.pledges.map((p: { id: string }) => p.id)).toContain("U1");
  });
});

/** Maps keyed by a status or a metric name hold values, not field names: they keep the value's spelling. */
const VALUE_KEYS: ReadonlySet<string> = new Set([...STATUSES, ...Object.keys(NATO_METRIC_UNITS)]);

/** Every object key in a JSON answer that is not camelCase, with the path it sits at. */
function snakeKeys(value: unknown, at = "$"): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => snakeKeys(v, `${at}[${i}]`));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([k, v]) => [
    ...(k.includes("_") && !VALUE_KEYS.has(k) ? [`${at}.${k}`] : []),
    ...snakeKeys(v, `${at}.${k}`),
  ]);
}

describe("one naming style for JSON fields", () => {
  // the contract cases' API answers equal the CLI's --json, so walking them covers both faces
  const others = [
    "/api/allies",
    "/api/rivals",
    "/api/ukraine",
    "/api/production",
    "/api/revisions",
    "/api/capabilities",
    "/api/backtest?target=two-percent&asOf=2020&paths=100",
    "/api/scenarios",
    ...CHART_NAMES.map((c) => `/api/charts/${c}${c === "history" ? "?ally=DEU" : ""}`),
    "/api/articles",
    "/api/articles/1",
    "/api/claims",
    "/api/registry",
  ];
  it.each([...pairs.map(([, , url]) => url), ...others])(
    "%s: every field is camelCase",
    async (url) => {
      const api = await app.inject({ url });
      expect(api.statusCode).toBe(200);
      expect(snakeKeys(api.json())).toEqual([]);
    },
  );

  it("the walk finds a snake_case field wherever it sits, and lets a status or metric key be", () => {
    expect(snakeKeys({ rows: [{ ok: 1, nested: { p_deadline: 0.5 } }] })).toEqual([
      "$.rows[0].nested.p_deadline",
    ]);
    expect(snakeKeys({ counts: { on_track: 3 }, share_gdp_pct: { value: 2 } })).toEqual([]);
  });
});

describe("with no threat horizon in the data", () => {
  it("odds give no horizon in both faces, instead of an error in one", async () => {
    const copy = copyData();
    copy.edit("commitments/threat_horizons.csv", (t) => `${t.split("\n")[0]}\n`);
    const server = await buildServer({ dataset: loadDataset(copy.dir), webDir: "/nonexistent" });
    try {
      const cli = await runCli(["odds", "--paths", "300", "--json", "--data", copy.dir], work);
      const api = await server.inject({ url: "/api/odds?paths=300" });
      expect(cli.code).toBe(0);
      expect(api.statusCode).toBe(200);
      expect(api.json().horizon).toBeNull();
      expect(JSON.parse(cli.stdout)).toEqual(api.json());
    } finally {
      await server.close();
      copy.done();
    }
  });
});

describe("the horizon row is the one a horizon set, not the last one", () => {
  it("ally: with no horizon in the data, no target is labelled as the horizon's", async () => {
    const withHorizon = await runCli(["ally", "DEU"], work);
    expect(withHorizon.stdout).toMatch(/hague-core@horizon by 2030: threat horizon T\d+/);
    const copy = copyData();
    copy.edit("commitments/threat_horizons.csv", (t) => `${t.split("\n")[0]}\n`);
    try {
      const none = await runCli(["ally", "DEU", "--data", copy.dir], work);
      expect(none.code).toBe(0);
      expect(none.stdout).not.toMatch(/@horizon/);
      expect(none.stdout).not.toMatch(/^equipment by \d{4}:/m);
    } finally {
      copy.done();
    }
  });
});

describe("the pledges timeline is a chart like the others", () => {
  it("the CLI renders it (one ally's too) and the API gives the same spec", async () => {
    const out = join(work, "pledges.json");
    const cli = await runCli(["chart", "pledges", "LVA", "--out", out], work);
    expect(cli.code).toBe(0);
    const spec = JSON.parse(readFileSync(out, "utf8"));
    expect(spec.data.values.map((v: { id: string }) => v.id)).toEqual([
      "P011",
      "P012",
      "P013",
      "P014",
    ]);
    const api = await app.inject({ url: "/api/charts/pledges?ally=LVA" });
    expect(api.statusCode).toBe(200);
    expect(api.json()).toEqual(spec);
  });
});

describe("every chart is drawn alike by the CLI and the API", () => {
  it.each(CHART_NAMES.map((name) => [name]))("%s", async (name) => {
    const out = join(work, `${name}.json`);
    const ally = name === "history" ? ["DEU"] : [];
    const cli = await runCli(["chart", name, ...ally, "--out", out], work);
    expect(cli.code, cli.stderr).toBe(0);
    const api = await app.inject({
      url: `/api/charts/${name}${ally.length > 0 ? `?ally=${ally[0]}` : ""}`,
    });
    expect(api.statusCode).toBe(200);
    expect(api.json()).toEqual(JSON.parse(readFileSync(out, "utf8")));
  });
});
