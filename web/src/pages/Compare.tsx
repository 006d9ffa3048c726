import { useMemo } from "react";
import {
  burdenSharing,
  latestMoneyYear,
  usVersusEuropeSeries,
} from "../../../src/analysis/alliance.ts";
import { compareWithRivals } from "../../../src/analysis/compare.ts";
import { rivalsChart, usEuropeChart } from "../../../src/charts/specs.ts";
import { Chart } from "../Chart.tsx";
import { choices } from "../controls.tsx";
import type { PageProps } from "./props.ts";

export function ComparePage({ dataset, params }: PageProps) {
  const { asOf } = choices(dataset, params);
  const year = latestMoneyYear(dataset, asOf) ?? asOf;
  const comparison = useMemo(() => compareWithRivals(dataset, year), [dataset, year]);
  const burden = useMemo(() => burdenSharing(dataset, year), [dataset, year]);
  const rivals = useMemo(() => rivalsChart(comparison), [comparison]);
  const usEurope = useMemo(
    () => usEuropeChart(usVersusEuropeSeries(dataset, asOf)),
    [dataset, asOf],
  );
  return (
    <>
      <h1>The alliance, Russia and China</h1>
      <p className="caveat">{comparison.note}</p>
      <Chart spec={rivals} file={`rivals-${year}`} />
      <Chart spec={usEurope} file="us-europe" />
      <div className="table-wrap">
        <table>
          <caption>
            Burden sharing, {year}: each ally's share of the allies' spending against its share of
            their GDP
          </caption>
          <thead>
            <tr>
              <th scope="col">Ally</th>
              <th scope="col">Spending %</th>
              <th scope="col">GDP %</th>
              <th scope="col">Ratio</th>
            </tr>
          </thead>
          <tbody>
            {burden.rows.map((r) => (
              <tr key={r.ally}>
                <th scope="row">{r.name}</th>
                <td>{r.spendingSharePct.toFixed(2)}</td>
                <td>{r.gdpSharePct.toFixed(2)}</td>
                <td>{r.ratio.toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
