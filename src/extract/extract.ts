import { countryNames, NUMBER_WORDS, PEOPLE, ROLES } from "./lexicon.ts";
import { type Sentence, sentences } from "./sentences.ts";

/** Pure: article text in, candidate claims out, each with its evidence and a confidence. */

export type Stance = "pledge" | "demand" | "report";
export type BasisHint = "core" | "related" | "total" | null;

interface Evidence {
  /** The sentence the claim rests on, and its character offsets in the article text. */
  readonly sentence: string;
  readonly start: number;
  readonly end: number;
  /** From 0 to 1: how much of the claim the sentence states outright. */
  readonly confidence: number;
  readonly speaker: string | null;
  readonly role: string | null;
}

export interface TargetClaim extends Evidence {
  readonly kind: "target";
  /** ISO3 of the ally, or "NATO" for the whole alliance; null when none is named or implied. */
  readonly ally: string | null;
  readonly sharePct: number | null;
  /** In billions of `currency`. */
  readonly amount: number | null;
  readonly currency: string | null;
  readonly targetYear: number | null;
  readonly annually: boolean;
  readonly basis: BasisHint;
  readonly stance: Stance;
}

export interface HorizonClaim extends Evidence {
  readonly kind: "horizon";
  readonly horizonYear: number;
  /** The words that give the time ("within five years"). */
  readonly phrase: string;
}

export type Claim = TargetClaim | HorizonClaim;

const NAMES = countryNames();
const NAME_PATTERN = new RegExp(
  `(?<![\\w-])(${[...NAMES.keys(), ...Object.keys(PEOPLE)]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|")})(?![\\w-])`,
  "gi",
);
const NUM_WORD = Object.keys(NUMBER_WORDS).join("|");
const PERCENT = "(?:%|per ?cent\\b|percent\\b|por ciento\\b|prozent\\b|pour cent\\b|pc\\b)";
const SHARE = new RegExp(
  `(?:(\\d+(?:[.,]\\d+)?)\\s*${PERCENT})|(?:\\b(${NUM_WORD})(?:\\s+(and a half|point (${NUM_WORD}|\\d)|y medio|und ein halb|et demi))?\\s+${PERCENT})`,
  "gi",
);
const CURRENCIES: Record<string, string> = {
  eur: "EUR",
  "€": "EUR",
  euro: "EUR",
  euros: "EUR",
  $: "USD",
  usd: "USD",
  us$: "USD",
  dollar: "USD",
  dollars: "USD",
  c$: "CAD",
  cad: "CAD",
  pln: "PLN",
  zł: "PLN",
  zloty: "PLN",
  zlotys: "PLN",
  sek: "SEK",
  kronor: "SEK",
  dkk: "DKK",
  gbp: "GBP",
  "£": "GBP",
  pounds: "GBP",
};
const AMOUNT =
  /(?:(EUR|€|US\$|C\$|\$|USD|CAD|PLN|zł|SEK|DKK|GBP|£)\s?(\d+(?:[.,]\d+)?)\s*(bn|billion|trillion|tn)\b)|(?:(\d+(?:[.,]\d+)?)\s*(billion|bn|trillion)\s+(euros?|dollars?|zlotys?|pounds|kronor))/gi;
const GDP =
  /\bGDP\b|gross domestic product|economic output|\bBIP\b|\bPIB\b|of (?:its|their|the) economy/i;
const DEFENCE =
  /\ballies\b|defen[cs]e|defensa|défense|verteidigung|military|armed forces|security spending|\barms\b|rearm|NATO|OTAN|the alliance/i;
const ECONOMY = /\b(?:deficit|debt|inflation|unemployment|growth|grew|interest rates?)\b/i;
const TARGETISH = /\b(?:target|goal|benchmark|guideline|threshold|commitment|pledge)\b/i;
const THREAT =
  /\b(?:wage|large-scale war|attack|use (?:military )?force|ready (?:for|to)|war (?:with|against)|strike|invade|invasion|test (?:NATO|Europe|the alliance)|confrontation|aggression|threat)\b/i;
