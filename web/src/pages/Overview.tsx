import { lazy, Suspense, useCallback, useMemo, useState } from "react";
import {
  allianceView,
  countsInWords,
  guidelineLines,
  STATUS_RULES,
  STATUSES,
  verdictNote,
  WINDOW_YEARS,
} from "../../../src/analysis/index.ts";
import { citer, rankingChart, STATUS_COLOURS, statusChart } from "../../../src/charts/index.ts";
import { Chart } from "../Chart.tsx";
import { Controls, choices } from "../controls.tsx";
import { hrefFor } from "../url.ts";
import type { PageProps } from "./props.ts";

const MapSection = lazy(() => import("../MapSection.tsx"));

const f = (n: number | null | undefined, d = 2) =>
  n === null || n === undefined ? "–" : n.toFixed(d);

export function OverviewPage({ dataset, params, update }: PageProps) {
  const c = choices(dataset, params);
  const view = useMemo(
    () => allianceView(dataset, c.target, { asOf: c.asOf }),
    [dataset, c.target, c.asOf],
  );
  const thresholds = useMemo(() => guidelineLines(dataset), [dataset]);
  const cite = useMemo(() => citer(dataset), [dataset]);
  const ranking = useMemo(() => rankingChart(view, thresholds, cite), [view, thresholds, cite]);
  const status = useMemo(() => statusChart(view, cite), [view, cite]);
  // the map (and its shapes) loads once the ranking is drawn, so it never delays the first chart
  const [rankingDrawn, setRankingDrawn] = useState(false);
  const onRankingDrawn = useCallback(() => setRankingDrawn(true), []);
  return (
    <>
      <h1>Who meets what they promised?</h1>
      <Controls dataset={dataset} params={params} update={update} />
      <p className="summary" aria-live="polite">
        {view.target.label}, due {view.target.deadline ?? "–"} ({view.target.deadlineFrom}); figures
        up to {view.asOf}:{" "}
        {STATUSES.map((s) => (
          <span key={s} className={`badge ${s}`}>
            {s.replace("_", " ")} {view.counts[s]}
          </span>
        ))}
        {view.noFigure.length > 0 && <span> No figure: {view.noFigure.join(", ")}.</span>}
      </p>
      <p className="verdict-counts">{countsInWords(view)}.</p>
      {view.evaluations.some((e) => e.gdpFlags.length > 0) && (
        <ul className="gdp-checks" aria-label="GDP checks">
          {view.evaluations
            .filter((e) => e.gdpFlags.length > 0)
            .map((e) => (
              <li key={e.ally}>
                {e.name}: {e.gdpFlags.join("; ")}
              </li>
            ))}
        </ul>
      )}
      {view.target.caveat && <p className="caveat">{view.target.caveat}</p>}
      <Chart
        spec={ranking}
        file={`ranking-${view.target.id}-${view.asOf}`}
        onRendered={onRankingDrawn}
      />
      {rankingDrawn ? (
        <Suspense fallback={<p aria-live="polite">Loading the map…</p>}>
          <MapSection
            view={view}
            thresholds={thresholds}
            cite={cite}
            params={params}
            update={update}
          />
        </Suspense>
      ) : (
        <p aria-live="polite">Loading the map…</p>
      )}
      <div className="table-wrap">
        <table>
          <caption>Every ally against {view.target.label}; e = NATO estimate</caption>
          <thead>
            <tr>
              <th scope="col">Ally</th>
              <th scope="col">Share of GDP</th>
              <th scope="col">Gap, pp</th>
              <th scope="col">Gap, $bn/yr</th>
              <th scope="col">Trend, pp/yr</th>
              <th scope="col">Reaches</th>
              <th scope="col">Needs, pp/yr</th>
              <th scope="col">Status</th>
              <th scope="col">On actual figures only</th>
              <th scope="col">With a {WINDOW_YEARS.join(" / ")}-year trend</th>
            </tr>
          </thead>
          <tbody>
            {view.evaluations.map((e) => (
              <tr key={e.ally}>
                <th scope="row">
                  <a
                    href={hrefFor({ page: "ally", ally: e.ally }, params)}
                    onClick={(ev) => {
                      ev.preventDefault();
                      update({ page: "ally", ally: e.ally });
                    }}
                  >
                    {e.name}
                  </a>
                </th>
                <td>
                  {f(e.current?.value)}
                  {e.current?.status === "estimate" ? "e" : ""} ({e.current?.year})
                  {e.gdpFlags.length > 0 && (
                    <abbr title={`GDP check: ${e.gdpFlags.join("; ")}`}> G</abbr>
                  )}
                </td>
                <td>{f(e.gap?.points)}</td>
                <td>
                  {e.gap?.usdM === null || e.gap?.usdM === undefined
                    ? "–"
                    : (e.gap.usdM / 1000).toFixed(1)}
                </td>
                <td>{f(e.trend?.perYear)}</td>
                <td>{e.trend ? (e.trend.reachesIn ?? "not at trend") : "–"}</td>
                <td>{f(e.required?.pointsPerYear)}</td>
                <td>
                  <span
                    className={`badge ${e.status}`}
                    style={{ borderColor: STATUS_COLOURS[e.status ?? ""] }}
                  >
                    {e.status?.replace("_", " ")}
                  </span>
                </td>
                <td
                  className="wrap"
                  title={e.onlyOnEstimates ? (verdictNote(e) ?? undefined) : undefined}
                >
                  {e.actuals
                    ? `${e.actuals.status.replace("_", " ")} (${e.actuals.current.year})${e.onlyOnEstimates ? ": differs" : ""}`
                    : "–"}
                </td>
                <td className="wrap">
                  {e.windows.map((w) => w.status.replace("_", " ")).join(" / ")}
                  {e.fragile ? " (fragile)" : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Chart spec={status} file={`status-${view.target.id}-${view.asOf}`} />
      <details>
        <summary>How each status is decided</summary>
        <dl>
          {STATUSES.map((s) => (
            <div key={s}>
              <dt>{s.replace("_", " ")}</dt>
              <dd>{STATUS_RULES[s]}</dd>
            </div>
          ))}
        </dl>
      </details>
    </>
  );
}
