import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { projection as vegaProjection } from "vega";
import type { TopLevelSpec } from "vega-lite";
import type { AllianceView } from "../analysis/alliance.ts";
import { STATUSES } from "../analysis/status.ts";
import { roundTo } from "../data/rounding.ts";
import { ALLIES } from "../data/vocabulary.ts";
import { allyStatusTooltip, CHART_WIDTH, chartFrame } from "./chart-frame.ts";
import type { Cite } from "./cite.ts";
import { STATUS_COLOURS } from "./status-colours.ts";

/**
 * The allies on a map: Europe (with Türkiye and Iceland) and North America side by side, each
 * ally one shape coloured by the chosen target's status or by its share of GDP. The geometry
 * (Natural Earth, as the world-atlas package ships it) is passed in, so this stays pure: Node
 * reads it from the package, the browser loads it as a chunk when the map is shown.
 */

export const MAP_COLOURINGS = ["status", "share"] as const;
export type MapColouring = (typeof MAP_COLOURINGS)[number];

/** Natural Earth's country names where they differ from the allies' names here. */
const NATURAL_EARTH_NAMES: Readonly<Record<string, string>> = {
  MKD: "Macedonia",
  TUR: "Turkey",
  USA: "United States of America",
};

export function naturalEarthName(iso3: string): string {
  return NATURAL_EARTH_NAMES[iso3] ?? ALLIES.find((a) => a.iso3 === iso3)?.name ?? iso3;
}

export class MapError extends Error {
  override name = "MapError";
}

const HEIGHT = 360;
const SPLIT = 220;

interface Panel {
  /** The allies drawn in this panel, so each ally is one shape on the map. */
  readonly allies: (iso3: string) => boolean;
  readonly projection: {
    type: "conicEqualArea";
    rotate: [number, number, number];
    parallels: [number, number];
  };
  /** The longitude and latitude box the panel shows. */
  readonly box: readonly [[number, number], [number, number]];
  /** Where on the canvas it is drawn. */
  readonly extent: [[number, number], [number, number]];
}

const NO_FIGURE = "#afb8c1";
const NORTH_AMERICA = new Set(["CAN", "USA"]);

const PANELS: readonly Panel[] = [
  {
    allies: (iso3) => NORTH_AMERICA.has(iso3),
    projection: { type: "conicEqualArea", rotate: [96, 0, 0], parallels: [29.5, 45.5] },
    box: [
      [-126, 24],
      [-53, 62],
    ],
    extent: [
      [0, 40],
      [SPLIT - 10, HEIGHT - 40],
    ],
  },
  {
    allies: (iso3) => !NORTH_AMERICA.has(iso3),
    projection: { type: "conicEqualArea", rotate: [-12, 0, 0], parallels: [40, 65] },
    box: [
      [-24, 35],
      [45, 71],
    ],
    extent: [
      [SPLIT + 10, 0],
      [CHART_WIDTH, HEIGHT],
    ],
  },
];

/** The box's outline, densified so a conic projection's curved edges are fitted too. */
function outline([[w, s], [e, n]]: Panel["box"]) {
  const points: [number, number][] = [];
  for (let i = 0; i <= 20; i++) {
    const lon = w + ((e - w) * i) / 20;
    const lat = s + ((n - s) * i) / 20;
    points.push([lon, s], [lon, n], [w, lat], [e, lat]);
  }
  return { type: "MultiPoint" as const, coordinates: points };
}

/** Scale and translate that fit the panel's box into its extent, with its clip. */
function fitted(panel: Panel) {
  // vega's typings declare only the registering form; called with a name it returns the maker
  const lookup = vegaProjection as unknown as (type: string) => () => {
    rotate(r: [number, number, number]): unknown;
    parallels(p: [number, number]): unknown;
    fitExtent(e: [[number, number], [number, number]], g: unknown): unknown;
    scale(): number;
    translate(): [number, number];
  };
  const p = lookup(panel.projection.type)();
  p.rotate(panel.projection.rotate);
  p.parallels(panel.projection.parallels);
  p.fitExtent(panel.extent, outline(panel.box));
  return {
    ...panel.projection,
    scale: roundTo(p.scale(), 2),
    translate: p.translate().map((v: number) => roundTo(v, 2)) as [number, number],
    clipExtent: panel.extent,
  };
}

interface AllyDatum {
  ally: string;
  name: string;
  share: number | null;
  year: number | null;
  estimate: boolean;
  status: string;
  gap: number | null;
  label: string;
}

