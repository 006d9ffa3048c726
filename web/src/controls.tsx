import { GUIDELINE_TARGET_IDS, GUIDELINE_TARGETS, targetFor } from "../../src/analysis/index.ts";
import type { Dataset } from "../../src/data/index.ts";
import { API_FIELDS, resolveAsOf } from "../../src/input/resolve.ts";

/** Target, deadline, as-of and horizon, read from the URL with the engine's own rules. */
export function choices(dataset: Dataset, params: URLSearchParams) {
  // the as-of year with the CLI's and the API's rule (src/input): a year the data covers
  let problem: string | null = null;
  const latest = resolveAsOf(dataset, {}, API_FIELDS).asOf;
  const asked = params.get("asOf");
  let asOf = latest;
  try {
    asOf = resolveAsOf(
      dataset,
      { asOf: asked === null ? undefined : Number(asked) },
      API_FIELDS,
    ).asOf;
  } catch (error) {
    problem = (error as Error).message;
  }
  const byText = params.get("by");
  const by = byText && /^\d{4}$/.test(byText) ? Number(byText) : undefined;
  const horizon = params.get("horizon") === "true";
  const name = params.get("target") ?? "hague-core";
  let chosen: ReturnType<typeof targetFor>;
  try {
    chosen = targetFor(dataset, { name, by: horizon ? undefined : by, horizon });
  } catch (error) {
    problem = (error as Error).message;
    chosen = targetFor(dataset, {});
  }
  return { asOf, latest, by, horizon, name, target: chosen.target, problem };
}

export function Controls({
  dataset,
  params,
  update,
}: {
  dataset: Dataset;
  params: URLSearchParams;
  update: (changes: Record<string, string | null>) => void;
}) {
  const c = choices(dataset, params);
  const years = [...new Set(dataset.series("NATO", "share_gdp_pct").map((p) => p.year))].sort(
    (a, b) => b - a,
  );
  return (
    <form className="controls" aria-label="Target and years" onSubmit={(e) => e.preventDefault()}>
      <label>
        Target
        <select value={c.name} onChange={(e) => update({ target: e.target.value })}>
          {GUIDELINE_TARGET_IDS.map((id) => (
            <option key={id} value={id}>
              {GUIDELINE_TARGETS[id].label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Deadline
        <input
          type="number"
          min={2000}
          max={2100}
          placeholder={String(c.target.deadline ?? "")}
          value={c.by ?? ""}
          disabled={c.horizon}
          onChange={(e) => update({ by: e.target.value || null })}
        />
      </label>
      <label>
        As of
        <select
          value={c.asOf}
          onChange={(e) =>
            update({ asOf: e.target.value === String(c.latest) ? null : e.target.value })
          }
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={c.horizon}
          onChange={(e) => update({ horizon: e.target.checked ? "true" : null })}
        />
        Deadline at the threat horizon
      </label>
      {c.problem && <p role="alert">{c.problem}</p>}
    </form>
  );
}
