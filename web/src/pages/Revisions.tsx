import { useMemo } from "react";
import { RevisionsError, revisions } from "../../../src/analysis/index.ts";
import {
  isNatoMetric,
  NATO_METRIC_UNITS,
  type NatoMetric,
  sourceNote,
} from "../../../src/data/index.ts";
import { AllySelect } from "../AllySelect.tsx";
import type { PageProps } from "./props.ts";

const value = (v: number, status: string) =>
  `${Math.round(v * 10000) / 10000}${status === "estimate" ? "e" : ""}`;
const signed = (v: number) => `${v > 0 ? "+" : ""}${Math.round(v * 10000) / 10000}`;

/** What NATO revised: the same record as `pledgewatch revisions` and /api/revisions. */
export function RevisionsPage({ dataset, params, update }: PageProps) {
  const editions = dataset.editions();
  const from = params.get("from") ?? undefined;
  const to = params.get("to") ?? undefined;
  const ally = params.get("ally") ?? "";
  const rawMetric = params.get("metric") ?? "share_gdp_pct";
  const metric: NatoMetric | undefined = isNatoMetric(rawMetric) ? rawMetric : undefined;
  const min = Number(params.get("min") ?? "");
  const result = useMemo(() => {
    try {
      return {
        record: revisions(dataset, {
          from,
          to,
          ally: ally || undefined,
          metric,
          min: Number.isFinite(min) && min > 0 ? min : undefined,
        }),
      };
    } catch (error) {
      if (error instanceof RevisionsError) return { error: error.message };
      throw error;
    }
  }, [dataset, from, to, ally, metric, min]);
  const record = result.record;
  const apiHref = record
    ? `/api/revisions?${new URLSearchParams({
        from: record.from,
        to: record.to,
        ...(record.metric ? { metric: record.metric } : {}),
        ...(record.ally ? { ally: record.ally } : {}),
        ...(record.min !== null ? { min: String(record.min) } : {}),
      })}`
    : "";
  const sourceLine = (ids: readonly string[]) =>
    sourceNote(dataset, ids)
      .join(", ")
      .replace(/^Sources: /, "")
      .replace(/\.$/, "");

  return (
    <>
      <h1>What NATO revised</h1>
      <p>
        Each NATO edition restates earlier years. Every figure that changed between two editions,
        largest relative change first, with both values and both sources; estimates the newer
        edition reports as actual are marked.
      </p>
      <form className="controls" onSubmit={(e) => e.preventDefault()} aria-label="Choose editions">
        <label>
          From edition
          <select
            value={record?.from ?? from ?? ""}
            onChange={(e) => update({ from: e.target.value })}
          >
            {editions.map((e) => (
              <option key={e} value={e}>
                {e}
              </option>
            ))}
          </select>
        </label>
        <label>
          To edition
          <select value={record?.to ?? to ?? ""} onChange={(e) => update({ to: e.target.value })}>
            {editions.map((e) => (
              <option key={e} value={e}>
                {e}
              </option>
            ))}
          </select>
        </label>
        <label>
          Metric
          <select
            value={metric ?? ""}
            onChange={(e) => update({ metric: e.target.value === "" ? "all" : e.target.value })}
          >
            <option value="">all</option>
            {Object.keys(NATO_METRIC_UNITS).map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </label>
        <AllySelect value={ally} onChange={(iso3) => update({ ally: iso3 })} allLabel="all" />
        <label>
          At least
          <input
            type="number"
            min="0"
            step="any"
            value={params.get("min") ?? ""}
            onChange={(e) => update({ min: e.target.value })}
          />
        </label>
      </form>
      {result.error && <p role="alert">{result.error}</p>}
      {record && (
        <>
          <p aria-live="polite">
            Edition {record.from} to {record.to}: {record.revised} figures revised of{" "}
            {record.compared} in both; {record.confirmed} estimates confirmed unchanged as actuals.
          </p>
          <div className="table-wrap">
            <table>
              <caption>Revised figures, largest relative change first</caption>
              <thead>
                <tr>
                  <th scope="col">Ally</th>
                  <th scope="col">Metric</th>
                  <th scope="col">Year</th>
                  <th scope="col">{record.from}</th>
                  <th scope="col">{record.to}</th>
                  <th scope="col">Change</th>
                  <th scope="col">%</th>
                  <th scope="col">Note</th>
                </tr>
              </thead>
              <tbody>
                {record.revisions.map((r) => (
                  <tr key={`${r.ally}|${r.metric}|${r.year}`}>
                    <th scope="row" title={r.name}>
                      {r.ally}
                    </th>
                    <td>{r.metric}</td>
                    <td>{r.year}</td>
                    <td>{value(r.from.value, r.from.status)}</td>
                    <td>{value(r.to.value, r.to.status)}</td>
                    <td>{signed(r.change)}</td>
                    <td>
                      {r.changePct === null ? "-" : signed(Math.round(r.changePct * 100) / 100)}
                    </td>
                    <td>{r.becameActual ? "estimate became actual" : ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {record.allies.length > 0 && (
            <div className="table-wrap">
              <table>
                <caption>By ally</caption>
                <thead>
                  <tr>
                    <th scope="col">Ally</th>
                    <th scope="col">Revised</th>
                    <th scope="col">Up</th>
                    <th scope="col">Down</th>
                    <th scope="col">Now actual</th>
                    <th scope="col">Largest</th>
                  </tr>
                </thead>
                <tbody>
                  {record.allies.map((a) => (
                    <tr key={a.ally}>
                      <th scope="row">{a.name}</th>
                      <td>{a.revised}</td>
                      <td>{a.up}</td>
                      <td>{a.down}</td>
                      <td>{a.becameActual}</td>
                      <td>
                        {a.largest.metric} {a.largest.year}: {signed(a.largest.change)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p className="sources">
            Sources: edition {record.from}: {sourceLine(record.sourceIds.from)}; edition {record.to}
            : {sourceLine(record.sourceIds.to)}. The same table as JSON or CSV:{" "}
            <a href={apiHref}>/api/revisions</a>.
          </p>
        </>
      )}
    </>
  );
}