const RUSSIA = /\b(?:Russia|Russian|Moscow|Putin|Kremlin)\b/i;
/** Spending now or before: "already spends", "spent", "stood at". */
const REPORT =
  /\b(?:already|currently|spends|is spending|spent|has spent|had spent|stood at|amounted to|reached|hit)\b/i;
const PAST =
  /\b(?:spent|has spent|had spent|was|were|reached|hit|stood at|rose to|fell to|amounted to|last year|in the past)\b/i;
const DEMAND =
  /(?:exigi[óo]|\bexige\b|\bfordert\b|\bdemande\b)|\b(?:must|should|urged?|urging|call(?:ed|s|ing)? (?:on|for)|demand(?:ed|s|ing)?|press(?:ed|es|ing)?|insist(?:ed|s)?|expects?|need(?:s|ed)? to|has to|have to|told (?:allies|them|\w+) to)\b/i;
const PLEDGE =
  /\b(?:will|would|plans?|planned|pledged?|promis\w*|commit\w*|aims?|intends?|wants? to|is set to|going to|decided|agreed|goal|target|raise|increase|reach)\b/i;

function num(s: string): number {
  return Number(s.replace(",", "."));
}

function wordNumber(s: string): number | undefined {
  const n = Number(s);
  return Number.isFinite(n) ? n : NUMBER_WORDS[s.toLowerCase()];
}

interface Mention {
  readonly ally: string;
  readonly at: number;
  readonly person: boolean;
  readonly text: string;
}

/** "NATO quota", "NATO target": the alliance named as a yardstick, not as the actor. */
const NATO_AS_ADJECTIVE =
  /^\s*(?:quota|target|guideline|benchmark|goal|standard|definition|commitment|summit|secretary|member|ally|allies'|'s)/i;

function mentions(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(NAME_PATTERN)) {
    const key = m[0].toLowerCase();
    if (key === "nato" && NATO_AS_ADJECTIVE.test(text.slice(m.index + m[0].length))) continue;
    const ally = NAMES.get(key) ?? PEOPLE[key];
    if (ally) out.push({ ally, at: m.index, person: !NAMES.has(key), text: m[0] });
  }
  return out;
}

