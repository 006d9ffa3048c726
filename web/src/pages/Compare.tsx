import { useMemo } from "react";
import {
  burdenSharing,
  compareWithRivals,
  latestMoneyYear,
  rivalsBeyondExchangeRates,
  usVersusEuropeSeries,
} from "../../../src/analysis/index.ts";
import { citer, rivalsChart, russiaBudgetChart, usEuropeChart } from "../../../src/charts/index.ts";
import { Chart } from "../Chart.tsx";
import { choices } from "../controls.tsx";
import type { PageProps } from "./props.ts";

export function ComparePage({ dataset, params }: PageProps) {
  const { asOf } = choices(dataset, params);
  const year = latestMoneyYear(dataset, asOf) ?? asOf;
  const comparison = useMemo(() => compareWithRivals(dataset, year), [dataset, year]);
  const burden = useMemo(() => burdenSharing(dataset, year), [dataset, year]);
  const rivals = useMemo(() => rivalsChart(comparison, citer(dataset)), [comparison, dataset]);
  const beyond = useMemo(() => rivalsBeyondExchangeRates(dataset), [dataset]);
  const russiaBudget = useMemo(() => russiaBudgetChart(beyond, citer(dataset)), [beyond, dataset]);
  const usEurope = useMemo(
    () => usEuropeChart(usVersusEuropeSeries(dataset, asOf), citer(dataset)),
    [dataset, asOf],
  );
  return (
    <>
      <h1>The alliance, Russia and China</h1>
      <p className="caveat">{comparison.note}</p>
      <Chart spec={rivals} file={`rivals-${year}`} />
      <h2>Russia and China beyond market exchange rates</h2>
      <p className="caveat">{beyond.note}</p>
      <div className="table-wrap">
        <table>
          <caption>At purchasing power parity: published estimates, USD billion</caption>
          <thead>
            <tr>
              <th scope="col">Country</th>
              <th scope="col">Year</th>
              <th scope="col">At PPP</th>
              <th scope="col">SIPRI, market rates</th>
              <th scope="col">Definition</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {beyond.purchasingPower.map((f) => (
              <tr key={`${f.country}-${f.year}-${f.unit}`}>
                <th scope="row">{f.name}</th>
                <td>{f.year}</td>
                <td>{(f.value / 1000).toFixed(1)}</td>
                <td>
                  {f.sipriUsdCurrentM === null ? "–" : (f.sipriUsdCurrentM / 1000).toFixed(1)}
                </td>
                <td className="wrap">{f.definition}</td>
                <td className="wrap">{f.sourceIds.join(", ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-wrap">
        <table>
          <caption>
            Russia: the "National defence" budget chapter as a share of federal spending and of GDP
          </caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col">Share, %</th>
              <th scope="col">Of</th>
              <th scope="col">Definition</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {beyond.russiaBudget.map((f) => (
              <tr key={`${f.year}-${f.unit}`}>
                <th scope="row">{f.year}</th>
                <td>{f.value.toFixed(2)}</td>
                <td>{f.metric === "share_federal_spending_pct" ? "federal spending" : "GDP"}</td>
                <td className="wrap">{f.definition}</td>
                <td className="wrap">{f.sourceIds.join(", ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Chart spec={russiaBudget} file="russia-budget" />
      <p className="caveat">
        SIPRI's broader military expenditure for Russia, % of GDP:{" "}
        {beyond.russiaSipriShareGdp.map((f) => `${f.year} ${f.value.toFixed(2)}`).join(", ")}.
      </p>
      <ul className="not-found" aria-label="Not found">
        {beyond.notFound.map((n) => (
          <li key={n}>Not found: {n}</li>
        ))}
      </ul>
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
