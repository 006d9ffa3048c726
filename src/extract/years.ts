import { NUMBER_PERCENT, NUMBER_WORDS, SHARE_FIGURE, SHARE_FIGURES } from "./lexicon.ts";

const NUM_WORD = Object.keys(NUMBER_WORDS).join("|");

/** "by 2029", "from 2026", "in fiscal 2025-26", "no earlier than 2035": the first year named. */
const EXPLICIT =
  /\b(?:by|in|until|till|to|from|before|for|starting(?:\s+in)?|through|no earlier than|as early as|(?:sooner|faster|earlier|later) than)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?(?:(?:the\s+)?(?:fiscal|budget|financial)\s+(?:year\s+)?)?(?:FY\s?)?(20\d\d)\b/gi;
/** "FY2026", "fiscal 2026", "budget for 2026", and "the 2026 (draft) defence budget". */
const FISCAL =
  /\b(?:FY\s?|fiscal\s+(?:year\s+)?|budget\s+(?:for\s+)?)(20\d\d)\b|\b(20\d\d)(?:[-/]\d{2,4})?\s+(?:(?:draft|defen[cs]e|military|state|federal|national|union)\s+){0,2}budget\b/gi;
/** A year alone, not a day's date ("on July 30, 2025", "30 July 2025": when, not for when). */
const BARE =
  /(?<!\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+)\b(20[2-4]\d)\b(?!\s*(?:%|per|million|billion))/g;
const RELATIVE = new RegExp(
  `\\b(?:in|within|over|during)\\s+(?:the\\s+next\\s+|the\\s+coming\\s+|a\\s+(?:period|span)\\s+of\\s+)?(\\d+|${NUM_WORD})\\s+years?\\b`,
  "i",
);

const NUMBER_MONEY =
  "\\d+(?:[.,]\\d+)?\\s*(?:billion|bn|trillion|tn|trn|million|mn|lakh crore|crore)\\b";
const NEXT_FIGURE = new RegExp(`${NUMBER_PERCENT}|${NUMBER_MONEY}`, "i");
const MONEY_FIGURES = new RegExp(NUMBER_MONEY, "gi");
/** A clause that measures an earlier figure against a later one: ", bringing it closer to". */
export const YARDSTICK_CLAUSE =
  /[,;]\s*(?:\w+\s+){0,4}?(?:(?:closer|close|nearer|near) to|short of|under|below|behind|above|beyond|exceed(?:s|ing)?|surpass(?:es|ing)?|toward(?:s)?|on (?:the |its )?(?:way|path|track) to)\b/i;

function wordNumber(s: string): number | undefined {
  const n = Number(s);
  return Number.isFinite(n) ? n : NUMBER_WORDS[s.toLowerCase()];
}

/** The year a phrase names relative to the article's year, or null. */
function relativeYear(s: string, articleYear: number): number | null {
  if (
    /\bnext (?:fiscal |budget |financial )?year\b|\bthe coming (?:fiscal )?year\b|\bin (?:one|a) year\b/i.test(
      s,
    )
  )
    return articleYear + 1;
  if (
    /\b(?:this|the current|current) (?:fiscal |budget |financial |calendar )?year\b|\bthis fiscal\b/i.test(
      s,
    )
  )
    return articleYear;
  // "signed on to hit 2% by last year": a deadline already past, so not a target now
  if (
    /\b(?:by|in|for|until|to) (?:the )?(?:last|previous|past) (?:(?:fiscal|budget|financial) (?:year\b)?|year\b)/i.test(
      s,
    )
  )
    return articleYear - 1;
  const rel = s.match(RELATIVE);
  if (rel?.[1]) {
    const n = wordNumber(rel[1]);
    if (n !== undefined) return articleYear + n;
  }
  if (/\b(?:within|in|over) (?:a|the next|the coming) decade\b/i.test(s)) return articleYear + 10;
  if (/\b(?:by|before) the end of (?:the|this) decade\b/i.test(s))
    return Math.floor(articleYear / 10) * 10 + 10;
  return null;
}

/**
 * "1.6% of GDP in defence last year": a level of last year, said right after its figure; not "2%
 * of GDP on defence, a promise it first made last year".
 */
const LAST_YEAR_AFTER =
  /^\s*(?:of\s+(?:GDP|gross domestic product|(?:its|their|the)\s+(?:\w+\s+)?(?:GDP|economy|output))\s*)?(?:\([^()]{0,20}\)\s*)?(?:(?:on|in|for)\s+(?:defen[cs]e|the military|the armed forces)\s*)?(?:in\s+)?(?:the\s+)?(?:last|previous|past)\s+year\b/i;

function firstAt(re: RegExp, s: string): number | null {
  re.lastIndex = 0;
  return re.exec(s)?.index ?? null;
}

function firstYear(re: RegExp, s: string): number | null {
  re.lastIndex = 0;
  const m = re.exec(s);
  const y = m?.[1] ?? m?.[2];
  return y ? Number(y) : null;
}

/**
 * The year a figure at [at, end) in a sentence is for: a year named after it in the sentence,
 * then one before it, then a relative phrase ("next year", "within a decade"), then a bare
 * year not yet past. `stated` says the year was given as the figure's ("by", "in", "from"...),
 * "annually" and its kin are reported beside it.
 */
