import type { GeometryCollection, Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { allianceView } from "../analysis/alliance.ts";
import { targetFor } from "../analysis/horizon.ts";
import { ALLIES } from "../data/vocabulary.ts";
import { loadDataset } from "../node/load-dataset.ts";
import { renderSvg } from "../node/render.ts";
import { worldGeometry } from "../node/world-geometry.ts";
import { citer } from "./cite.ts";
import { MapError, mapChart, naturalEarthName } from "./map.ts";

const dataset = loadDataset();
const cite = citer(dataset);
const view = allianceView(dataset, targetFor(dataset, {}).target, { asOf: 2026 });
const names = (t: Topology) =>
  (t.objects.countries as GeometryCollection<{ name: string }>).geometries.map(
    (g) => (g.properties as { name?: string } | undefined)?.name,
  );

describe("the allies' map", () => {
  it("finds exactly one Natural Earth shape for every ally", () => {
    const all = names(worldGeometry());
    for (const a of ALLIES) {
      expect(
        all.filter((n) => n === naturalEarthName(a.iso3)),
        a.iso3,
      ).toHaveLength(1);
    }
  });

  it("renders one labelled shape per ally, coloured by status, Iceland grey with no figure", async () => {
    const svg = await renderSvg(mapChart(view, worldGeometry(), "status", [2, 3.5, 5], cite));
    for (const a of ALLIES) {
      const labelled = svg.match(new RegExp(`aria-label="${a.name}: [^"]*"`, "g")) ?? [];
      expect(labelled, a.name).toHaveLength(1);
    }
    expect(svg).toContain('aria-label="Poland: 4.68% of GDP in 2026, met"');
    expect(svg).toContain('aria-label="Iceland: no NATO figure"');
    const iceland = /<path[^>]*aria-label="Iceland: no NATO figure"[^>]*>/.exec(svg)?.[0] ?? "";
    expect(iceland).toContain('fill="#afb8c1"');
  });

  it("colours by share in bands at the guidelines, keeping allies with no figure", async () => {
    const spec = mapChart(view, worldGeometry(), "share", [2, 3.5, 5], cite);
    const svg = await renderSvg(spec);
    const fill = (name: string) =>
      new RegExp(`<path[^>]*aria-label="${name}:[^"]*"[^>]*>`)
        .exec(svg)?.[0]
        .match(/fill="([^"]+)"/)?.[1];
    // Slovenia 1.61 < 2; Germany 2.69 in 2-3.5; Poland 4.68 in 3.5-5; Lithuania 5.33 >= 5
    expect(
      new Set([fill("Slovenia"), fill("Germany"), fill("Poland"), fill("Lithuania")]).size,
    ).toBe(4);
    expect(fill("Germany")).toBe(fill("France"));
    expect(fill("Iceland")).toBe("#afb8c1");
  });

  it("says which ally has no shape when the geometry lacks one", () => {
    const full = worldGeometry();
    const countries = full.objects.countries as GeometryCollection<{ name: string }>;
    const without: Topology = {
      ...full,
      objects: {
        ...full.objects,
        countries: {
          ...countries,
          geometries: countries.geometries.filter(
            (g) => (g.properties as { name?: string } | undefined)?.name !== "Luxembourg",
          ),
        },
      },
    };
    expect(() => mapChart(view, without, "status", [2, 3.5, 5], cite)).toThrow(MapError);
    expect(() => mapChart(view, without, "status", [2, 3.5, 5], cite)).toThrow(
      /no shape for Luxembourg/,
    );
  });
});
