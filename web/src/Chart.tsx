import { useEffect, useRef, useState } from "react";
import { parse, View } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { chartData } from "../../src/charts/index.ts";
import { toCsv } from "../../src/data/index.ts";

export const FIRST_CHART = "pledgewatch:first-chart";

function download(name: string, href: string) {
  const a = document.createElement("a");
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
}

/**
 * One chart: rendered as SVG from the engine's spec, with its text alternative, its sources
 * line, and downloads of the SVG, a PNG and the data as CSV.
 */
export function Chart({
  spec,
  file,
  onSelect,
  onRendered,
}: {
  spec: TopLevelSpec;
  file: string;
  /** Called with the datum of a mark the reader clicks. */
  onSelect?: (datum: Record<string, unknown>) => void;
  /** Called once the chart is drawn. */
  onRendered?: () => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const view = useRef<View | null>(null);
  const [width, setWidth] = useState(0);
  const meta = spec as {
    title?: { text?: string; subtitle?: string[] };
    description?: string;
    usermeta?: { fixedSize?: boolean };
  };
  const subtitle = meta.title?.subtitle ?? [];
  // a long sources line is broken over several subtitle lines: show them as one
  const from = subtitle.findIndex((l) => l.startsWith("Sources:"));
  const sources = from < 0 ? "" : subtitle.slice(from).join(" ");
  // a chart laid out at a fixed size (the map) is scaled as a picture instead of refitted
  const fixedSize = meta.usermeta?.fixedSize === true;

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    setWidth(el.clientWidth);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const el = container.current;
    if (!el || width === 0) return;
    // Fit narrow screens: the plot takes the container's width, less room for labels.
    const fitted = fixedSize
      ? spec
      : ({ ...spec, width: Math.max(240, Math.min(640, width - 200)) } as TopLevelSpec);
    const v = new View(parse(compile(fitted).spec), {
      renderer: "svg",
      container: el,
      hover: true,
    });
    view.current = v;
    if (onSelect) {
      v.addEventListener("click", (_event, item) => {
        const datum = (item as { datum?: Record<string, unknown> } | null | undefined)?.datum;
        if (datum) onSelect(datum);
      });
    }
    void v.runAsync().then(() => {
      el.querySelector("svg")?.setAttribute("aria-hidden", "true");
      el.dataset.rendered = "true";
      // lets a benchmark read when the first chart appeared, from navigation start
      if (performance.getEntriesByName(FIRST_CHART).length === 0) performance.mark(FIRST_CHART);
      onRendered?.();
    });
    return () => {
      v.finalize();
      el.replaceChildren();
      delete el.dataset.rendered;
    };
  }, [spec, width, fixedSize, onSelect, onRendered]);

  const onSvg = async () => {
    const svg = await view.current?.toSVG();
    if (svg)
      download(`${file}.svg`, URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" })));
  };
  const onPng = async () => {
    const url = await view.current?.toImageURL("png", 2);
    if (url) download(`${file}.png`, url);
  };
  const onCsv = () => {
    const csv = toCsv(chartData(spec));
    download(`${file}.csv`, URL.createObjectURL(new Blob([csv], { type: "text/csv" })));
  };

  return (
    <figure className="chart" aria-label={meta.title?.text}>
      <div className={fixedSize ? "chart-body fixed-size" : "chart-body"} ref={container} />
      <p className="sr-only">{meta.description}</p>
      <figcaption>
        <span className="sources">{sources}</span>
        <span className="downloads">
          <button type="button" onClick={onSvg}>
            Download SVG
          </button>
          <button type="button" onClick={onPng}>
            Download PNG
          </button>
          <button type="button" onClick={onCsv}>
            Download data (CSV)
          </button>
        </span>
      </figcaption>
    </figure>
  );
}
