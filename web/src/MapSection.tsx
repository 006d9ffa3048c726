import { useCallback, useMemo } from "react";
import type { Topology } from "topojson-specification";
import countries from "world-atlas/countries-110m.json" with { type: "json" };
import type { AllianceView } from "../../src/analysis/index.ts";
import { type Cite, MAP_COLOURINGS, type MapColouring, mapChart } from "../../src/charts/index.ts";
import { Chart } from "./Chart.tsx";

const LABELS: Record<MapColouring, string> = {
  status: "Status against the target",
  share: "Share of GDP",
};

/**
 * The overview's map, in its own chunk with Natural Earth's shapes: loaded only when shown.
 * A click on an ally opens its page.
 */
export default function MapSection({
  view,
  thresholds,
  cite,
  params,
  update,
}: {
  view: AllianceView;
  thresholds: readonly number[];
  cite: Cite;
  params: URLSearchParams;
  update: (changes: Record<string, string | null>) => void;
}) {
  const colourBy: MapColouring = params.get("map") === "share" ? "share" : "status";
  const spec = useMemo(
    () => mapChart(view, countries as unknown as Topology, colourBy, thresholds, cite),
    [view, colourBy, thresholds, cite],
  );
  const onSelect = useCallback(
    (datum: Record<string, unknown>) => {
      const ally = (datum.properties as { ally?: string } | undefined)?.ally;
      if (ally) update({ page: "ally", ally });
    },
    [update],
  );
  return (
    <section aria-label="Map of the allies">
      <fieldset className="toggle">
        <legend>Colour the map by</legend>
        {MAP_COLOURINGS.map((c) => (
          <label key={c}>
            <input
              type="radio"
              name="map-colour"
              value={c}
              checked={colourBy === c}
              onChange={() => update({ map: c === "status" ? null : c })}
            />
            {LABELS[c]}
          </label>
        ))}
      </fieldset>
      <Chart
        spec={spec}
        file={`map-${colourBy}-${view.target.id}-${view.asOf}`}
        onSelect={onSelect}
      />
    </section>
  );
}
