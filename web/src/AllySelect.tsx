import { ALLIES } from "../../src/data/index.ts";

/** A choice of ally by name; `allLabel` adds a first option for no filter. */
export function AllySelect({
  value,
  onChange,
  allLabel,
}: {
  value: string;
  onChange: (iso3: string | null) => void;
  allLabel?: string;
}) {
  return (
    <label>
      Ally
      <select value={value} onChange={(e) => onChange(e.target.value || null)}>
        {allLabel !== undefined && <option value="">{allLabel}</option>}
        {ALLIES.map((a) => (
          <option key={a.iso3} value={a.iso3}>
            {a.name}
          </option>
        ))}
      </select>
    </label>
  );
}
