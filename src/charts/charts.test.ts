import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TopLevelSpec } from "vega-lite";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../test/helpers.ts";
import { resolveTarget } from "../analysis/targets.ts";
import { loadDataset } from "../node/load-dataset.ts";
import { renderPng, renderSvg } from "../node/render.ts";
import { CHART_NAMES, ChartError, chartRecord } from "../projection/chart-record.ts";
import { chartData, citer, drawChart } from "./index.ts";

/**
 * Every chart, checked by what it draws: the CLI builds each spec from the bundled data, and
 * the spec and its SVG must equal the reviewed files in __golden__. After a deliberate change,
 * `UPDATE_GOLDEN=1 npx vitest run src/charts/charts.test.ts` rewrites them for review in the diff.
 */

const GOLDEN_DIR = join(import.meta.dirname, "__golden__");
const UPDATE = process.env.UPDATE_GOLDEN === "1";
const work = mkdtempSync(join(tmpdir(), "pledgewatch-charts-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The CLI's arguments for each golden: every chart with its defaults, and a few options. */
const CASES: readonly { readonly golden: string; readonly args: readonly string[] }[] = [
  ...CHART_NAMES.map((name) => ({
    golden: name,
    args: name === "history" ? [name, "DEU"] : [name],
  })),
  { golden: "history-DEU-linear", args: ["history", "DEU", "--path", "linear"] },
  { golden: "map-share", args: ["map", "--colour-by", "share"] },
  { golden: "pledges-LVA", args: ["pledges", "LVA"] },
];

/**
 * The spec as its golden holds it: a shape's coordinates (the map carries 2.4 MB of them, from
 * the world-atlas package) become their count and digest, so a moved border still fails the
 * test and the golden SVG shows where.
 */
const goldenSpec = (spec: TopLevelSpec) =>
  `${JSON.stringify(
    spec,
    (key, value: unknown) => {
      if (key !== "coordinates" || !Array.isArray(value)) return value;
      const points = value.flat(3).length / 2;
      const digest = createHash("sha256").update(JSON.stringify(value)).digest("hex");
      return `${points} points, sha256 ${digest.slice(0, 16)}`;
    },
    2,
  )}\n`;

/** One line per element, so that a golden SVG's diff shows which element moved. */
const svgLines = (svg: string) => `${svg.replaceAll("><", ">\n<")}\n`;

/** Where two texts first differ, for a failure a reader can act on. */
function mismatch(file: string, expected: string, actual: string): string {
  const want = expected.split("\n");
  const got = actual.split("\n");
  const at = want.findIndex((line, i) => line !== got[i]);
  const line = at === -1 ? want.length : at;
  return [
    `${file} differs from the chart now drawn, first at line ${line + 1}:`,
    `  golden: ${(want[line] ?? "(end of file)").slice(0, 300)}`,
    `  now:    ${(got[line] ?? "(end of file)").slice(0, 300)}`,
    "If the change is intended, rewrite the goldens and review their diff:",
    "  UPDATE_GOLDEN=1 npx vitest run src/charts/charts.test.ts",
  ].join("\n");
}

function expectGolden(file: string, actual: string): void {
  const path = join(GOLDEN_DIR, file);
  if (UPDATE) {
    writeFileSync(path, actual);
    return;
  }
  let expected: string;
  try {
    expected = readFileSync(path, "utf8");
  } catch {
    throw new Error(
      `no golden ${file}: run UPDATE_GOLDEN=1 npx vitest run src/charts/charts.test.ts`,
    );
  }
  if (expected !== actual) expect.fail(mismatch(file, expected, actual));
}

/** The spec and SVG the CLI writes for these arguments. */
async function cliChart(args: readonly string[]): Promise<{ spec: TopLevelSpec; svg: string }> {
  const json = join(work, "chart.json");
  const svg = join(work, "chart.svg");
  for (const out of [json, svg]) {
    const run = await runCli(["chart", ...args, "--out", out], work);
    expect(run.code, run.stderr).toBe(0);
  }
  return {
    spec: JSON.parse(readFileSync(json, "utf8")) as TopLevelSpec,
    svg: readFileSync(svg, "utf8"),
  };
}

describe("every chart, against its reviewed golden spec and SVG", () => {
  const specs = new Map<string, TopLevelSpec>();

  for (const { golden, args } of CASES) {
    it(`chart ${args.join(" ")}`, async () => {
      const { spec, svg } = await cliChart(args);
      specs.set(golden, spec);
      expectGolden(`${golden}.vl.json`, goldenSpec(spec));
      expectGolden(`${golden}.svg`, svgLines(svg));
    });
  }

  it("no golden is left over from a chart that is gone", () => {
    const expected = CASES.flatMap((c) => [`${c.golden}.svg`, `${c.golden}.vl.json`]);
    const present = readdirSync(GOLDEN_DIR);
    if (UPDATE) {
      for (const f of present.filter((f) => !expected.includes(f))) unlinkSync(join(GOLDEN_DIR, f));
      return;
    }
    expect(present.sort()).toEqual(expected.sort());
  });

  it("every chart cites in at most two lines, by publisher and title, never by id", () => {
    const ids = [...loadDataset().sources.keys()];
    expect(specs.size).toBe(CASES.length);
    for (const [name, spec] of specs) {
      const { subtitle } = (spec as { title: { subtitle: string[] } }).title;
      const start = subtitle.findIndex((l) => l.startsWith("Sources: "));
      expect(start, name).toBeGreaterThanOrEqual(0);
      const lines = subtitle.slice(start);
      expect(lines.length, name).toBeLessThanOrEqual(2);
      const words = lines.join(" ").split(/[\s,;()]+/);
      for (const id of ids) expect(words, `${name}: ${id}`).not.toContain(id);
    }
  });
});

describe("charts drawn from the engine's records", () => {
  const data = loadDataset();
  const target = resolveTarget(data, "hague-core");
  const cite = citer(data);

  it("the ranking carries each ally's figure and status, and says how many meet the target", () => {
    const spec = drawChart(chartRecord(data, { name: "ranking", asOf: 2026, target }), { cite });
    const rows = chartData(spec);
    expect(rows).toHaveLength(31);
    expect(rows.find((r) => r.ally === "DEU")).toMatchObject({
      share: 2.69,
      status: "on_track",
      estimate: true,
    });
    expect((spec as { title: { text: string } }).title.text).toContain("5 of 31 allies meet 3.5%");
  });

  it("the history chart's record holds the projection only when a path is asked for", () => {
    const plain = chartRecord(data, { name: "history", asOf: 2026, target, ally: "DEU" });
    expect(plain).toMatchObject({ chart: "history", projection: null });
    const projected = chartRecord(data, {
      name: "history",
      asOf: 2026,
      target,
      ally: "DEU",
      path: "linear",
      fanPaths: 500,
    });
    if (projected.chart !== "history" || !projected.projection) throw new Error("no projection");
    expect(projected.projection.path.kind).toBe("linear");
    expect(projected.projection.odds.fan.length).toBeGreaterThan(0);
  });

  it("history needs an ally, and the map its geometry", () => {
    expect(() => chartRecord(data, { name: "history", asOf: 2026, target })).toThrow(
      /needs an ally/,
    );
    const map = chartRecord(data, { name: "map", asOf: 2026, target });
    expect(() => drawChart(map, { cite })).toThrow(ChartError);
  });

  it("a statement's date does not move with the reader's time zone", async () => {
    const spec = drawChart(chartRecord(data, { name: "pledges", asOf: 2026, target }), { cite });
    const zone = process.env.TZ;
    const drawnIn = async (tz: string) => {
      process.env.TZ = tz;
      return renderSvg(spec);
    };
    try {
      const utc = await drawnIn("UTC");
      expect(await drawnIn("America/Los_Angeles")).toBe(utc);
      expect(await drawnIn("Pacific/Auckland")).toBe(utc);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});

describe("rendering in Node", () => {
  it("SVG holds the title; PNG is a PNG of twice the size", async () => {
    const data = loadDataset();
    const target = resolveTarget(data, "hague-core");
    const spec = drawChart(chartRecord(data, { name: "status", asOf: 2026, target }), {
      cite: citer(data),
    });
    const svg = await renderSvg(spec);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("Allies by status against 3.5% by 2035");
    const width = Number(/width="(\d+)"/.exec(svg)?.[1]);
    const png = await renderPng(spec);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // IHDR width, big-endian at byte 16
    const pngWidth = new DataView(png.buffer, png.byteOffset).getUint32(16);
    expect(pngWidth).toBe(width * 2);
  });

  it("one spec gives one SVG, whatever was rendered before it", async () => {
    const { spec } = await cliChart(["map"]);
    expect(await renderSvg(spec)).toBe(await renderSvg(spec));
  });
});
