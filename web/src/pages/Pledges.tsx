import { useMemo } from "react";
import {
  checkPledge,
  PLEDGE_VERDICTS,
  type PledgeVerdict,
  pledgeTargetText,
} from "../../../src/analysis/index.ts";
import { citer, pledgesTimelineChart } from "../../../src/charts/index.ts";
import { shortCitation } from "../../../src/data/index.ts";
import { AllySelect } from "../AllySelect.tsx";
import { Chart } from "../Chart.tsx";
import { choices } from "../controls.tsx";
import type { PageProps } from "./props.ts";

export function PledgesPage({ dataset, params, update }: PageProps) {
  const { asOf } = choices(dataset, params);
  const ally = params.get("ally") ?? "";
  const verdict = params.get("verdict") ?? "";
  const checks = useMemo(
    () => dataset.pledges.map((p) => checkPledge(dataset, p, asOf)),
    [dataset, asOf],
  );
  const shown = checks.filter(
    (c) => (!ally || c.pledge.ally === ally) && (!verdict || c.verdict === verdict),
  );
  const spec = useMemo(() => pledgesTimelineChart(shown, citer(dataset)), [shown, dataset]);
  return (
    <>
      <h1>Pledges</h1>
      <form className="controls" onSubmit={(e) => e.preventDefault()} aria-label="Filter pledges">
        <AllySelect value={ally} onChange={(iso3) => update({ ally: iso3 })} allLabel="all" />
        <label>
          Verdict
          <select value={verdict} onChange={(e) => update({ verdict: e.target.value || null })}>
            <option value="">all</option>
            {(Object.keys(PLEDGE_VERDICTS) as PledgeVerdict[]).map((v) => (
              <option key={v} value={v}>
                {v.replace(/_/g, " ")}
              </option>
            ))}
          </select>
        </label>
      </form>
      <p aria-live="polite">
        {shown.length} of {checks.length} pledges, checked against figures up to {asOf}.
      </p>
      <Chart spec={spec} file="pledges-timeline" />
      <div className="table-wrap">
        <table>
          <caption>Pledges, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Made</th>
              <th scope="col">Ally</th>
              <th scope="col">Who</th>
              <th scope="col">Target</th>
              <th scope="col">Basis</th>
              <th scope="col">Verdict</th>
              <th scope="col">On actual figures only</th>
              <th scope="col">Sources</th>
            </tr>
          </thead>
          <tbody>
            {[...shown]
              .sort((a, b) => b.pledge.madeOn.localeCompare(a.pledge.madeOn))
              .map((c) => (
                <tr key={c.pledge.id}>
                  <td>{c.pledge.madeOn}</td>
                  <th scope="row">{c.pledge.ally}</th>
                  <td className="wrap">{c.pledge.speaker}</td>
                  <td className="wrap">{pledgeTargetText(c.pledge)}</td>
                  <td className="wrap" title={c.basisNote}>
                    {c.pledge.basis.replace(/_/g, " ")}
                    {c.judgedAgainst !== null && c.judgedAgainst !== c.pledge.targetSharePct
                      ? ` (judged against the ${c.judgedAgainst}% core component)`
                      : ""}
                    {c.coreOnly ? " (core-only figures; the related 1.5% is not published)" : ""}
                  </td>
                  <td title={c.explanation}>
                    <span className={`badge ${c.verdict}`}>{c.verdict.replace(/_/g, " ")}</span>
                  </td>
                  <td title={c.actuals?.explanation}>
                    {c.actuals ? c.actuals.verdict.replace(/_/g, " ") : "–"}
                    {c.actuals && c.actuals.verdict !== c.verdict ? " (differs)" : ""}
                  </td>
                  <td className="wrap">
                    {shortCitation(dataset, c.pledge.sourceIds, { date: false })}
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
