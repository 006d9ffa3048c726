import { useMemo } from "react";
import { DEFAULT_TREND_YEARS, resolveTarget, TargetError } from "../../../src/analysis/index.ts";
import {
  BACKTEST_WINDOWS,
  BacktestError,
  backtest,
  DEFAULT_PRIOR,
} from "../../../src/projection/index.ts";
import type { PageProps } from "./props.ts";

const pct = (p: number | undefined) => (p === undefined ? "–" : `${(p * 100).toFixed(0)}%`);
const called = (s: string | undefined) => s === "met" || s === "on_track";

/** The track record: what the rules and the odds would have said then, against what happened. */
export default function BacktestPage({ dataset, params, update }: PageProps) {
  const targetName = params.get("target") ?? "two-percent";
  const asOf = Number(params.get("asOf") ?? 2018);
  const byText = params.get("by");
  const by = byText ? Number(byText) : undefined;
  const result = useMemo(() => {
    try {
      const target = resolveTarget(dataset, targetName, by);
      return { value: backtest(dataset, { target, asOf }), problem: null };
    } catch (error) {
      if (error instanceof BacktestError || error instanceof TargetError) {
        return { value: null, problem: error.message };
      }
      throw error;
    }
  }, [dataset, targetName, asOf, by]);
  const b = result.value;
  const w = b?.windows.find((x) => x.years === DEFAULT_TREND_YEARS);
  const years = Array.from({ length: 12 }, (_, i) => 2014 + i);
  return (
    <>
      <h1>Track record: would the verdicts have been right?</h1>
      <form className="controls" onSubmit={(e) => e.preventDefault()} aria-label="Back-test">
        <label>
          Target
          <select value={targetName} onChange={(e) => update({ target: e.target.value })}>
            <option value="two-percent">2% by 2024 (Wales)</option>
            <option value="1.5">1.5% of GDP</option>
            <option value="2">2% of GDP</option>
            <option value="2.5">2.5% of GDP</option>
          </select>
        </label>
        <label>
          Deadline
          <select value={byText ?? ""} onChange={(e) => update({ by: e.target.value || null })}>
            <option value="">the target's own</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          Called as of
          <select value={asOf} onChange={(e) => update({ asOf: e.target.value })}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </form>
      {result.problem && <p role="alert">{result.problem}</p>}
      {b && w && (
        <>
          <p className="summary" aria-live="polite">
            As of {b.asOf}, the default rules ({DEFAULT_TREND_YEARS}-year trend) called{" "}
            {w.truePositive + w.trueNegative} of {b.rows.length} allies right for{" "}
            {b.target.threshold}% by {b.deadline}; {b.rows.filter((r) => r.reached).length} reached
            it.
          </p>
          <p className="caveat">Note: {b.caveat}.</p>
          <div className="table-wrap">
            <table>
              <caption>
                Scores: a call of met or on track means "will reach it"; odds call it at 50%
              </caption>
              <thead>
                <tr>
                  <th scope="col">Forecast</th>
                  <th scope="col">Called, reached</th>
                  <th scope="col">Called, missed</th>
                  <th scope="col">Not called, reached</th>
                  <th scope="col">Not called, missed</th>
                  <th scope="col">Hit rate</th>
                  <th scope="col">Brier score</th>
                </tr>
              </thead>
              <tbody>
                {[
                  ...b.windows.map((s) => ({
                    label: `Status, ${s.years}-year trend${s.years === DEFAULT_TREND_YEARS ? " (default)" : ""}`,
                    s,
                  })),
                  ...b.priors.map((s) => ({
                    label: `Odds, prior weight ${s.prior}${s.prior === 0 ? " (own history)" : ""}${s.prior === DEFAULT_PRIOR ? " (default)" : ""}`,
                    s,
                  })),
                ].map(({ label, s }) => (
                  <tr key={label}>
                    <th scope="row">{label}</th>
                    <td>{s.truePositive}</td>
                    <td>{s.falsePositive}</td>
                    <td>{s.falseNegative}</td>
                    <td>{s.trueNegative}</td>
                    <td>{(s.hitRate * 100).toFixed(1)}%</td>
                    <td>{s.brier.toFixed(3)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="table-wrap">
            <table>
              <caption>
                Each ally: the call as of {b.asOf}, and the figure for {b.deadline}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Ally</th>
                  <th scope="col">Then</th>
                  <th scope="col">Status ({BACKTEST_WINDOWS.join("/")}-year trend)</th>
                  <th scope="col">Odds (k = {DEFAULT_PRIOR})</th>
                  <th scope="col">Odds (own)</th>
                  <th scope="col">In {b.deadline}</th>
                  <th scope="col">Call</th>
                </tr>
              </thead>
              <tbody>
                {b.rows.map((r) => {
                  const status = r.statusByWindow.find(
                    (x) => x.years === DEFAULT_TREND_YEARS,
                  )?.status;
                  return (
                    <tr key={r.ally}>
                      <th scope="row">{r.name}</th>
                      <td>
                        {r.atAsOf.value.toFixed(2)}
                        {r.atAsOf.status === "estimate" ? "e" : ""} ({r.atAsOf.year})
                      </td>
                      <td>{r.statusByWindow.map((x) => x.status.replace("_", " ")).join(" / ")}</td>
                      <td>{pct(r.oddsByPrior.find((o) => o.prior === DEFAULT_PRIOR)?.p)}</td>
                      <td>{pct(r.oddsByPrior.find((o) => o.prior === 0)?.p)}</td>
                      <td>
                        {r.outcome.value.toFixed(2)}
                        {r.outcome.status === "estimate" ? "e" : ""} (
                        {r.reached ? "reached" : "not reached"})
                      </td>
                      <td>{called(status) === r.reached ? "right" : "wrong"}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
