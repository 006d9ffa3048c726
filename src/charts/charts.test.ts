import { describe, expect, it } from "vitest";
import { resolveTarget } from "../analysis/targets.ts";
import { loadDataset } from "../data/load.ts";
import { CHART_NAMES, type ChartRequest, chartRecord } from "../projection/chart-record.ts";
import { chartData, citer, drawChart } from "./index.ts";
import { renderPng, renderSvg } from "./render.ts";
import { worldGeometry } from "./world-geometry.ts";

const data = loadDataset();
const target = resolveTarget(data, "hague-core");
const buildChart = (dataset: typeof data, request: ChartRequest) =>
  drawChart(chartRecord(dataset, request), {
    cite: citer(dataset),
    geometry: request.name === "map" ? worldGeometry() : undefined,
  });

describe("chart specs", () => {
  it("every chart has a title, a text alternative and at most two lines of citations, no ids", () => {
    const ids = [...data.sources.keys()];
    for (const name of CHART_NAMES) {
      const spec = buildChart(data, {
        name,
        asOf: 2026,
        target,
        ally: "DEU",
      }) as {
        title: { text: string; subtitle: string[] };
        description: string;
      };
      expect(spec.title.text.length, name).toBeGreaterThan(10);
      expect(spec.description.length, name).toBeGreaterThan(30);
      const start = spec.title.subtitle.findIndex((l) => l.startsWith("Sources: "));
      expect(start, name).toBeGreaterThanOrEqual(0);
      const lines = spec.title.subtitle.slice(start);
      expect(lines.length, name).toBeLessThanOrEqual(2);
      const text = lines.join(" ");
      for (const id of ids) expect(text.split(/[\s,;()]+/), `${name}: ${id}`).not.toContain(id);
      if (["ranking", "history", "us-europe", "status", "map"].includes(name))
        expect(text, name).toContain("NATO, Defence Investment of NATO Countries (2014-2026)");
    }
  });

  it("the ranking carries each ally's figure and status, and says how many meet the target", () => {
    const spec = buildChart(data, { name: "ranking", asOf: 2026, target });
    const rows = chartData(spec);
    expect(rows).toHaveLength(31);
    expect(rows.find((r) => r.ally === "DEU")).toMatchObject({
      share: 2.69,
      status: "on_track",
      estimate: true,
    });
    expect((spec as { title: { text: string } }).title.text).toContain("5 of 31 allies meet 3.5%");
  });

  it("the history chart marks pledges and, with a path, the projection and its fan", () => {
    const spec = buildChart(data, {
      name: "history",
      asOf: 2026,
      target,
      ally: "DEU",
      path: "linear",
      fanPaths: 500,
    });
    const layers = (spec as { layer: { mark: { type: string; shape?: string } }[] }).layer;
    expect(layers.map((l) => l.mark.type)).toEqual([
      "area",
      "rule",
      "line",
      "point",
      "line",
      "point",
    ]);
    expect((spec as { description: string }).description).toContain(
      "P001: 3.5% of GDP, EUR 153bn, by 2029",
    );
  });

  it("history needs an ally", () => {
    expect(() => buildChart(data, { name: "history", asOf: 2026, target })).toThrow(
      /needs an ally/,
    );
  });
});

describe("rendering in Node", () => {
  it("SVG holds the title; PNG is a PNG of twice the size", async () => {
    const spec = buildChart(data, { name: "status", asOf: 2026, target });
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
});
