import { type Group, membersIn } from "../analysis/alliance.ts";
import { roundTo } from "../data/rounding.ts";
import { displayName } from "../data/vocabulary.ts";
import { ADDITIVE_METRICS } from "./layout.ts";
import type { ImportedFigure, ImportIssue } from "./types.ts";
import { EXPECTED_ROWS } from "./workbook.ts";

/* Pure checks of a whole edition, beyond what each row's own rules catch. */

const ALLIES_WITH_FORCES = EXPECTED_ROWS.filter((c) => c !== "NATO" && c !== "NEC");

/** Every ally with armed forces has at least one figure for each metric the file gives. */
export function missingAllies(file: string, figures: readonly ImportedFigure[]): ImportIssue[] {
  const have = new Map<string, Set<string>>();
  for (const f of figures) {
    const set = have.get(f.metric) ?? new Set<string>();
    set.add(f.ally);
    have.set(f.metric, set);
  }
  const issues: ImportIssue[] = [];
  for (const [metric, allies] of have) {
    const missing = ALLIES_WITH_FORCES.filter((a) => !allies.has(a));
    if (missing.length > 0)
      issues.push({
        where: `${file} (${metric})`,
        value: `no figure for ${missing.map((a) => `${displayName(a)} (${a})`).join(", ")}`,
        expected: `figures for every ally with armed forces (${ALLIES_WITH_FORCES.length})`,
      });
  }
  return issues;
}

/**
 * NATO's aggregates equal the sum of their members' figures (an ally counts from its accession
 * year). NATO rounds every figure it prints, so the sum may be off by half a unit a term.
 */
export function aggregatesAddUp(figures: readonly ImportedFigure[]): ImportIssue[] {
  const byKey = new Map<string, ImportedFigure>();
  for (const f of figures) byKey.set(`${f.ally}|${f.metric}|${f.year}`, f);
  const issues: ImportIssue[] = [];
  for (const f of figures) {
    if (!ADDITIVE_METRICS.has(f.metric) || (f.ally !== "NATO" && f.ally !== "NEC")) continue;
    // Iceland has no armed forces: NATO publishes no figure for it and counts none
    const members = membersIn(f.ally as Group, f.year).filter((m) => m !== "ISL");
    const parts = members.map((m) => byKey.get(`${m}|${f.metric}|${f.year}`));
    // an aggregate beside a member with no figure cannot be checked: NATO estimated the gap
    if (parts.some((p) => p === undefined)) continue;
    const sum = parts.reduce((s, p) => s + (p?.value ?? 0), 0);
    const tolerance = 0.5 * (members.length + 1);
    if (Math.abs(sum - f.value) > tolerance)
      issues.push({
        where: f.where,
        value: String(f.value),
        expected: `${displayName(f.ally)} ${f.metric} ${f.year} to equal the sum of its ${members.length} members' figures, ${roundTo(sum, 2)}, within ${tolerance} (rounding); it is off by ${roundTo(f.value - sum, 2)}`,
      });
  }
  return issues;
}
