import { useMemo } from "react";
import {
  allyCapabilities,
  CAPABILITY_LABELS,
  CAPABILITY_METRICS,
  capabilityRanking,
  capabilityText,
  isCapabilityMetric,
} from "../../src/analysis/index.ts";
import type { Dataset } from "../../src/data/index.ts";
import { sourceNote } from "../../src/data/index.ts";
import { choices } from "./controls.tsx";
import type { PageProps } from "./pages/props.ts";

/** One ally's cash and capabilities over time: the same record as `pledgewatch ally`. */
export function AllyCapabilitiesTable({
  dataset,
  ally,
  asOf,
}: {
  dataset: Dataset;
  ally: string;
  asOf: number;
}) {
  const c = useMemo(() => allyCapabilities(dataset, ally, { asOf }), [dataset, ally, asOf]);
  const shown = CAPABILITY_METRICS.filter((m) => !c.missing.includes(m));
  return (
    <>
      <h2>Cash and capabilities</h2>
      <div className="table-wrap">
        <table>
          <caption>
            {c.name}: GDP, personnel, spending per head and how spending divides, by year
          </caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              {shown.map((m) => (
                <th key={m} scope="col">
                  {CAPABILITY_LABELS[m]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {c.years.map((y) => (
              <tr key={y.year}>
                <th scope="row">{y.year}</th>
                {shown.map((m) => (
                  <td key={m}>{capabilityText(m, y.figures[m])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="sources">
        e = estimate; * = derived (GDP = spending / share of GDP).
        {c.missing.length > 0 &&
          ` No figure in the data for: ${c.missing.map((m) => CAPABILITY_LABELS[m]).join("; ")}.`}{" "}
        {sourceNote(
          dataset,
          c.years.flatMap((y) => Object.values(y.figures).flatMap((f) => f?.sourceIds ?? [])),
        ).join(" ")}
      </p>
    </>
  );
}

/** Every ally ranked by one metric: the same record as `pledgewatch capabilities`. */
export function CapabilitiesPage({ dataset, params, update }: PageProps) {
  const { asOf } = choices(dataset, params);
  const raw = params.get("metric") ?? "equipment_share_pct";
  const metric = isCapabilityMetric(raw) ? raw : "equipment_share_pct";
  const r = useMemo(() => capabilityRanking(dataset, metric, { asOf }), [dataset, metric, asOf]);
  return (
    <>
      <h1>Cash and capabilities</h1>
      <form className="controls" onSubmit={(e) => e.preventDefault()} aria-label="Choose a metric">
        <label>
          Rank by
          <select value={metric} onChange={(e) => update({ metric: e.target.value })}>
            {CAPABILITY_METRICS.map((m) => (
              <option key={m} value={m}>
                {CAPABILITY_LABELS[m]}
              </option>
            ))}
          </select>
        </label>
      </form>
      <p aria-live="polite">
        {r.rows.length} allies ranked by {r.label}, latest figure up to {asOf}
        {r.noFigure.length > 0 ? `; no figure: ${r.noFigure.join(", ")}` : ""}.
      </p>
      <div className="table-wrap">
        <table>
          <caption>Allies by {r.label}, highest first</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Ally</th>
              <th scope="col">Year</th>
              <th scope="col">Value</th>
              <th scope="col">Edition</th>
            </tr>
          </thead>
          <tbody>
            {r.rows.map((x) => (
              <tr key={x.ally}>
                <td>{x.rank}</td>
                <th scope="row">{x.name}</th>
                <td>{x.year}</td>
                <td>{capabilityText(metric, x)}</td>
                <td>{x.edition}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="sources">
        e = estimate; * = derived.{" "}
        {sourceNote(
          dataset,
          r.rows.flatMap((x) => x.sourceIds),
        ).join(" ")}{" "}
        The same table as JSON or CSV:{" "}
        <a href={`/api/capabilities?metric=${metric}`}>/api/capabilities</a>.
      </p>
    </>
  );
}