function speakerOf(s: string, found: Mention[]): { speaker: string | null; role: string | null } {
  let role: string | null = null;
  for (const [pattern, name] of ROLES) {
    if (pattern.test(s)) {
      role = name;
      break;
    }
  }
  const person = found.find((m) => m.person);
  if (!person) return { speaker: null, role };
  // the capitalised words that end with the surname: "Boris Pistorius"
  const before = s.slice(0, person.at).match(/((?:[A-ZÀ-Ž][\p{L}'-]+\s){0,2})$/u)?.[1] ?? "";
  const first = before
    .trim()
    .split(/\s+/)
    .filter(
      (w) =>
        w &&
        !ROLES.some(([p]) => p.test(w)) &&
        !/^(?:The|Minister|Chancellor|President|Prime|Defence|Defense|Secretary|General|Mr|Mrs|Ms|Dr)$/.test(
          w,
        ),
    );
  return { speaker: [...first, person.text].join(" ").trim(), role };
}

function yearOf(
  s: string,
  from: number,
  articleYear: number,
): { year: number | null; annually: boolean } {
  const tail = s.slice(from);
  const annually = /\b(?:annually|every year|each year|a year from now on|per year)\b/i.test(s);
  const explicit =
    tail.match(/\b(?:by|in|until|to|from|before|for)\s+(?:the\s+end\s+of\s+)?(20\d\d)\b/i) ??
    s.match(/\b(?:by|in|until|to|from|before)\s+(20\d\d)\b/i);
  if (explicit?.[1]) return { year: Number(explicit[1]), annually };
  const relative = s.match(
    new RegExp(`\\b(?:in|within|over)\\s+(?:the\\s+next\\s+)?(\\d+|${NUM_WORD})\\s+years?\\b`, "i"),
  );
  if (relative?.[1]) {
    const n = wordNumber(relative[1]);
    if (n !== undefined) return { year: articleYear + n, annually };
  }
  if (/\b(?:by|before) the end of the decade\b/i.test(s))
    return { year: Math.floor(articleYear / 10) * 10 + 10, annually };
  const bare = s.match(/\b(20[2-4]\d)\b/);
  return { year: bare ? Number(bare[1]) : null, annually };
}

function basisNear(s: string, at: number): BasisHint {
  const window = s.slice(at, at + 60);
  if (/\bcore\b/i.test(window)) return "core";
  if (/related|infrastructure|resilience|civil preparedness/i.test(window)) return "related";
  if (/\b(?:in total|total|overall|in all)\b/i.test(window)) return "total";
  return null;
}

function targets(
  s: Sentence,
  articleYear: number,
  fallback: string | null,
  articleAboutDefence: boolean,
): TargetClaim[] {
  const text = s.text;
  const gdp = GDP.test(text);
  // a sentence that says "% of GDP" in an article about defence, and not about the economy
  const defence = DEFENCE.test(text) || (articleAboutDefence && gdp && !ECONOMY.test(text));
  if (!defence) return [];
  const found = mentions(text);
  const who = speakerOf(text, found);
  const shares = [...text.matchAll(SHARE)].flatMap((m) => {
    let value: number | undefined;
    if (m[1]) value = num(m[1]);
    else if (m[2]) {
      const whole = wordNumber(m[2]);
      const extra = m[3] ?? "";
      const decimal = m[4] ? wordNumber(m[4]) : undefined;
      value =
        whole === undefined
          ? undefined
          : /half|medio|halb|demi/i.test(extra)
            ? whole + 0.5
            : decimal !== undefined
              ? whole + decimal / 10
              : whole;
    }
    // "from 2.4% this year to 3.5%": the first share is where spending starts, not a target
    const from =
      /\bfrom\s*$/i.test(text.slice(Math.max(0, m.index - 6), m.index)) &&
      /\bto\b/i.test(text.slice(m.index));
    return value !== undefined && value >= 0.5 && value <= 10 && !from
      ? [{ value, at: m.index, end: m.index + m[0].length }]
      : [];
  });
  const amounts = [...text.matchAll(AMOUNT)].map((m) => {
    const code = (m[1] ?? m[6] ?? "").toLowerCase();
    const unit = (m[3] ?? m[5] ?? "").toLowerCase();
    const value = num(m[2] ?? m[4] ?? "0") * (unit.startsWith("t") ? 1000 : 1);
    return {
      value,
      currency: CURRENCIES[code] ?? CURRENCIES[code.replace(/s$/, "")] ?? null,
      at: m.index,
    };
  });
  if (shares.length === 0 && amounts.length === 0) return [];
  if (shares.length > 0 && !gdp && !TARGETISH.test(text)) return [];
  if (shares.length === 0 && !PLEDGE.test(text)) return [];
  const anchors =
    shares.length > 0
      ? shares
      : amounts.slice(0, 1).map((a) => ({ value: Number.NaN, at: a.at, end: a.at }));
  return anchors.map((share) => {
    const before = found.filter((m) => m.at < share.at && !m.person);
    const person = found.find((m) => m.person);
    const named = before.at(-1) ?? found.find((m) => !m.person) ?? person;
    const ally = named?.ally ?? fallback;
    const { year, annually } = yearOf(text, share.at, articleYear);
    // the stance is read from the words around the figure, not the whole sentence
    const near = text.slice(Math.max(0, share.at - 60), share.end + 30);
    const stance: Stance = REPORT.test(near)
      ? "report"
      : DEMAND.test(near)
        ? "demand"
        : (year !== null && year < articleYear) || (PAST.test(near) && !PLEDGE.test(near))
          ? "report"
          : "pledge";
    const amount =
      amounts.find((a) => Math.abs(a.at - share.at) < 80) ??
      (shares.length === 0 ? amounts[0] : undefined);
    const confidence = Math.min(
      0.95,
      0.4 +
        (gdp ? 0.2 : 0) +
        (named ? 0.15 : 0) +
        (year !== null || annually ? 0.1 : 0) +
        (who.speaker ? 0.1 : 0),
    );
    return {
      kind: "target" as const,
      ally,
      sharePct: Number.isNaN(share.value) ? null : share.value,
      amount: amount?.value ?? null,
      currency: amount?.currency ?? null,
      targetYear: annually && year === null ? null : year,
      annually,
      basis: Number.isNaN(share.value) ? null : basisNear(text, share.end),
      stance,
      sentence: text,
      start: s.start,
      end: s.end,
      confidence,
      ...who,
    };
  });
}

function horizon(s: Sentence, articleYear: number): HorizonClaim | null {
  const text = s.text;
  if (!THREAT.test(text) || !RUSSIA.test(text)) return null;
  const rel = text.match(
    new RegExp(
      `\\b(?:within|in)\\s+(?:the\\s+next\\s+)?(\\d+|${NUM_WORD})(?:\\s*(?:-|to|or)\\s*(?:\\d+|${NUM_WORD}))?\\s+years?\\b`,
      "i",
    ),
  );
  let year: number | null = null;
  let phrase = "";
  if (rel?.[1]) {
    const n = wordNumber(rel[1]);
    if (n !== undefined) {
      year = articleYear + n;
      phrase = rel[0];
    }
  }
  const decade = text.match(
    /\b(?:by|before) the end of the decade\b|\bwithin the (?:next )?decade\b/i,
  );
  if (year === null && decade) {
    year = /within/i.test(decade[0]) ? articleYear + 10 : Math.floor(articleYear / 10) * 10 + 10;
    phrase = decade[0];
  }
  const by = text.match(/\b(?:by|from|as early as|in)\s+(20[2-4]\d)\b/i);
  if (year === null && by?.[1]) {
    year = Number(by[1]);
    phrase = by[0];
  }
  if (year === null) return null;
  const found = mentions(text);
  const who = speakerOf(text, found);
  const confidence = Math.min(
    0.95,
    0.55 +
      (/NATO|Europe|allies|alliance/i.test(text) ? 0.15 : 0) +
      (who.speaker ? 0.15 : 0) +
      (rel ? 0.1 : 0),
  );
  return {
    kind: "horizon",
    horizonYear: year,
    phrase,
    sentence: text,
    start: s.start,
    end: s.end,
    confidence,
    ...who,
  };
}

/** Extracts spending targets and threat horizons; `date` (YYYY-MM-DD) resolves relative years. */
export function extractClaims(text: string, date: string): Claim[] {
  const articleYear = Number(date.slice(0, 4));
  const claims: Claim[] = [];
  const aboutDefence = DEFENCE.test(text);
  // "He said...", "The government plans...": the ally named last, else the last speaker's
  let lastAlly: string | null = null;
  let lastSpeaker: string | null = null;
  for (const s of sentences(text)) {
    claims.push(...targets(s, articleYear, lastAlly ?? lastSpeaker, aboutDefence));
    const h = horizon(s, articleYear);
    if (h) claims.push(h);
    const found = mentions(s.text);
    const named = found.filter((m) => m.ally !== "NATO" && !m.person);
    if (named.length > 0) lastAlly = named[0]?.ally ?? lastAlly;
    const person = found.find((m) => m.person);
    if (person) lastSpeaker = person.ally;
  }
  return claims;
}
