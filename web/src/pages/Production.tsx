import { useMemo } from "react";
import { productionStatements } from "../../../src/analysis/index.ts";
import { citer, productionChart } from "../../../src/charts/index.ts";
import { Chart } from "../Chart.tsx";
import type { PageProps } from "./props.ts";

/** Stated artillery-ammunition output and targets: claims, each with its kind and source. */
export default function ProductionPage({ dataset }: PageProps) {
  const record = useMemo(() => productionStatements(dataset), [dataset]);
  const spec = useMemo(() => productionChart(record, citer(dataset)), [record, dataset]);
  return (
    <>
      <h1>Ammunition production: what has been said</h1>
      <p className="caveat">{record.note}</p>
      <Chart spec={spec} file="production" />
      <div className="table-wrap">
        <table>
          <caption>
            Every statement, as stated; kind:{" "}
            {Object.entries(record.kinds)
              .map(([k, v]) => `${k} = ${v}`)
              .join("; ")}
          </caption>
          <thead>
            <tr>
              <th scope="col">Side</th>
              <th scope="col">Producer</th>
              <th scope="col">Year</th>
              <th scope="col">Kind</th>
              <th scope="col">Rounds a year</th>
              <th scope="col">As stated</th>
              <th scope="col">What</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {record.rows.map((r) => (
              <tr key={r.origin}>
                <td>{r.side}</td>
                <th scope="row" className="wrap">
                  {r.producer.replace(/_/g, " ")}
                </th>
                <td>{r.year}</td>
                <td>{r.kind}</td>
                <td className="wrap">
                  {r.bound === "upper" ? "under " : r.bound === "lower" ? "over " : ""}
                  {r.perYear === null ? "–" : r.perYear.toLocaleString("en")}
                  {r.perYearFrom === "monthly x 12" ? " (12 × monthly)" : ""}
                </td>
                <td className="wrap">
                  {r.value.toLocaleString("en")} {r.unit.replace(/_/g, " ")}
                </td>
                <td className="wrap">{r.item.replace(/_/g, " ")}</td>
                <td className="wrap">{r.sourceIds.join(", ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