export function yearIn(
  s: string,
  at: number,
  end: number,
  article: { readonly year: number },
): { year: number | null; annually: boolean; stated: boolean } {
  const annually =
    /\b(?:annually|every year|each year|a year from now on|per year|a year(?! ago| earlier))\b/i.test(
      s,
    );
  // the clause after a figure, up to a next figure in another clause ("2% ..., with 1.9% as of
  // 2023"); "3.5% on core defence and 1.5% on resilience by 2035" shares its year
  const rest = s.slice(end);
  // for a sum, a next sum is a next figure too: "CZK 215.3 billion next year, rising to CZK
  // 238.2 billion in 2028"; a share's own sum ("3.5%, or 152 billion euros, by 2029") is not
  const isShare = SHARE_FIGURE.test(s.slice(at, end));
  // a conversion in brackets is the same figure: "25 billion euros ($27 billion) through 2036"
  // (or after "or": "9.04 trillion yen, or about $58 billion, for fiscal 2026")
  const conversion =
    rest.match(
      /^\s*(?:[(（][^()（）]{0,40}[)）]|,\s*or\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?(?:US\$|\$|€|£|¥)\s?\d[\d.,]*\s*(?:billion|bn|trillion|tn|million|mn)?)/i,
    )?.[0].length ?? 0;
  const found = rest.slice(conversion).search(isShare ? SHARE_FIGURE : NEXT_FIGURE);
  const next = found >= 0 ? found + conversion : -1;
  const between = next >= 0 ? rest.slice(0, next) : "";
  // ... and a year after the last break before that next figure is the next one's: "1.53% of
  // GDP, and for 2026 at 1.6%"
  const breaks = [
    ...between.matchAll(/[,;:()]|\b(?:while|whereas|compared|against|with|as of)\b/gi),
  ];
  const lastBreak = breaks.at(-1)?.index;
  const clauseAfter = next >= 0 && lastBreak !== undefined ? between.slice(0, lastBreak) : rest;
  // a year given for comparison is the other figure's: "3%, about the same as the fiscal 2023 figure"
  const comparison = clauseAfter.search(
    /\b(?:similar to|compared (?:with|to)|(?<!(?:sooner|faster|earlier|later|quicker) )than|up from|down from|versus|vs\.?|as against)\b/i,
  );
  const tail = comparison >= 0 ? clauseAfter.slice(0, comparison) : clauseAfter;
  // a year before an earlier figure is that figure's: "2.3% by 2033-34, under the 3% target"
  const before = s.slice(0, at);
  // (for a sum, an earlier sum: "budget for next year would rise by 8.2% to 66.3 trillion won")
  // "from 62.4 billion euros to 82.7 billion euros": the starting point is the same figure's
  const figures = [...before.matchAll(isShare ? SHARE_FIGURES : MONEY_FIGURES)];
  const last = figures.at(-1);
  const startingPoint =
    last &&
    /\bfrom\s+(?:\S+\s+)?$/i.test(before.slice(Math.max(0, last.index - 20), last.index)) &&
    /^[^,;]{0,20}\bto\s+(?:about|around|over|some|nearly)?\s*(?:\S{1,4})?$/i.test(
      before.slice(last.index + last[0].length),
    );
  const previous = startingPoint ? figures.at(-2) : last;
  const sincePrevious = previous ? before.slice(previous.index + previous[0].length) : before;
  // a yardstick the earlier figure is measured against does not take that figure's year:
  // "2.8% of GDP in 2026, bringing it closer to the 3.5% target", "2.3% by 2033-34, under the 3%"
  const yardstick = previous ? sincePrevious.search(YARDSTICK_CLAUSE) : -1;
  const head = yardstick >= 0 ? sincePrevious.slice(yardstick + 1) : sincePrevious;
  // after the figure, the nearest time phrase: "2% by last year ... until 2032" is last year
  const explicitAt = firstAt(EXPLICIT, tail);
  const stated =
    firstYear(FISCAL, tail) ??
    (LAST_YEAR_AFTER.test(tail) ? article.year - 1 : null) ??
    relativeYear(tail.slice(0, Math.min(80, explicitAt ?? 80)), article.year) ??
    firstYear(EXPLICIT, tail) ??
    firstYear(FISCAL, head) ??
    lastYear(EXPLICIT, head) ??
    relativeYear(head, article.year) ??
    fronted(s);
  if (stated !== null) return { year: stated, annually, stated: true };
  // "over ten years, 3.5% for core defence, plus an additional 1.5%": the second part of a
  // pair shares the first's year
  if (previous && /^[^,;.]{0,40},?\s*(?:and|plus|with)\b[^,;.]{0,40}$/i.test(sincePrevious)) {
    const first = yearIn(s, previous.index, previous.index + previous[0].length, article);
    if (first.stated) return { ...first, annually: annually || first.annually };
  }
  // a year merely mentioned nearby ("the highest since 2014") dates nothing if it is past
  const near = firstYear(BARE, tail) ?? lastYear(BARE, head);
  return { year: near !== null && near >= article.year ? near : null, annually, stated: false };
}

/**
 * A year set off at the head of the sentence ("In 2022, Lithuania allocated 2.47%, Estonia
 * 1.3% ...") dates every figure of it that names no year of its own.
 */
function fronted(s: string): number | null {
  const m = s.match(
    /^\W*(?:in|by|during|for|until)\s+(?:(?:fiscal|budget)\s+(?:year\s+)?)?(20\d\d)\s*,/i,
  );
  return m?.[1] ? Number(m[1]) : null;
}

function lastYear(re: RegExp, s: string): number | null {
  let last: number | null = null;
  for (const m of s.matchAll(re)) {
    const y = m[1] ?? m[2];
    if (y) last = Number(y);
  }
  return last;
}
