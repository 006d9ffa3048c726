export interface Sentence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
/** Abbreviations after which ICU's sentence breaker wrongly ends a sentence. */
const ABBREVIATION =
  /(?:\b(?:U\.S|U\.K|E\.U|EE\.UU|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Prof|St|No|vs|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)\s*$/;

/**
 * Sentences with their character offsets, from ICU's sentence breaker (Intl.Segmenter), with
 * breaks after common abbreviations ("U.S.", "Mr.") and inside words ("Y?lmaz") mended.
 */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let pending: { start: number; end: number } | null = null;
  for (const s of segmenter.segment(text)) {
    const start: number = pending?.start ?? s.index;
    const end = s.index + s.segment.length;
    // "Cevdet Y?lmaz": a letter lost in decoding, shown as "?", inside a word ends nothing
    if (
      ABBREVIATION.test(s.segment) ||
      (/\p{L}\?$/u.test(s.segment) && /^\p{L}/u.test(text.slice(end)))
    ) {
      pending = { start, end };
      continue;
    }
    pending = null;
    pushTrimmed(out, text, start, end);
  }
  if (pending) pushTrimmed(out, text, pending.start, pending.end);
  return out;
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number) {
  let a = start;
  let b = end;
  while (a < b && /\s/.test(text[a] ?? "")) a++;
  while (b > a && /\s/.test(text[b - 1] ?? "")) b--;
  if (b > a) out.push({ text: text.slice(a, b), start: a, end: b });
}
