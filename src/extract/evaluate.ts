import type { Claim } from "./extract.ts";

/** An expected claim in a test fixture: `quote` must be part of the claim's evidence sentence. */
export interface ExpectedClaim {
  readonly kind: "target" | "horizon";
  readonly quote: string;
  readonly ally?: string | null;
  readonly sharePct?: number | null;
  readonly targetYear?: number | null;
  readonly stance?: string;
  readonly horizonYear?: number;
}

export interface Scores {
  readonly expected: number;
  readonly predicted: number;
  readonly matched: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface Evaluation {
  readonly target: Scores;
  readonly horizon: Scores;
  /** Share of matched claims with the field right. */
  readonly fields: Readonly<Record<"country" | "share" | "year" | "stance", number>>;
  readonly misses: readonly { file: string; expected: ExpectedClaim }[];
  readonly extras: readonly { file: string; claim: Claim }[];
  /** Matched claims with a field wrong. */
  readonly wrong: readonly { file: string; field: string; expected: unknown; got: unknown }[];
}

function scores(expected: number, predicted: number, matched: number): Scores {
  const precision = predicted === 0 ? 1 : matched / predicted;
  const recall = expected === 0 ? 1 : matched / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { expected, predicted, matched, precision, recall, f1 };
}

/**
 * Matches predicted claims to expected ones (same kind, the quote inside the evidence sentence,
 * the same share when the sentence has several), then scores detection and each field.
 */
export function evaluateExtraction(
  cases: readonly {
    file: string;
    expected: readonly ExpectedClaim[];
    predicted: readonly Claim[];
  }[],
): Evaluation {
  const counts = { target: { e: 0, p: 0, m: 0 }, horizon: { e: 0, p: 0, m: 0 } };
  const right = { country: [0, 0], share: [0, 0], year: [0, 0], stance: [0, 0] };
  const misses: { file: string; expected: ExpectedClaim }[] = [];
  const extras: { file: string; claim: Claim }[] = [];
  const wrong: { file: string; field: string; expected: unknown; got: unknown }[] = [];
  let file = "";
  const tally = (field: keyof typeof right, expected: unknown, got: unknown) => {
    const counts = right[field] as [number, number];
    counts[0] += expected === got ? 1 : 0;
    counts[1] += 1;
    if (expected !== got) wrong.push({ file, field, expected, got });
  };
  for (const c of cases) {
    file = c.file;
    const free = [...c.predicted];
    for (const e of c.expected) {
      counts[e.kind].e++;
      const candidates = free.filter((p) => p.kind === e.kind && p.sentence.includes(e.quote));
      const pick =
        candidates.find((p) => p.kind === "target" && p.sharePct === (e.sharePct ?? null)) ??
        candidates[0];
      if (!pick) {
        misses.push({ file: c.file, expected: e });
        continue;
      }
      free.splice(free.indexOf(pick), 1);
      counts[e.kind].m++;
      if (pick.kind === "target") {
        tally("country", e.ally ?? null, pick.ally);
        tally("share", e.sharePct ?? null, pick.sharePct);
        tally("year", e.targetYear ?? null, pick.targetYear);
        if (e.stance) tally("stance", e.stance, pick.stance);
      } else {
        tally("year", e.horizonYear, pick.horizonYear);
      }
    }
    for (const p of c.predicted) counts[p.kind].p++;
    extras.push(...free.map((claim) => ({ file: c.file, claim })));
  }
  const ratio = ([a, b]: number[]) => (!b ? 1 : (a ?? 0) / b);
  return {
    target: scores(counts.target.e, counts.target.p, counts.target.m),
    horizon: scores(counts.horizon.e, counts.horizon.p, counts.horizon.m),
    fields: {
      country: ratio(right.country),
      share: ratio(right.share),
      year: ratio(right.year),
      stance: ratio(right.stance),
    },
    misses,
    extras,
    wrong,
  };
}
