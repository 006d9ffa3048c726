import { useMemo } from "react";
import { type UkraineRanking, ukraineSupport } from "../../../src/analysis/index.ts";
import { citer, ukraineChart } from "../../../src/charts/index.ts";
import { Chart } from "../Chart.tsx";
import { hrefFor } from "../url.ts";
import type { PageProps } from "./props.ts";

const bn = (v: number | null) => (v === null ? "–" : v.toFixed(2));
const pct = (v: number | null) => (v === null ? "–" : v.toFixed(2));

/** Aid to Ukraine per ally (Kiel tracker): a ranked chart, the table, the totals. */
export default function UkrainePage({ dataset, params, update }: PageProps) {
  const measure: UkraineRanking = params.get("measure") === "gdp" ? "gdp" : "eur";
  const record = useMemo(() => ukraineSupport(dataset, measure), [dataset, measure]);
  const spec = useMemo(
    () => ukraineChart(record, measure, citer(dataset)),
    [record, measure, dataset],
  );
  const t = record.totals;
  return (
    <>
      <h1>Aid to Ukraine</h1>
      <p>
        {record.release}, data to {record.cutoff}. {record.rows.length} allies are covered
        {record.notCovered.length > 0 &&
          `; not covered: ${record.notCovered.map((n) => n.name).join(", ")}`}
        .
      </p>
      <p className="caveat">{record.includes}</p>
      <fieldset className="toggle">
        <legend>Rank by</legend>
        {(
          [
            ["eur", "EUR billion"],
            ["gdp", "% of GDP"],
          ] as const
        ).map(([m, label]) => (
          <label key={m}>
            <input
              type="radio"
              name="measure"
              value={m}
              checked={measure === m}
              onChange={() => update({ measure: m === "eur" ? null : m })}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <Chart spec={spec} file={`ukraine-${measure}-${record.cutoff}`} />
      <div className="table-wrap">
        <table>
          <caption>
            Allocated and committed aid, EUR billion and % of 2021 GDP, ranked by{" "}
            {measure === "eur" ? "total allocated (EUR)" : "total allocated (% of GDP)"}
          </caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Ally</th>
              <th scope="col">Military allocated</th>
              <th scope="col">Total allocated</th>
              <th scope="col">Military committed</th>
              <th scope="col">Total committed</th>
              <th scope="col">Military alloc., % GDP</th>
              <th scope="col">Total alloc., % GDP</th>
            </tr>
          </thead>
          <tbody>
            {record.rows.map((r) => (
              <tr key={r.ally}>
                <td>{r.rank}</td>
                <th scope="row">
                  <a
                    href={hrefFor({ page: "ally", ally: r.ally, measure: null }, params)}
                    onClick={(e) => {
                      e.preventDefault();
                      update({ page: "ally", ally: r.ally, measure: null });
                    }}
                  >
                    {r.name}
                  </a>
                </th>
                <td>{bn(r.militaryAllocatedEurBn)}</td>
                <td>{bn(r.totalAllocatedEurBn)}</td>
                <td>{bn(r.militaryCommittedEurBn)}</td>
                <td>{bn(r.totalCommittedEurBn)}</td>
                <td>{pct(r.militaryAllocatedPctGdp)}</td>
                <td>{pct(r.totalAllocatedPctGdp)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-wrap">
        <table>
          <caption>The allies together against the United States, EUR billion</caption>
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col">Military allocated</th>
              <th scope="col">Total allocated</th>
              <th scope="col">Military committed</th>
              <th scope="col">Total committed</th>
            </tr>
          </thead>
          <tbody>
            {(
              [
                [`All ${record.rows.length} allies`, t.allies],
                ["United States", t.unitedStates],
                ["Allies but the US", t.alliesExceptUnitedStates],
              ] as const
            ).map(([label, x]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{bn(x?.militaryAllocatedEurBn ?? null)}</td>
                <td>{bn(x?.totalAllocatedEurBn ?? null)}</td>
                <td>{bn(x?.militaryCommittedEurBn ?? null)}</td>
                <td>{bn(x?.totalCommittedEurBn ?? null)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="caveat">
        Committed shares of GDP are computed here from Kiel's 2021 GDP (total allocated over its
        share); the military allocated share was computed the same way when the data was compiled.
        Sources: {record.sourceIds.join(", ")}.
      </p>
    </>
  );
}
