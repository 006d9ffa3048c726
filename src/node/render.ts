import { Resvg } from "@resvg/resvg-js";
import { parse, resetSVGDefIds, View } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";

/** Renders a Vega-Lite spec to SVG in Node, with no browser. */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const view = new View(parse(compile(spec).spec), { renderer: "none" });
  try {
    await view.runAsync();
    // vega numbers clip paths across the process: restart them so one spec gives one SVG
    resetSVGDefIds();
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Renders to PNG (via SVG and resvg), at `scale` times the chart's size. */
export async function renderPng(spec: TopLevelSpec, scale = 2): Promise<Uint8Array> {
  const svg = await renderSvg(spec);
  const png = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    background: "white",
    font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" },
  }).render();
  return png.asPng();
}