/** The allies' map for one target, coloured by status or by share of GDP. */
export function mapChart(
  view: AllianceView,
  geometry: Topology,
  colourBy: MapColouring,
  thresholds: readonly number[],
  cite: Cite,
): TopLevelSpec {
  const countries = geometry.objects.countries as GeometryCollection<{ name: string }> | undefined;
  if (!countries) throw new MapError("the geometry has no 'countries' object (world-atlas)");
  const shapes = feature(geometry, countries).features;
  const byAlly = new Map(view.evaluations.map((e) => [e.ally, e]));
  const rows: AllyDatum[] = ALLIES.map((a) => {
    const e = byAlly.get(a.iso3);
    const share = e?.current?.value ?? null;
    const status = e?.status ?? "no figure";
    return {
      ally: a.iso3,
      name: a.name,
      share,
      year: e?.current?.year ?? null,
      estimate: e?.current?.status === "estimate",
      status,
      gap: e?.gap ? roundTo(e.gap.points, 4) : null,
      label:
        share === null
          ? `${a.name}: no NATO figure`
          : `${a.name}: ${share.toFixed(2)}% of GDP in ${e?.current?.year}, ${status.replace("_", " ")}`,
    };
  });
  const allyOf = new Map(rows.map((r) => [naturalEarthName(r.ally), r]));
  const missing = rows.filter(
    (r) => !shapes.some((s) => s.properties?.name === naturalEarthName(r.ally)),
  );
  if (missing.length > 0) {
    throw new MapError(`no shape for ${missing.map((m) => m.name).join(", ")} in the geometry`);
  }
  const allyShapes = shapes
    .filter((s) => allyOf.has(s.properties?.name ?? ""))
    .map((s) => ({ ...s, properties: allyOf.get(s.properties?.name ?? "") }));
  const others = shapes.filter((s) => !allyOf.has(s.properties?.name ?? ""));

  const colour =
    colourBy === "status"
      ? {
          field: "properties.status",
          type: "nominal",
          title: "Status",
          scale: {
            domain: [...STATUSES, "no figure"],
            range: [...STATUSES.map((s) => STATUS_COLOURS[s] ?? "#888"), NO_FIGURE],
          },
        }
      : {
          field: "properties.share",
          type: "quantitative",
          title: "% of GDP",
          scale: {
            type: "threshold",
            domain: [...thresholds],
            range: ["#fdd0a2", "#fc8d59", "#d7301f", "#7f0000"].slice(0, thresholds.length + 1),
          },
          legend: { format: ".1f" },
          // an ally with no figure stays on the map, grey, instead of being dropped
          condition: { test: "!isValid(datum.properties.share)", value: NO_FIGURE },
        };
  const layers = PANELS.flatMap((panel) => {
    const projection = fitted(panel);
    return [
      {
        data: { values: others },
        projection,
        mark: { type: "geoshape", fill: "#eaeef2", stroke: "#ffffff", strokeWidth: 0.5 },
      },
      {
        data: { values: allyShapes.filter((s) => panel.allies(s.properties?.ally ?? "")) },
        projection,
        mark: {
          type: "geoshape",
          stroke: "#ffffff",
          strokeWidth: 0.7,
          cursor: "pointer",
          invalid: "show",
        },
        encoding: {
          color: colour,
          description: { field: "properties.label" },
          tooltip: allyStatusTooltip("properties."),
        },
      },
    ];
  });
  const counts = STATUSES.map((s) => `${view.counts[s]} ${s.replace("_", " ")}`).join(", ");
  return {
    ...chartFrame(
      colourBy === "status"
        ? `The allies against ${view.target.threshold}% of GDP by ${view.target.deadline ?? "-"}, as of ${view.asOf}`
        : `Defence spending as a share of GDP, ${view.asOf}`,
      [
        colourBy === "status"
          ? `${view.target.label}. Grey: no NATO figure. Shapes: Natural Earth.`
          : `Bands at ${thresholds.join("%, ")}% of GDP. Grey: no NATO figure. Shapes: Natural Earth.`,
        ...cite(view.evaluations.flatMap((e) => e.sourceIds)),
      ],
      `Map of the ${rows.length} NATO allies, North America on the left and Europe on the right, coloured by ${colourBy === "status" ? `status against ${view.target.label}: ${counts}` : "defence spending as a share of GDP"}. ${rows.map((r) => r.label).join("; ")}.`,
    ),
    height: HEIGHT,
    usermeta: { fixedSize: true },
    data: { values: rows.map(({ label: _label, ...r }) => r) },
    layer: layers,
  } as unknown as TopLevelSpec;
}
