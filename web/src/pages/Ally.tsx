import { useEffect, useMemo, useState } from "react";
import {
  allyProfile,
  PLEDGE_VERDICTS,
  pledgeTargetText,
  ukraineSupport,
  ukraineSupportOf,
  verdictNote,
} from "../../../src/analysis/index.ts";
import { citer, historyChart } from "../../../src/charts/index.ts";
import { ALLIES, shortCitation } from "../../../src/data/index.ts";
import {
  allyProjection,
  DEFAULT_PATHS,
  DEFAULT_SEED,
  ODDS_MODEL_WHY,
  PATH_DESCRIPTIONS,
  PATH_KINDS,
  type PathKind,
} from "../../../src/projection/index.ts";
import type { RegistryPledge } from "../../../src/store/registry.ts";
import { AllySelect } from "../AllySelect.tsx";
import { AllyCapabilitiesTable } from "../Capabilities.tsx";
import { Chart } from "../Chart.tsx";
import { choices } from "../controls.tsx";
import { hrefFor } from "../url.ts";
import type { PageProps } from "./props.ts";

const f = (n: number | null | undefined, d = 2) =>
  n === null || n === undefined ? "–" : n.toFixed(d);

export function AllyPage({ dataset, params, update }: PageProps) {
  const c = choices(dataset, params);
  const ally = ALLIES.some((a) => a.iso3 === params.get("ally"))
    ? (params.get("ally") as string)
    : "DEU";
  const pathParam = params.get("path");
  const path = PATH_KINDS.includes(pathParam as PathKind) ? (pathParam as PathKind) : undefined;
  // reviewed pledges from the server's store, if it has one, beside the bundled ones
  const [registered, setRegistered] = useState<RegistryPledge[]>([]);
  useEffect(() => {
    fetch("/api/registry")
      .then((r) => (r.ok ? (r.json() as Promise<{ pledges: RegistryPledge[] }>) : { pledges: [] }))
      .then((body) => setRegistered(body.pledges))
      .catch(() => setRegistered([]));
  }, []);
  const reviewed = useMemo(() => registered.filter((p) => p.review === "accepted"), [registered]);
  // accepted claims that repeat a pledge, shown as its further sources
  const furtherOf = (id: string) =>
    registered
      .find((r) => r.pledge.id === id)
      ?.furtherSources.map((f) => `claim:${f.claimId}${f.sourceUrl ? ` (${f.sourceUrl})` : ""}`) ??
    [];
  const profile = useMemo(
    () =>
      allyProfile(
        dataset,
        ally,
        { asOf: c.asOf },
        reviewed.map((r) => r.pledge),
      ),
    [dataset, ally, c.asOf, reviewed],
  );
  const reviewOf = (id: string) =>
    reviewed.some((r) => r.pledge.id === id) ? "accepted from an article" : "bundled";
  const hasFigures = profile.history.length > 0;
  // one projection and one Monte Carlo run serve both the chart's fan and the odds line
  const projection = useMemo(() => {
    if (!path || !hasFigures) return { value: null, problem: null };
    try {
      return {
        value: allyProjection(dataset, ally, path, { asOf: c.asOf, target: c.target }),
        problem: null,
      };
    } catch (error) {
      return { value: null, problem: (error as Error).message };
    }
  }, [dataset, ally, path, hasFigures, c.asOf, c.target]);
  const spec = useMemo(
    () => (hasFigures ? historyChart(profile, projection.value ?? {}, citer(dataset)) : null),
    [profile, projection, hasFigures, dataset],
  );
  const odds = projection.value;
  const aid = useMemo(() => ukraineSupportOf(ukraineSupport(dataset), ally), [dataset, ally]);
  const pct = (p: number | null) => (p === null ? "–" : `${(p * 100).toFixed(1)}%`);
  return (
    <>
      <h1>{profile.name}</h1>
      <form
        className="controls"
        onSubmit={(e) => e.preventDefault()}
        aria-label="Ally and projection"
      >
        <AllySelect value={ally} onChange={(iso3) => update({ ally: iso3 })} />
        <label>
          Projection
          <select value={path ?? ""} onChange={(e) => update({ path: e.target.value || null })}>
            <option value="">none</option>
            {PATH_KINDS.map((k) => (
              <option key={k} value={k}>
                {k}: {PATH_DESCRIPTIONS[k]}
              </option>
            ))}
          </select>
        </label>
      </form>
      {spec ? (
        <Chart spec={spec} file={`${ally}-history${path ? `-${path}` : ""}`} />
      ) : (
        <p>No NATO figures for {profile.name} in the data.</p>
      )}
      {projection.problem && <p role="alert">{projection.problem}</p>}
      {odds && (
        <p className="odds">
          Odds of at least {c.target.threshold}% of GDP (Monte Carlo,{" "}
          {DEFAULT_PATHS.toLocaleString("en")} paths, seed {DEFAULT_SEED}):{" "}
          {pct(odds.odds.pDeadline)} in {odds.deadline}
          {odds.horizon !== null &&
            `, ${pct(odds.odds.pHorizon)} in ${odds.horizon} (threat horizon)`}
          , with the pooled model (the ally's own history shrunk toward the alliance's, prior weight{" "}
          {odds.prior} years). On its own history alone: {pct(odds.ownOdds.pDeadline)} in{" "}
          {odds.deadline}
          {odds.horizon !== null && `, ${pct(odds.ownOdds.pHorizon)} in ${odds.horizon}`}. The
          headline uses the pooled model: {ODDS_MODEL_WHY}. The model and its limits are in
          docs/montecarlo.md: read them before citing these odds.
        </p>
      )}
      <p className="aid">
        Aid to Ukraine ({aid.release}, to {aid.cutoff}):{" "}
        {aid.row
          ? `€${aid.row.totalAllocatedEurBn?.toFixed(2)}bn allocated (${aid.row.totalAllocatedPctGdp?.toFixed(2)}% of 2021 GDP), of which military €${aid.row.militaryAllocatedEurBn?.toFixed(2)}bn; €${aid.row.totalCommittedEurBn?.toFixed(2)}bn committed; rank ${aid.row.rank} of ${aid.covered} allies. Bilateral aid only. Sources: ${aid.row.sourceIds.join(", ")}.`
          : `no figure: ${aid.reason}.`}{" "}
        <a
          href={hrefFor({ page: "ukraine", ally: null, path: null }, params)}
          onClick={(e) => {
            e.preventDefault();
            update({ page: "ukraine", ally: null, path: null });
          }}
        >
          Every ally
        </a>
      </p>
      <h2>Targets</h2>
      <div className="table-wrap">
        <table>
          <caption>Gap to each target, as of {profile.asOf}</caption>
          <thead>
            <tr>
              <th scope="col">Target</th>
              <th scope="col">Due</th>
              <th scope="col">Now</th>
              <th scope="col">Gap, pp</th>
              <th scope="col">Gap, $bn/yr</th>
              <th scope="col">Needs, pp/yr</th>
              <th scope="col">Reaches at trend</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {profile.evaluations.map((e) => (
              <tr key={e.target.id}>
                <th scope="row" className="wrap">
                  {e.target.label}
                </th>
                <td>{e.target.deadline ?? "–"}</td>
                <td>{f(e.current?.value)}</td>
                <td>{f(e.gap?.points)}</td>
                <td>{e.gap?.usdM == null ? "–" : (e.gap.usdM / 1000).toFixed(1)}</td>
                <td>{f(e.required?.pointsPerYear)}</td>
                <td>{e.trend ? (e.trend.reachesIn ?? "not at trend") : "–"}</td>
                <td className="wrap">
                  <span className={`badge ${e.status}`}>
                    {e.status?.replace("_", " ") ?? "no figure"}
                  </span>
                  {verdictNote(e) && <small> {verdictNote(e)}</small>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {[...new Set(profile.evaluations.flatMap((e) => e.gdpFlags))].map((flag) => (
        <p key={flag} className="gdp-check">
          GDP check: {flag}
        </p>
      ))}
      <AllyCapabilitiesTable dataset={dataset} ally={ally} asOf={c.asOf} />
      <h2>Pledges</h2>
      {profile.pledges.length === 0 && <p>No pledges in the data.</p>}
      <ul className="pledges">
        {profile.pledges.map((p) => (
          <li key={p.pledge.id}>
            <strong>
              {p.pledge.id} · {p.pledge.madeOn}
            </strong>{" "}
            {p.pledge.speaker} ({p.pledge.role}): {pledgeTargetText(p.pledge)}
            <br />
            <span className={`badge ${p.verdict}`} title={PLEDGE_VERDICTS[p.verdict]}>
              {p.verdict.replace(/_/g, " ")}
            </span>{" "}
            {p.explanation}.{" "}
            {p.actuals && p.actuals.verdict !== p.verdict
              ? `On actual figures only: ${p.actuals.verdict.replace(/_/g, " ")} (${p.actuals.explanation}). `
              : ""}
            <em>Basis: {p.basisNote}.</em> Review: {reviewOf(p.pledge.id)}. Sources:{" "}
            {shortCitation(dataset, p.pledge.sourceIds)}.
            {furtherOf(p.pledge.id).length > 0 &&
              ` Further sources: ${furtherOf(p.pledge.id).join(", ")}.`}
          </li>
        ))}
      </ul>
    </>
  );
}
