import { Random } from "../projection/rng.ts";
import type { Claim } from "./extract.ts";

/**
 * A labelled claim, in the fields of the labeling rules (snake_case as the labels are written):
 * `iso3` is the country whose spending is meant ("NATO", "EU", or a partner's ISO3), `amount` a
 * full number. `quote`, when given, must be part of the predicted claim's sentence.
 */
export interface LabelledClaim {
  readonly type: "target" | "horizon";
  readonly iso3?: string | null;
  readonly share_gdp_pct?: number | null;
  readonly amount?: number | null;
  readonly currency?: string | null;
  readonly year?: number | null;
  readonly basis?: string | null;
  readonly kind?: string | null;
  readonly speaker?: string | null;
  /** For horizons: the state that could attack (RUS, CHN). */
  readonly actor_threat?: string | null;
  readonly ambiguous?: boolean;
  readonly quote?: string;
}

export interface Scores {
  readonly expected: number;
  readonly predicted: number;
  readonly matched: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export type Field = "country" | "share" | "amount" | "year" | "kind" | "basis" | "threat";

/** Who a claim is about, in groups: one ally, the alliance, the EU, a threat, another state. */
export type ActorGroup = "ally" | "alliance" | "EU" | "threat" | "other" | "none";

/**
 * Where the target errors lie: of the proposed targets, how many were right, by group; of the
 * labelled targets, how many were found, by the country's group.
 */
export interface Breakdown {
  readonly proposed: Readonly<Record<string, { readonly right: number; readonly of: number }>>;
  readonly labelled: Readonly<Record<string, { readonly found: number; readonly of: number }>>;
}

export interface ExtractionScore {
  readonly target: Scores;
  readonly horizon: Scores;
  /** Share right, and how many were compared, per field over matched claims. */
  readonly fields: Readonly<Record<Field, { readonly right: number; readonly of: number }>>;
  readonly misses: readonly { file: string; expected: LabelledClaim }[];
  readonly extras: readonly { file: string; claim: Claim }[];
  readonly wrong: readonly { file: string; field: Field; expected: unknown; got: unknown }[];
  readonly breakdown: Breakdown;
}

export interface Case {
  readonly file: string;
  readonly expected: readonly LabelledClaim[];
  readonly predicted: readonly Claim[];
}

function scores(expected: number, predicted: number, matched: number): Scores {
  const precision = predicted === 0 ? 1 : matched / predicted;
  const recall = expected === 0 ? 1 : matched / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { expected, predicted, matched, precision, recall, f1 };
}

const near = (a: number, b: number) => Math.abs(a - b) <= Math.abs(b) * 0.005;

/** The predicted amount as a full number (claims carry billions). */
const fullAmount = (c: Claim) => (c.kind === "target" && c.amount !== null ? c.amount * 1e9 : null);

/**
 * A target is found when a claim names the same country and the same figure (the share when
 * the label has one, else the amount); a horizon when a claim gives the same year. The other
 * fields are then scored on the matched pairs.
 */
function sameClaim(e: LabelledClaim, p: Claim): boolean {
  if (e.quote !== undefined && !p.sentence.includes(e.quote)) return false;
  if (e.type !== p.kind) return false;
  if (p.kind === "horizon") return p.horizonYear === e.year;
  if ((e.iso3 ?? null) !== p.ally) return false;
  if (e.share_gdp_pct != null) return p.sharePct === e.share_gdp_pct;
  const amount = fullAmount(p);
  if (e.amount == null && e.quote !== undefined) return true;
  return e.amount != null && amount !== null && near(amount, e.amount);
}

function fieldsOf(e: LabelledClaim, p: Claim): [Field, unknown, unknown][] {
  if (p.kind === "horizon")
    return e.actor_threat != null ? [["threat", e.actor_threat, p.threat]] : [];
  const out: [Field, unknown, unknown][] = [];
  if (e.year !== undefined) out.push(["year", e.year, p.targetYear]);
  if (e.kind != null) out.push(["kind", e.kind, p.stance]);
  if (e.basis != null) out.push(["basis", e.basis, p.basis ?? "unspecified"]);
  if (e.share_gdp_pct != null && e.amount != null) out.push(["amount", e.amount, fullAmount(p)]);
  if (e.share_gdp_pct == null && e.amount != null) out.push(["share", null, p.sharePct]);
  return out;
}

const agree = (e: LabelledClaim, p: Claim) =>
  fieldsOf(e, p).filter(([f, a, b]) =>
    f === "amount" && typeof a === "number" && typeof b === "number" ? near(b, a) : a === b,
  ).length;

/**
 * Scores predicted claims against labelled ones. An ambiguous label counts when found and is not
 * missed when absent. Each label takes at most one claim (the one agreeing on most fields), so a
 * figure proposed twice counts once and the repeat is a false positive. Country attribution is
 * scored over claims whose figure matches a label's: of those, how many named the right country.
 */
export function evaluateExtraction(
  cases: readonly Case[],
  groupOf: (iso3: string | null) => ActorGroup = () => "other",
): ExtractionScore {
  const proposed: Record<string, { right: number; of: number }> = {};
  const labelled: Record<string, { found: number; of: number }> = {};
  const tally = <T extends Record<string, number>>(into: Record<string, T>, key: string, zero: T) =>
    (into[key] ??= { ...zero });
  const counts = { target: { e: 0, p: 0, m: 0 }, horizon: { e: 0, p: 0, m: 0 } };
  const tallies: Record<Field, { right: number; of: number }> = {
    country: { right: 0, of: 0 },
    share: { right: 0, of: 0 },
    amount: { right: 0, of: 0 },
    year: { right: 0, of: 0 },
    kind: { right: 0, of: 0 },
    basis: { right: 0, of: 0 },
    threat: { right: 0, of: 0 },
  };
  const misses: { file: string; expected: LabelledClaim }[] = [];
  const extras: { file: string; claim: Claim }[] = [];
  const wrong: { file: string; field: Field; expected: unknown; got: unknown }[] = [];
  for (const c of cases) {
    const free = [...c.predicted];
    const ordered = [...c.expected].sort((a, b) => Number(!!a.ambiguous) - Number(!!b.ambiguous));
    for (const e of ordered) {
      const candidates = free.filter((p) => sameClaim(e, p));
      const pick = candidates.sort((a, b) => agree(e, b) - agree(e, a))[0];
      if (!pick) {
        if (!e.ambiguous) {
          counts[e.type].e++;
          misses.push({ file: c.file, expected: e });
        }
        if (!e.ambiguous && e.type === "target")
          tally(labelled, `actor ${groupOf(e.iso3 ?? null)}`, { found: 0, of: 0 }).of++;
        continue;
      }
      counts[e.type].e++;
      counts[e.type].m++;
      free.splice(free.indexOf(pick), 1);
      if (e.type === "target") {
        const t = tally(labelled, `actor ${groupOf(e.iso3 ?? null)}`, { found: 0, of: 0 });
        t.of++;
        t.found++;
      }
      for (const [field, expected, got] of fieldsOf(e, pick)) {
        const ok =
          field === "amount" && typeof expected === "number" && typeof got === "number"
            ? near(got, expected)
            : expected === got;
        tallies[field].of++;
        if (ok) tallies[field].right++;
        else wrong.push({ file: c.file, field, expected, got });
      }
    }
    for (const p of c.predicted) counts[p.kind].p++;
    extras.push(...free.map((claim) => ({ file: c.file, claim })));
    for (const p of c.predicted) {
      if (p.kind !== "target") continue;
      const right = free.includes(p) ? 0 : 1;
      for (const key of [
        `actor ${groupOf(p.ally)}`,
        p.sharePct !== null ? "figure share" : "figure sum only",
        p.targetYear !== null ? "year stated" : "year none",
        `kind ${p.stance}`,
      ]) {
        const t = tally(proposed, key, { right: 0, of: 0 });
        t.of++;
        t.right += right;
      }
    }
    // attribution: every claim whose figure is a labelled one's, right country or not
    for (const p of c.predicted) {
      if (p.kind !== "target") continue;
      const sameFigure = c.expected.filter(
        (e) => e.type === "target" && sameClaim({ ...e, iso3: p.ally }, p),
      );
      if (sameFigure.length === 0) continue;
      tallies.country.of++;
      if (sameFigure.some((e) => (e.iso3 ?? null) === p.ally)) tallies.country.right++;
      else
        wrong.push({
          file: c.file,
          field: "country",
          expected: sameFigure.map((e) => e.iso3).join("/"),
          got: p.ally,
        });
    }
  }
  return {
    target: scores(counts.target.e, counts.target.p, counts.target.m),
    horizon: scores(counts.horizon.e, counts.horizon.p, counts.horizon.m),
    fields: tallies,
    misses,
    extras,
    wrong,
    breakdown: { proposed, labelled },
  };
}

/**
 * How far a part's targets F1 could move with other articles of the same kind: a percentile
 * bootstrap over articles (each resample draws as many articles as the part has, with
 * replacement, and scores their summed counts). Seeded, so a run repeats exactly.
 */
export function f1Interval(
  cases: readonly Case[],
  { reps = 2000, seed = 1, level = 0.95 } = {},
): { low: number; high: number } {
  if (cases.length === 0) return { low: Number.NaN, high: Number.NaN };
  const each = cases.map((c) => evaluateExtraction([c]).target);
  const random = new Random(seed);
  const f1s = new Float64Array(reps);
  for (let r = 0; r < reps; r++) {
    let e = 0;
    let p = 0;
    let m = 0;
    for (let i = 0; i < each.length; i++) {
      const t = each[Math.floor(random.uniform() * each.length)] as Scores;
      e += t.expected;
      p += t.predicted;
      m += t.matched;
    }
    f1s[r] = scores(e, p, m).f1;
  }
  f1s.sort();
  const at = (q: number) =>
    f1s[Math.min(reps - 1, Math.max(0, Math.round(q * (reps - 1))))] as number;
  return { low: at((1 - level) / 2), high: at(1 - (1 - level) / 2) };
}
