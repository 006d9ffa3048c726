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

/**
 * The tooltip of one ally against a target, the same in the ranking and on the map: its name,
 * share, year, status and gap, read from `prefix`-ed fields ("properties." for map shapes).
 */
export function allyStatusTooltip(prefix = "") {
  return [
    { field: `${prefix}name`, title: "Ally" },
    { field: `${prefix}share`, title: "% of GDP", format: ".2f" },
    { field: `${prefix}year`, title: "Year" },
    { field: `${prefix}status`, title: "Status" },
    { field: `${prefix}gap`, title: "Gap, pp", format: ".2f" },
  ];
}
