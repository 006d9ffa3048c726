/**
 * What every chart spec carries: a title with its subtitle lines (the last ones its sources),
 * a text alternative (description), the width and the font. The faces render the specs (SVG
 * and PNG in Node, the browser in the dashboard).
 */

export const CHART_WIDTH = 640;

export function chartFrame(title: string, subtitle: string[], description: string) {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: { text: title, subtitle, anchor: "start", subtitleColor: "#57606a" },
    description,
    width: CHART_WIDTH,
    config: { font: "DejaVu Sans, Helvetica, Arial, sans-serif", view: { stroke: null } },
  };
}
