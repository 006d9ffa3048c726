import { roundTo } from "../data/rounding.ts";
import { isAlly } from "../data/vocabulary.ts";
import {
  CAPITALS,
  CORE_SHARE,
  countryNames,
  NUMBER_WORDS,
  PEOPLE,
  PERCENT,
  RELATED_SHARE,
  ROLES,
  SHARE_FIGURE,
} from "./lexicon.ts";
import { type Sentence, sentences } from "./sentences.ts";
import { YARDSTICK_CLAUSE, yearIn } from "./years.ts";

/** Pure: article text in, candidate claims out, each with its evidence and a confidence. */

/**
 * pledge: a government committing to or planning its own level; demand: someone calling on
 * others or on the alliance; agreement: an alliance-wide decision, adopted or expected.
 */
export type Stance = "pledge" | "demand" | "agreement";
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
  /**
   * ISO3 of the country whose spending is meant: an ally, a partner (JPN, AUS...), "EU" for the
   * Union, "NATO" for the whole alliance. The extractor always names one; null is left for
   * claims stored by earlier versions.
   */
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
  /** ISO3 of the state that could attack or be ready for war: RUS or CHN. */
  readonly threat: string;
  /** The words that give the time ("within five years"). */
  readonly phrase: string;
}

export type Claim = TargetClaim | HorizonClaim;

const NAMES = countryNames();
/** Short capitalised names that are also common words ("US" and "us"): matched by case. */
const CASED = new Set(["us", "uk", "eu"]);
const escapeName = (n: string) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const NAME_PATTERN = new RegExp(
  `(?<![\\w-])(${[...NAMES.keys(), ...Object.keys(PEOPLE)]
    .filter((n) => !CASED.has(n))
    .sort((a, b) => b.length - a.length)
    .map(escapeName)
    .join("|")})(?![\\w-])|(?<![\\w-])(US|UK|EU)(?![\\w$-])`,
  "gi",
);
const NUM_WORD = Object.keys(NUMBER_WORDS).join("|");
/** "2%", "2 per cent", and as a compound adjective "2-per-cent target", "three-percent mark". */
const SHARE = new RegExp(
  `(?:(\\d+(?:[.,]\\d+)?)(?:\\s*|-)${PERCENT})|(?:\\b(${NUM_WORD})(?:\\s+(and a half|point (${NUM_WORD}|\\d)|y medio|und ein halb|et demi))?(?:\\s+|-)${PERCENT})`,
  "gi",
);
const CURRENCIES: Record<string, string> = {
  rm: "MYR",
  myr: "MYR",
  rp: "IDR",
  idr: "IDR",
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
  a$: "AUD",
  aud: "AUD",
  nt$: "TWD",
  "new taiwan dollar": "TWD",
  "taiwan dollar": "TWD",
  "nt dollar": "TWD",
  twd: "TWD",
  pln: "PLN",
  zł: "PLN",
  zloty: "PLN",
  zlotys: "PLN",
  sek: "SEK",
  kronor: "SEK",
  nok: "NOK",
  dkk: "DKK",
  czk: "CZK",
  krw: "KRW",
  won: "KRW",
  jpy: "JPY",
  yen: "JPY",
  "¥": "JPY",
  "₺": "TRY",
  try: "TRY",
  lira: "TRY",
  liras: "TRY",
  gbp: "GBP",
  "£": "GBP",
  pounds: "GBP",
  inr: "INR",
  rs: "INR",
  "rs.": "INR",
  "₹": "INR",
  rupees: "INR",
  rub: "RUB",
  rubles: "RUB",
  roubles: "RUB",
  cny: "CNY",
  yuan: "CNY",
  huf: "HUF",
  forint: "HUF",
  forints: "HUF",
  ron: "RON",
  lei: "RON",
  uah: "UAH",
  hryvnia: "UAH",
  hryvnias: "UAH",
  hr: "UAH",
  "₱": "PHP",
  php: "PHP",
  pesos: "PHP",
};
/**
 * Units in billions. The Indian "lakh crore" is 10^12 and a crore 10^7: read, like millions,
 * only beside a share of GDP when under a billion.
 */
const UNIT_BILLIONS: Record<string, number> = {
  "lakh crore": 1000,
  crore: 0.01,
};
const AMOUNT =
  /(?:(?<![A-Za-z])(EUR|€|US\$|NT\$|C\$|A\$|\$|USD|CAD|AUD|TWD|PLN|zł|SEK|NOK|DKK|CZK|KRW|JPY|¥|TRY|GBP|£|INR|Rs\.?|₹|₺|₱|PHP|RUB|CNY|HUF|RON|UAH|Hr|RM|MYR|Rp|IDR)\s?(\d{1,2}(?:,\d{2})+,\d{3}(?!\d)|\d{1,3}(?:[.,]\d{3})+(?!\d)|\d+(?:[.,]\d+)?)\s*(bn|billion|trillion|tn|trn|million|mn|m|lakh crore|crore)\b)|(?:(\d{1,3}(?:[.,]\d{3})+(?!\d)|\d+(?:[.,]\d+)?)\s*(billion|bn|trillion|tn|trn|million|mn|lakh crore|crore)\s+((?:New )?Taiwan dollars?|NT dollars?|euros?|dollars?|zlotys?|pounds|kronor|won|yen|liras?|rupees|roubles|rubles|yuan|forints?|lei|hryvnias?|kroner|krones?|TRY|CZK|SEK|NOK|DKK|PLN|EUR|USD|INR|RUB|CNY|HUF|RON|UAH)\b)/gi;
const GDP =
  /\bGDP\b|gross domestic product|economic output|\bBIP\b|\bPIB\b|of (?:its|their|the) economy|national income/i;
const DEFENCE =
  /\ballies\b|defen[cs]e|\barmy\b|\bweapons\b|Pentagon|Bundeswehr|defensa|défense|verteidigung|military|armed forces|security spending|\barms\b|rearm|NATO|OTAN|the alliance/i;
const TARGETISH =
  /\b(?:target|goal|benchmark|guideline|threshold|commitment|pledge|quota|floor|minimum)\b/i;
/** A budget line or plan a government sets for a coming period (for amounts without a share). */
const BUDGETISH =
  /\b(?:budget|request|plans?|planned|allocat\w*|earmark\w*|set aside|(?:authori[sz]ation|appropriations?|spending) (?:bill|act)|(?:will|would|shall|is to|are to|wants? \S+ to|aims? to|intends? to|plans? to) (?:spend|invest|reach|rise|increase|amount|grow)|proposes?|proposed|approved?|(?:brings?|bringing|rises?|rising|grows?|growing|increases?|increasing|lifts?|lifting|raises?|raising|falls?|falling|drops?|dropping|declines?|declining|decreases?|decreasing) (?:[\w-]+ ){0,4}to)\b/i;

/**
 * An act of aggression or readiness for one: "attack", "invade", "use force", "war with NATO",
 * "ready for war". War alone is not one: "the war in Ukraine could end", "its war effort".
 */
const THREAT =
  /\b(?:attack\w*|invad\w*|invasion|strike|use (?:military )?force|wage (?:a |an )?(?:[\w-]+ ){0,2}war|go to war|start (?:a )?war|war (?:with|against|on|between)|ready (?:for (?:a |an )?(?:[\w-]+ ){0,2}(?:war|conflict|attack|confrontation)|to (?:fight|wage|attack|strike|invade|use force|test|confront))|confront\w* (?:NATO|the alliance|Europe|the West|allies|\w+ allies)|fit for war|war[- ]read\w*|test (?:NATO|Europe|the alliance|allied)|take (?:over )?Taiwan|seiz\w+ Taiwan|takeover|take over|aggression against|(?:confrontation|conflict) (?:with|between))\b/i;
/** A threat denied or played down: "will not attack", "an attack is unlikely". */
const THREAT_DENIED =
  /\b(?:not|no|never|won['’]t|doesn['’]t|isn['’]t|unlikely|no intention|den(?:y|ies|ied)|dismiss\w*|rul(?:ed|es|e) out)\b(?:[^.;]|\.(?=\d)|(?<=\b[A-Z])\.){0,40}\b(?:attack|invade|invasion|strike|use (?:military )?force|war)\b|\b(?:attack|invasion|war)\b(?:[^.;]|\.(?=\d)|(?<=\b[A-Z])\.){0,40}\b(?:is|was|seems|remains|looks) (?:\w+ )?(?:unlikely|not imminent|not inevitable|improbable)\b/i;
/** "dismissed alarmist timelines suggesting that China could be ready to invade". */
const TIMELINE_DISMISSED =
  /\b(?:dismiss\w*|reject\w*|den(?:y|ies|ied)|debunk\w*)\s+(?:\w+\s+){0,3}(?:timelines?|warnings?|claims?|predictions?|forecasts?|scenarios?)\b/i;
const RUSSIA = /\b(?:Russia|Russian|Moscow|Putin|Kremlin)\b/i;
const CHINA = /\b(?:China|Chinese|Beijing|Xi Jinping|PLA|People['’]s Liberation Army)\b/i;
/** Either threat, by any of its names. */
const THREAT_ACTOR = new RegExp(`${RUSSIA.source}|${CHINA.source}`, "i");
const THREAT_ACTORS = new RegExp(THREAT_ACTOR.source, "gi");
/** A war to come in Europe, not the one going on: "a major war in Europe", "a wider war in Europe". */
const WAR_IN_EUROPE =
  /(?<!\b(?:launch\w*|fight\w*|wag\w*|start\w*|since|after|during)\s+)\b(?:a|an)\s+(?:potential\s+|possible\s+)?['‘’"“]?(?:major|wider|large-scale|big|general|direct)\s+war\s+(?:in|on|across)\s+(?:Europe|the European continent)\b/i;
/** A threat stated as possible or planned, not one that happened. */
const MODAL =
  /\b(?:could|can|may|might|will|would|be able|ready|prepar\w*|plan\w*|intends?|anticipat\w*|capable|possible|potential|likely|warn\w*|expect\w*|orders?|ordered|plots?)\b/i;

interface Mention {
  readonly ally: string;
  readonly at: number;
  readonly end: number;
  readonly person: boolean;
  readonly text: string;
}

/** "NATO quota", "NATO's target": the alliance named as a yardstick, not as the actor. */
const NATO_AS_ADJECTIVE =
  /^(?:['’]s)?\s*(?:(?:defen[cs]e|spending|new|current|old|long-standing|decade-old|official|agreed|collective|\d+(?:\.\d+)?%|two per ?cent|\w+-percent|)\s*)*(?:quota|target|guideline|benchmark|goal|standard|definition|commitment|summit|secretary|headquarters|chief|official|methodology|directive|mandate|mark|threshold|rules?|estimates?|data|figures|report|member(?!s? states)|ally|allies['’]|contribution)/i;

/** "NATO's recommended 2% of GDP military spending target": a yardstick, whatever the words between. */
const NATO_POSSESSIVE_YARDSTICK =
  /^['’]s\s+(?:[\w%.,-]+\s+){0,6}?(?:quota|target|guideline|benchmark|goal|standard|threshold|commitment|mark|minimum)\b/i;
/** "the NATO Ministerial meeting", "a NATO summit": the alliance (or the EU) as a modifier. */
const NATO_MODIFIER =
  /\b(?:the|a|an|this|that|every|each|its|their)\s+(?:(?:next|new|current|last|previous|latest|recent)\s+)?$/i;
const OTHER_REGION_AFTER =
  /^\s+in\s+(?:the\s+)?(?:Asia|East Asia|the Pacific|Pacific|Indo-Pacific|Asia-Pacific|region|Middle East|Gulf)\b/i;
const OTHER_REGION_BEFORE = /\b(?:Asian|Pacific|Indo-Pacific|Asia-Pacific|regional|Gulf)\s+$/i;
/** Mentions of the sentences of the article being read, each found once. */
let seen = new Map<string, Mention[]>();
/**
 * Whether a bare "Montenegro" in the article can be Portugal's prime minister, Luís Montenegro:
 * the article names him (or Portugal's prime minister) and calls nothing Montenegrin.
 */
let montenegroIsPortugal = false;
/** A claim's sum as converted in brackets after it: "₺2.155 trillion ($51.4 billion)". */
let conversions = new WeakMap<Claim, { readonly amount: number; readonly currency: string }>();

function mentions(text: string): Mention[] {
  const known = seen.get(text);
  if (known) return known;
  const out: Mention[] = [];
  seen.set(text, out);
  for (const m of text.matchAll(NAME_PATTERN)) {
    const key = m[0].toLowerCase();
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    // "US", "UK", "EU" only in capitals: "let us spend" is no country
    if (CASED.has(key) && m[0] !== m[0].toUpperCase()) continue;
    // (as a person: after a title or his first name, or before a verb of saying or committing)
    const leader =
      key === "montenegro" &&
      montenegroIsPortugal &&
      (/\b(?:prime minister|premier|PM|Luís|Luis)\s+$/i.test(
        text.slice(Math.max(0, m.index - 20), m.index),
      ) ||
        /^\s+(?:has\s+|had\s+)?(?:said|says|told|stated|added|argued|announced|committed|pledged|promised|vowed|confirmed|insisted|stressed|declared)\b/i.test(
          after,
        ));
    const ally = leader ? "PRT" : (NAMES.get(key) ?? PEOPLE[key]);
    if (!ally) continue;
    // "America's allies in Asia", "Pacific allies": not the alliance
    if (
      ally === "NATO" &&
      !PEOPLE[key] &&
      (OTHER_REGION_AFTER.test(after) ||
        OTHER_REGION_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)))
    )
      continue;
    // a person's name is written capitalised: "joly" or "purra" in lower case is another word
    if (!NAMES.has(key) && !/^\p{Lu}/u.test(m[0])) continue;
    if (
      ally === "NATO" &&
      !PEOPLE[key] &&
      (NATO_AS_ADJECTIVE.test(after) || NATO_POSSESSIVE_YARDSTICK.test(after))
    )
      continue;
    // "the NATO ministerial meeting", "the EU funds": a modifier, not an actor
    if (
      (key === "nato" || key === "eu" || key === "european union") &&
      NATO_MODIFIER.test(text.slice(Math.max(0, m.index - 20), m.index)) &&
      /^\s+[\p{L}-]+/u.test(after) &&
      !/^\s+(?:allies|members?|member states|countries|states|nations|governments|leaders|is|are|was|were|will|would|can|could|may|might|shall|has|have|had|must|should|needs?|plans?|planned|wants?|aims?|intends?|expects?|says?|said|agreed|decided|announced|approved|adopted|proposed|to)\b/i.test(
        after,
      )
    )
      continue;
    out.push({
      ally,
      at: m.index,
      end: m.index + m[0].length,
      person: leader || !NAMES.has(key),
      text: m[0],
    });
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
        !/^(?:The|Minister|Chancellor|President|Prime|Defence|Defense|Secretary|General|Mr|Mrs|Ms|Dr|US|U\.S\.|State)$/.test(
          w,
        ),
    );
  return { speaker: [...first, person.text].join(" ").trim(), role };
}

/**
 * A figure as written: "1,000" and "1.000.000" group thousands; "2,5" (a decimal comma) and
 * "12.5" are decimals. A single dot before three digits stays a decimal ("1.250 billion").
 */
function num(s: string): number {
  // "6,21,940" (Indian grouping) like "1,000" and "1.000.000" group digits
  if (
    /^\d{1,3}(?:,\d{3})+$/.test(s) ||
    /^\d{1,3}(?:\.\d{3}){2,}$/.test(s) ||
    /^\d{1,2}(?:,\d{2})+,\d{3}$/.test(s)
  )
    return Number(s.replace(/[.,]/g, ""));
  return Number(s.replace(",", "."));
}

function wordNumber(s: string): number | undefined {
  const n = Number(s);
  return Number.isFinite(n) ? n : NUMBER_WORDS[s.toLowerCase()];
}

interface Figure {
  readonly value: number;
  readonly at: number;
  readonly end: number;
}

/** What comes before the upper bound of a range: "5% to" of "5% to 6%", "5-" of "5-6%". */
const RANGE_HIGH_BARE = /(?<![\d.,])\d{1,2}(?:[.,]\d+)?\s*(?:-|–|to)\s*$/i;
/** The same with a share written in full first: "5% to" of "5% to 6%". */
const RANGE_HIGH = new RegExp(
  `\\d\\s*${PERCENT}\\s*(?:and|to|-|–)\\s*$|${RANGE_HIGH_BARE.source}`,
  "i",
);
/** The lower bound of a range before its unit: "5-" of "5-6%", "between 5 and" of "5 and 6 percent". */
const RANGE_LOW = new RegExp(
  `(?:\\b(between|from)\\s+)?(?<![\\d.,])(\\d{1,2}(?:[.,]\\d+)?|\\b(?:${NUM_WORD}))\\s*(-|–|to|and)\\s*$`,
  "i",
);
const CHANGE_VERB =
  /\b(?:rais|increas|ris|rose|grow|grew|boost|lift|hik|doubl|go(?:es)? up|went up|climb|cut|reduc|lower)\w*\b/i;

function sharesIn(text: string): Figure[] {
  return [...text.matchAll(SHARE)].flatMap((m) => {
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
    // above 10% only when said to be of GDP: Ukraine's "26.3% of the country's projected GDP"
    if (
      value === undefined ||
      value < 0.5 ||
      value > 50 ||
      (value > 10 &&
        (!GDP.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)) ||
          !/\bdefen[cs]e|military|armed forces/i.test(
            text.slice(Math.max(0, m.index - 100), m.index),
          )))
    )
      return [];
    const figure = { value, at: m.index, end: m.index + m[0].length };
    // "5-6%", "between 5 and 6 percent": a range written with one unit, kept by its lower bound
    // (only the words just before the figure can open its range)
    const from = Math.max(0, m.index - 40);
    const head = text.slice(0, m.index);
    const near = head.slice(from).match(RANGE_LOW);
    const low =
      near && near.index !== undefined ? Object.assign(near, { index: near.index + from }) : null;
    if (!low?.[2] || low.index === undefined) return [figure];
    const lower = wordNumber(low[2]) ?? num(low[2]);
    if (lower >= value || (/and/i.test(low[3] ?? "") && !low[1])) return [figure];
    // "raise it from 2 to 3 percent" is where spending starts and where it goes, not a range
    if (
      /from/i.test(low[1] ?? "") &&
      CHANGE_VERB.test(head.slice(Math.max(0, low.index - 60), low.index))
    )
      return [figure];
    const at = low.index + low[0].indexOf(low[2], (low[1] ?? "").length);
    return [{ value: lower, at, end: figure.end }];
  });
}

interface Amount {
  readonly value: number;
  readonly currency: string | null;
  /** Written "$" or "dollars" with no country: the local dollar where the spender has one. */
  readonly plainDollar: boolean;
  readonly at: number;
  readonly end: number;
}

/** Countries whose own press writes their currency as a bare "$". */
const LOCAL_DOLLAR: Readonly<Record<string, string>> = { CAN: "CAD", AUS: "AUD" };

/**
 * Amounts in billions. Millions are read only to go with a share of GDP ("1% of GDP, i.e. 994
 * million euros"): alone they are contracts and purchases far more often than budgets.
 */
function amountsIn(text: string, millions = false): Amount[] {
  const found = writtenAmounts(text, millions);
  for (const m of text.matchAll(BARE_SUM)) {
    const previous = found.filter((a) => a.end <= m.index).at(-1);
    if (!previous || found.some((a) => a.at <= m.index && m.index < a.end)) continue;
    if (!/^(?:[^.;]|\.(?=\d)){0,40}?(?:,|\band)\s*$/i.test(text.slice(previous.end, m.index)))
      continue;
    const scale =
      UNIT_BILLIONS[(m[2] ?? "").toLowerCase()] ?? ((m[2] ?? "").startsWith("t") ? 1000 : 1);
    found.push({
      ...previous,
      value: num(m[1] ?? "0") * scale,
      at: m.index,
      end: m.index + m[0].length,
    });
  }
  return found.sort((a, b) => a.at - b.at);
}

/** "13.1 trillion" with no currency of its own. */
const BARE_SUM =
  /(?<![\d.,$€£¥₹₺₱])(\d+(?:[.,]\d+)?)\s*(billion|bn|trillion|tn|trn)\b(?!\s+(?:[A-Za-z]+\s+)?(?:euros?|dollars?|zlotys?|pounds|kronor|won|yen|liras?|rupees|roubles|rubles|yuan|forints?|lei|hryvnias?|kroner|krones?)\b)/gi;

function writtenAmounts(text: string, millions: boolean): Amount[] {
  return [...text.matchAll(AMOUNT)].flatMap((m) => {
    const code = (m[1] ?? m[6] ?? "").toLowerCase();
    const unit = (m[3] ?? m[5] ?? "").toLowerCase();
    const scale =
      UNIT_BILLIONS[unit.replace(/\s+/g, " ")] ??
      (unit.startsWith("t") ? 1000 : unit.startsWith("m") ? 0.001 : 1);
    // 621,940 crore is 6,219.4 billion, without float noise
    const value = roundTo(num(m[2] ?? m[4] ?? "0") * scale, 6);
    // millions go only with a share; crores are budgets when they come to billions
    if (scale < 1 && !millions && !(unit === "crore" && value >= 1)) return [];
    return {
      value,
      currency: CURRENCIES[code] ?? CURRENCIES[code.replace(/s$/, "")] ?? null,
      plainDollar: code === "$" || code === "dollar" || code === "dollars",
      at: m.index,
      end: m.index + m[0].length,
    };
  });
}

// What the words around a figure say about it. Each is tested on the clause before the figure
// (`before`, cut at the last clause break) or the words just after it (`after`).

/** A level already reached or spent, an average, a starting point: status, not a target. */
const STATUS_BEFORE =
  /\b(?:currently|current|existing|already|(?:now )?stands? at|stood at|accounts? for|accounted for|amount(?:ed|s) to|(?:has |have |had )?spent|spends|spending (?:was|is)|spends? the (?:least|most)|(?:is|are|was|were) meeting|languish\w*|(?:is|are|was|were) (?:now |currently |already |still )?spending|total(?:l)?ed|was|were|is at|are at|(?:has|have|had) (?:\w+ )?(?:allocated|earmarked|budgeted|set aside|increased|raised|risen|grown|doubled|boosted|lifted|invested|reached|met|exceeded|hit)|(?<!(?:been|be|was|were|is|are|to) )(?:reached|achieved|exceeded|surpassed)|rose|fell|grew|jumped|climbed|dropped|declined|soared|surged|lowest|highest|largest|smallest|biggest|spender|recorded|averag\w*|compared (?:to|with)|up from|from|met|meets|exceed\w*|exceeding|above|more than double|no more than|barely|came in|ranked|one of (?:the )?(?:few|only|just)|allocates|dedicates|devotes|channels|(?<!\bto\s)(?:allocating|dedicating|devoting|investing)|(?<!\b(?:be|been|being|to)\s)invested|(?:this year|currently|now)\s+represents|ranks|hover\w*)\b[^%]{0,45}$/i;
/**
 * A level kept for a while is where spending has been, not where it is going: "has been held
 * at about 1.2%", "will have spent 2.2%", "1% of GDP for decades".
 */
const HELD_BEFORE =
  /\b(?:(?:has|have|had) been (?:\w+\s+)?(?:at|around|about|roughly|near|below|under|above)|(?:will|would) have (?:spent|reached|allocated))\s+(?:about|around|roughly|some|nearly|almost|just|only)?\s*$|^\W*for (?:decades|years|many years|a decade)\b[^%]*$/i;
const HELD_AFTER =
  /^(?:[^.;]|\.(?=\d)|(?<=\b[A-Z])\.){0,40}?\b(?:for (?:decades|years|a decade|many years|the past \w+ years|(?:\w+\s+){1,2}years)|in recent years)\b/i;
/**
 * Verbs that give a level, right after "will", "would" or "to": "would account for 2.5%",
 * "will stand at 3.2%", "is to amount to": a level to come, not one reached.
 */
const LEVEL_VERB =
  /^\s*(?:still\s+|then\s+|only\s+)?(?:account for|stand at|amount to|total|come to|be (?:at|around|about|roughly|some))\b[^%]{0,30}$/i;
/** The parts of a share planned just before: "will raise budgets to 5 percent by 2035, allocating". */
const PLANNED_SHARE_PARTS =
  /\b(?:will|would|shall|set to|plans? to|aims? to|agreed to|pledged to|committed to)\b[^.;]*\d\s*(?:%|per ?cent|percent)[^.;%,]*(?:,|\s?[—–]\s?)\s*(?:allocating|dedicating|devoting)\s+(?:(?:[^.;]|\.(?=\d))*?\d\s*(?:%|per ?cent|percent)[^.;%]*?\band\s+)?$/i;
/** A budget's present tense: "a budget that allocates 5.4% ... next year" is a plan. */
const BUDGET_VERB =
  /\b(?:allocates?|earmarks?|provides? for|foresees?|accounts? for|amounts? to|stands? at|totals?|(?:has|have|had) (?:\w+ )?(?:allocated|earmarked|budgeted|set aside))\b[^%]{0,45}$/i;
/** "from 62.4 billion to 82.7 billion": the second figure is where spending goes. */
const FROM_TO = /\bfrom\b[\s\S]{0,50}?\s+to\s+(?:about|around|over|some|more than|at least)?\s*$/i;
/** Increments, deltas and other things measured in % that are not a level of GDP. */
const DELTA_AFTER =
  /^\s*,?\s*(?:\w+\s+)?(?:reduction|decrease|increase|rise|raise|hike|boost|jump|growth|more|higher|lower|less|cut|of the (?:\w+ )*budget|of (?:the )?(?:total|all|its|their|government|public) (?:(?!GDP\b|gross\b|economic\b|national income\b)\w+ )*(?:spending|expenditure|budget)|(?:percentage )?points?|year-on-year|annual(?:ly)? growth|in real terms|of (?:its|their|the) (?:(?!GDP\b|gross\b|economic\b|national income\b)\w+ )*(?:forces|budget|voters|respondents|population|staff|personnel|workforce|employees|troops|soldiers))/i;
const DELTA_BEFORE =
  /\b(?:(?:increas|rais|boost|ris|grow|grew|hik|cut|lift|expand|upp)\w*\s+(?:\w+\s+){0,8}by|an? (?:extra|further)|(?:increase|rise|hike|boost|addition)\s+(?:in|to)\s+(?:[\w-]+\s+){0,3}(?:would be|will be|is|was|of|amounts? to|comes? to)|(?:increase|rise|hike|growth|boost|jump|cut|decrease|drop)\s+of|up by|down by|(?<!\b(?:go|goes|went|gone|rise|rises|rose|risen|climb\w*|step\w*)\s)(?:up|down)|plus|\+|(?:grow|grew|grown|grows|rise|rises|rose|risen|fall|falls|fell|fallen|expand\w*|shrink\w*|shrank|contract\w*|jump\w*|climb\w*|surg\w*|soar\w*|declin\w*|drop\w*|slid\w*|slump\w*))\s*(?:about|around|some|nearly|almost|roughly|approximately|over|more than)?\s*$/i;
/** The rest of a list of sums on top: "additionally 3.5 billion in 2026 and 3 billion in 2027". */
const ADDITIONAL_LIST =
  /\b(?:additional(?:ly)?|extra)\b(?:(?:[^.;]|\.(?=\d)|(?<=\b[A-Z])\.)|\.(?=\d)){0,80}\band\s+(?:about|around|some|nearly|over)?\s*$/i;
/** "$53 billion in additional defence spending", "$14 billion drawn from the forward estimates". */
const ON_TOP_AFTER =
  /^\s*(?:\([^()]{0,40}\)\s*)?(?:in\s+(?:additional|extra|new|further)\b|(?:drawn|taken|coming|redirected|reallocated)\s+from\b)/i;
const ADDITIONAL_BEFORE =
  /\b(?:additional(?:ly)?|extra)(?:\s+(?:spend\w*|funding|money|investments?|defen[cs]e))?\s+(?:of\s+)?(?:about|around|some|nearly|almost|roughly|over|more than)?\s*$/i;
/**
 * A quantity of something other than defence spending named last before the figure: "the
 * economy will grow 1%", "inflation of 3%", "a deficit of 3%".
 */
const OTHER_QUANTITY =
  /\b(?:(?<!\bof\s+(?:the\s+|its\s+|their\s+)?)econom(?:y|ies)|inflation|unemployment|growth|interest rates?|tariffs?|deficits?|debt|polls?|voters|respondents|turnout|exports?|imports?|prices?|wages?|taxe?s?|VAT|pensions?|(?:development|foreign|overseas|international|humanitarian) (?:aid|assistance|spending|budget)|aid budget|gross national income|GNI)\b(?![^%]*\b(?:defen[cs]e|military|armed forces|security|NATO|arms)\b)[^%]*$/i;
/**
 * Money for something bought, given or lent, not a level of spending: "buy four submarines for
 * SEK 40 billion", "a 150 billion euro loan instrument", "an aid package of".
 */
const PURCHASE_BEFORE =
  /\b(?:buy\w*|bought|purchas\w*|order\w*|acquir\w*|procurement|contracts?|deals?|sales?|aid|loans?|grants?|packages?|instruments?|facilit(?:y|ies)|give\w*|gave|donat\w*|support for|(?<!\b(?:budget|plan|request|spending)\s)worth|valued at|costing|at a cost of)\b[^%]{0,40}$/i;
const PURCHASE_AFTER =
  /^\s*(?:\w+\s+){0,2}(?:loans?|aid|package|fund|instrument|facility|program|programme|scheme|contract|deal|order|sale|purchase|in (?:military )?(?:aid|support|loans))\b|^(?:[^.;]|\.(?=\d)|(?<=\b[A-Z])\.){0,40}\bin (?:the )?(?:\w+\s+)?(?:procurement|purchases?) of\b|^(?:[^.;]|\.(?=\d)|(?<=\b[A-Z])\.){0,25}\b(?:earmarked|set aside|allocated|reserved)\s+(?:for|to)\s+(?:the\s+)?(?:[^.;]|\.(?=\d)|(?<=\b[A-Z])\.){0,50}\b(?:system|project|programme|program|drones?|missiles?|submarines?|tanks?|jets?|aircraft|frigates?|satellites?|vehicles?|ammunition)\b/i;
/** "1 trillion yen for unmanned equipment": a line for things bought, not the defence level. */
const FOR_EQUIPMENT_AFTER =
  /^\s*(?:\([^()]{0,40}\)\s*)?(?:\w+\s+){0,2}(?:to\s+(?:procure|buy|purchase|acquire)|(?:for|on)\s+(?:the\s+)?(?:purchase|procurement|acquisition)\s+of|(?:to|for|on)\s+(?:defen[cs]e\s+)?(?:research|R&D))\b|^\s*(?:is|are|was|were|will be|would be)\s+(?:earmarked|set aside|allocated|reserved|intended|destined)\s+for\s+(?:purchasing|procuring|buying|acquiring)\b|^\s*(?:\([^()]{0,40}\)\s*)?(?:\w+\s+)?(?:for|on)\s+(?:the\s+)?(?:(?:new|more|additional|unmanned|uncrewed|advanced|such|\w+-\w+)\s+){0,2}(?:equipment|systems?|weapons?|drones?|missiles?|munitions|ammunition|aircraft|jets?|fighters?|ships?|frigates?|submarines?|tanks?|vehicles?|satellites?|radars?)\b/i;
const PART_BEFORE =
  /\b(?:consisting of|comprising|made up of|composed of|of which|components? of|share of|portion of|part of|including|includes)\b[^%;]{0,100}$/i;
/** "25.5 billion from a fund, bringing the total to 108 billion": a part of the sum named next. */
const PART_AFTER =
  /^(?:[^.;]|\.(?=\d)|(?<=\b[A-Z])\.){0,80}?\b(?:bring(?:s|ing)?|tak(?:es|ing)|push(?:es|ing))\s+(?:the\s+)?(?:total|overall|combined|sum)\b/i;
function partOfSum(further: string): boolean {
  const m = further.match(PART_AFTER);
  // "90 billion next year, bringing the total to 3% of GDP" is the same level as a share
  return m !== null && !SHARE_FIGURE.test(further.slice(m[0].length, m[0].length + 60));
}
/**
 * A level as it is, in the present: "allies spending more than 3 percent include", "the UK and
 * France spend nearer to 2 percent"; not "plans to spend closer to 2.5%", "wants to be spending
 * more than 3%".
 */
const SPENDING_NOW =
  /(?<!\b(?:to|be|will|would|could|should|must|may|might|can|shall)\s+(?:\w+ly\s+|soon\s+|also\s+|still\s+|then\s+|now\s+)?)\b(?:spend(?:s|ing)? (?:more|less) than|spend(?:s|ing)? (?:nearer|closer|close) to)\s*(?:about|around)?\s*$/i;
/** A level compared with: "more than the 2%", "well below the". */
const YARDSTICK_COMPARED =
  /\b(?:(?:more|less|higher|lower|greater|bigger|smaller)\s+than|above|below|short of|beyond)\s+(?:the|NATO['’]s|the alliance['’]s)\s+(?:[\w-]+\s+){0,2}$/i;
/** A budget asked for above a sum: "seeking a budget exceeding ¥8.5 trillion". */
const SOUGHT_ABOVE =
  /\b(?:seek\w*|sought|request\w*|ask\w* for|propos\w*)\s+(?:a|an)\s+(?:[\w-]+\s+)?budget\s+(?:of\s+)?(?:exceeding|above|over|topping|of more than)\s*$/i;
/** A ceiling is not a level to be reached: "capped at 2%", "a cap of", "limited to". */
const CAP_BEFORE =
  /\b(?:capped|caps?\s+(?:at|of)|ceiling|limit(?:ed|s)?\s+(?:at|of|to)|upper limit)\b[^%]{0,50}$/i;
/** What a component of a split is for: "1.5% for resilience", "1.5% on security-related". */
const COMPONENT_AFTER =
  /^\s*(?:of (?:GDP|gross domestic product|their GDP|its GDP)\s+)?(?:for|on|to|in|into|towards)\s+(?:[\w,-]+\s+){0,4}?(?:resilience|infrastructure|security|(?:defen[cs]e|security)[- ]related|related|cyber\w*|civil\w*|core|preparedness)\b/i;
/** A fiscal rule's line rather than a target. */
const THRESHOLD =
  /\b(?:debt brake|deficit|exempt\w*|does not exceed|excessive|borrow\w*|fiscal rules?|escape clause|debt)\b/i;
const NEGATION =
  /\b(?:not(?! only\b)|(?:has|have|had|is|are) yet to|no longer|never|\w+n['’]t|won['’]t|isn['’]t|aren['’]t|didn['’]t|don['’]t|doesn['’]t|rather than|instead of|fail\w*|unable|refus\w*|reject\w*|against|reluctan\w*|hesitan\w*|unwilling|postpon\w*|defer\w*|shelv\w*|(?:his|her|their|its) opposition to|(?<!\b(?:which|who|that)\s+)oppos(?:es|ed|ing)\s+(?:any\s+|a\s+|an\s+)?(?:raising|increasing|lifting|boosting|rise|increase|higher))\b/i;
/**
 * Denials and doubts that hold only over the figure's own clause, not past a comma, an "and" or
 * a verb of speech: "Tokyo denied a report that the US asked it to raise ... to 3.5%", "no US
 * demand for ... 3.5%", "it is unlikely that NATO will move to a 2.5% target"; but not "With no
 * end to the war in sight, Poland will raise", "denied reports of cuts and said Italy will reach".
 */
const NEAR_NEGATION =
  /\b(?:unlikely|doubtful|impossible|den(?:y|ies|ied)|cannot (?:\w+ ){0,2}?(?:reach|meet|spend|afford|commit|go|allocate|raise|achieve)|no(?=\s+(?!(?:less|later|fewer|earlier|sooner|more|doubt|question)\b|plans? to (?:cut|reduce|lower|drop|abandon|scale)\b)\w))\b[^,;]*$/i;
const NEAR_NEGATION_CUT = /[,;]|\b(?:and|but|yet|said|says|say|added|told)\b/gi;
/** A sentence that ranks countries by what they spend: "the second is the USA with 3.5%". */
const RANKING =
  /\b(?:followed by|(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) (?:place|is|was|were|are|come|came)|place[sd]?|ranked|ranking|top(?:s|ped)? the list|largest|highest|lowest|smallest)\b/i;
const BUDGET_SHARE = new RegExp(
  `\\d\\s*${PERCENT}\\s+of\\s+(?:the|its|their)\\s+(?:[\\w-]+\\s+)?budget\\b`,
  "i",
);
/** A target replaced by the one the sentence is about: "the previous one [of 2%]", "the old 2%". */
const SUPERSEDED_BEFORE =
  /\b(?:previous|former|old|earlier|outgoing)(?:\s+(?:NATO|alliance))?(?:\s+(?:one|target|goal|commitment|benchmark|guideline|pledge))?\s*[[(]?\s*(?:of\s+)?(?:at least\s+)?$/i;
/** "would ... meet NATO's previous 2% target this fiscal year": the old target still to be met. */
const MEETS_OLD =
  /\b(?:will|would|to|pledg\w*|promis\w*|vow\w*|commit\w*)\b(?:[^%.;]|\.(?=\d)){0,80}?\b(?:meet|reach|hit|achieve|attain)\s+(?:NATO['’]s|the alliance['’]s|the)\s+(?:previous|former|old|earlier)\b[^%]{0,30}$/i;
/** A level called too much by the one speaking: "a 5% spending would be disproportionate". */
const REJECTED_AFTER =
  /^(?:[^.;:]|\.(?=\d)|(?<=\b[A-Z])\.){0,40}?(?:\b(?:would|will|is|are|was|were)\s+(?:be\s+)?(?:\w+\s+)?|["“”'‘’]\s*)(?:disproportionate|unnecessary|unrealistic|unaffordable|impossible|(?:too|realistically|very) difficult|difficult to (?:justify|achieve|reach|afford|meet)|unreasonable|unthinkable|unacceptable|absurd|excessive|unattainable|out of reach|out of the question|not (?:possible|realistic|feasible|affordable|necessary))\b/i;
/** Some or all of the allies, counted by a third party: "20 allies are expected to reach". */
const THIRD_PARTY =
  /\b(?:\d+|all|only|most|several|many|few|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|\w+ of the \d+|\d+ of \d+)\s+(?:of\s+(?:the\s+)?)?(?:\d+\s+)?(?:NATO\s+)?(?:member\s+)?(?:countries|allies|states|members|nations)\b(?!\s+(?:have|has)\s+(?:agreed|pledged|committed))/i;
const ESTIMATE =
  /\b(?:according to (?:the )?(?:NATO |alliance |new |latest |annual )*(?:estimates?|data|figures|reports?)|estimated figures|(?:estimates?|data|figures|projections)(?:\s+[\w-]+){0,6}\s+(?:show\w*|suggest\w*|indicat\w*)|IMF|SIPRI|Eurostat|survey|poll|calculat\w*|(?:NATO|the alliance|analysts?|economists?|experts?|institute|think tanks?|observers)\s+(?:estimates?|forecasts?|projects?|predicts?|expects?)|(?:will|would|could|to) cost|costs? (?:of|between|about|around)|costing|(?:forecast(?:ed)?|projected|estimated) (?:rise|increase|growth|level|total))\b/i;
/**
 * A sentence that gives its figures as some body's data or estimates reports levels, wherever
 * in the sentence it says so: "..., Croatia 1.8% and Slovenia 1.3%, according to NATO data".
 */
const FIGURES_SOURCE =
  /\b(?:according to (?:the )?(?:[\w-]+ ){0,3}(?:estimates?|data|figures|statistics|calculations|institute|think[- ]tank|researchers|report\b(?=[^.;%]{0,60}\bNATO\b))|(?:estimates?|data|figures|statistics) (?:from|by|of|released by|published by) (?:NATO|SIPRI|the alliance|the IMF|Eurostat)|(?:NATO|SIPRI|the alliance|IMF|Eurostat)(?:['’]s)? (?:new |latest |annual |fresh )?(?:estimates?|data|figures|statistics)\b[^.;]{0,60}\b(?:showed|shows?|suggested|indicated|revealed)(?=\s*[.!"”’]*\s*$))/i;
/**
 * A group's spending added up and forecast ("members are forecast to lift their joint outlays
 * to", "are projected to collectively reach 2%"): a tally of what the members do, not a level
 * any of them set.
 */
const COMBINED =
  /\b(?:expected|estimated|projected|forecast|on track|likely|would|will)\b[^%]{0,60}\b(?:(?:a\s+)?combined\s+total|(?:combined|aggregate|collective|joint)\s+(?:[\w-]+\s+){0,2}(?:spending|expenditure|outlays|budgets?)|collectively)\b[^%]*$/i;
/** A government's whole budget, not its defence part: "the overall budget, which will amount to". */
const WHOLE_BUDGET =
  /\b(?:overall|total|whole|entire|general|state|federal|national|government|public|annual|supplementary)\s+(?:planned\s+|projected\s+)?(?:budget|(?:government\s+|public\s+|state\s+)?(?:spending|expenditures?|outlays))\b(?!(?:[^.]|\.(?=\d)|(?<=\b[A-Z])\.)*\b(?:defen[cs]e|military|armed|army)\b)(?:[^.]|\.(?=\d)|(?<=\b[A-Z])\.)*$/i;
const SENT_TO_DEFENCE =
  /^\s*(?:(?:will|would|is|are|was|were|shall)\s+(?:be\s+)?)?(?:(?:allocated|earmarked|set aside|assigned|devoted|dedicated|go(?:es)?|going)\s+)?(?:to|for)\s+(?:the\s+)?(?:\w+\s+)?(?:defen[cs]e|military|armed forces|army)\b/i;
const WHOLE_BUDGET_AFTER =
  /^\s*(?:[\w-]+\s+){0,2}(?:overall|total|whole|general|state|federal|national|government|public|annual|supplementary)\s+(?:spending\s+)?(?:budget|plan)\b/i;
/**
 * A level set in the past tense, "raised its defence spending to", "budgeted $886 billion for":
 * done, not to be reached, unless it is for a later year than the article's. A target raised
 * ("raised its target to 3%") is still a target.
 */
const PAST_LEVEL =
  /(?:^|[^\w\s]\s*|\b(?!(?:will|would|to|be|being|been|has|have|had|plans?|wants?|aims?)\s)\w+\s+)(?:raised|increased|lifted|boosted|hiked|pushed|brought|took|doubled|budgeted|allocated|earmarked|devoted|set aside)\s+(?:(?!target|goal|ambition|aim|objective|plan)[\w'’-]+\s+){0,4}(?:(?:to|at|for)\s+)?(?:about|around|nearly|almost|some|roughly)?\s*$/i;
/** Words that make a level something to be reached, agreed or asked for. */
const FUTURE =
  /\b(?:will|would|shall|set to|plans?|planned|planning|request\w*|draft|bill|authori[sz]\w*|appropriat\w*|aims?|aiming|intends?|wants?|going to|expects?|expected|pledg\w*|commit\w*|promis\w*|tasked|agree\w*|decid\w*|decision|adopt\w*|stick to|reach\w*|meet|meeting|achiev\w*|attain\w*|rais\w*|increas\w*|boost\w*|lift\w*|ups?|grow|hike|double|bring|take|must|should|need\w*|has to|have to|call\w*|urg\w*|demand\w*|press\w*|insist\w*|propos\w*|target\w*|goal|aspir\w*|budget\w*|allocat\w*|earmark\w*|invest\w*|spend(?:ing)?|hit|towards|new|minimum|floor|least|up to|by)\b/i;
const DEMAND =
  /(?:exigi[óo]|\bexige\b|\bfordert\b|\bdemande\b)|\b(?:must|should|urged?|urging|call(?:ed|s|ing)? (?:on|for)|demand(?:ed|s|ing)?|press(?:ed|es|ing|ure)|insist(?:ed|s)?|need(?:s|ed)? to|has to|have to|told (?:allies|them|\w+) to|wants? (?:allies|members|NATO|all|them|Europe(?:ans)?)|propos\w*|flagged|suggested)\b/i;
const AGREEMENT =
  /\b(?:agree\w*|adopt\w*|summit|declaration|decision|decided|(?<!\bto\s)commit(?:ted|ment)?|allies (?:will|have|are)|new (?:NATO )?(?:target|goal|benchmark|standard)|Vilnius|Hague|Wales)\b/i;

/**
 * "GDP is estimated at 7.96 billion euros", "revenues of about 647 billion", "taxes to generate
 * 5 billion": money after a mention of the economy or the public purse, with no defence between.
 */
function gdpLevel(head: string): boolean {
  const last = [
    ...head.matchAll(
      /\b(?:GDP|gross domestic product|economy|revenues?|deficit|debt|surplus|tax(?:es)?|exports?)\b/gi,
    ),
  ].at(-1);
  return last !== undefined && !/\b(?:defen[cs]e|military|armed)\b/i.test(head.slice(last.index));
}

/** Verbs that turn what follows into something to be reached. */
const COMMITTING =
  /\b(?:(?:will|would|shall|to) (?:even )?(?:exceed|surpass)|will|would|shall|must|should|set to|plans? to|aims? to|wants? to|intends? to|going to|expected to|projected to|pledg(?:e|es|ing)|commit(?:s|ting)?|reach(?:es|ing)?|meet|achiev(?:e|es|ing)|rais(?:e|es|ing)|increas(?:e|es|ing)|boost(?:s|ing)?|lift(?:s|ing)?|hike|agree(?:s|ing)?|agreed to|(?:pledged|promised|vowed|committed)(?= to\b))\b/gi;

const CURRENT_YARDSTICK =
  /\bcurrent(?=\s+(?:[\w%.-]+\s+){0,2}(?:target|goal|benchmark|guideline|threshold)\b)/i;

/** The part of `s` after the last match of `re` (all of it when none). */
function afterLast(re: RegExp, s: string): string {
  let cut = 0;
  for (const m of s.matchAll(re)) cut = m.index + m[0].length;
  return s.slice(cut);
}

/** Clause breaks: a new clause rarely carries the previous one's subject to a figure. */
const CLAUSE_BREAK =
  /[;:—–]|,\s+(?=(?:while|but|whereas|which|although|compared|just as|even as|and (?:the|its)|saying|adding|noting|arguing|stressing|insisting)\b)/gi;

function clauseBefore(text: string, at: number): string {
  const head = text.slice(0, at);
  let cut = 0;
  for (const m of head.matchAll(CLAUSE_BREAK)) cut = m.index + m[0].length;
  return head.slice(cut);
}

const CORE =
  /\bcore\b|direct (?:military|defen)|hard (?:defen|security)|traditional defen|military personnel|modernisation|armament/i;
const RELATED =
  /related|infrastructure|resilience|broader (?:national )?security|other security|civil(?:ian)? (?:preparedness|defen)|non-military/i;

function basisOf(text: string, figure: Figure, article: ArticleFacts): BasisHint {
  // the words after a figure up to the next one: "3.5% on defence and 1.5% on resilience"
  const rest = text.slice(figure.end, figure.end + 90);
  const next = rest.search(SHARE_FIGURE);
  const after = next >= 0 ? rest.slice(0, next) : rest;
  const around =
    clauseBefore(text, figure.at).slice(-45) + text.slice(figure.at, figure.end) + after;
  const core = CORE.test(after);
  const related = RELATED.test(after);
  // "core defence requirements as well as defence- and security-related spending": both
  if (core && related) return "total";
  // "5% on defence and security-related spending": defence itself named beside the related part
  if (related && /defen[cs]e[- ]and[- ](?:broader[- ])?security/i.test(after)) return "total";
  if (core) return "core";
  if (related) return "related";
  if (
    /defen[cs]e[- ]and[- ]security|defen[cs]e and (?:broader )?security|total security|\bin total\b|including|in all\b/i.test(
      around,
    )
  )
    return "total";
  if (figure.value === 5 && article.split) return "total";
  if (figure.value === 3.5 && article.split && RELATED_SHARE.test(text)) return "core";
  if (figure.value === 1.5 && article.split && CORE_SHARE.test(text)) return "related";
  return null;
}

/**
 * The alliance's own 3.5% and 1.5% are the two parts of the Hague commitment, whether or not
 * the article names the split. A 5% alone may be a demand that predates the split, so it stays
 * unspecified.
 */
function allianceSplit(figure: Figure, actor: string | null): BasisHint {
  if (actor !== "NATO") return null;
  return figure.value === 3.5 ? "core" : figure.value === 1.5 ? "related" : null;
}

/** The country of a national currency ("TWD 900 billion" is Taiwan's); not the euro or dollar. */
const CURRENCY_COUNTRY: Readonly<Record<string, string>> = {
  TWD: "TWN",
  PLN: "POL",
  JPY: "JPN",
  KRW: "KOR",
  INR: "IND",
  CZK: "CZE",
  SEK: "SWE",
  NOK: "NOR",
  DKK: "DNK",
  GBP: "GBR",
  CAD: "CAN",
  AUD: "AUS",
  TRY: "TUR",
  HUF: "HUN",
  RON: "ROU",
  PHP: "PHL",
  RUB: "RUS",
  CNY: "CHN",
  UAH: "UKR",
  MYR: "MYS",
  IDR: "IDN",
};

function currencyCountry(text: string): string | null {
  for (const a of amountsIn(text)) {
    const country = a.currency ? CURRENCY_COUNTRY[a.currency] : undefined;
    if (country) return country;
  }
  return null;
}

interface ArticleFacts {
  readonly year: number;
  readonly month: number;
  readonly aboutDefence: boolean;
  /** The Hague split (3.5% core and 1.5% related) appears in the article. */
  readonly split: boolean;
}

interface Context {
  /** The country or alliance the passage is about, from earlier sentences. */
  /** Looked up only when a figure names no country, since finding names is the costly part. */
  readonly subject: () => string | null;
  /** The year and actor of the previous sentence's claim, for "the new target" referring back. */
  readonly passageYear: number | null;
  readonly passageActor: string | null;
  /** The actor of the sentence just before, when it gave a claim: what "they" can refer to. */
  readonly previousActor: string | null;
  /** The target share named in the previous sentence, for "would reach the goal this year". */
  readonly previousShare: number | null;
  /** The previous sentence's planned sum, which "This amount equates to 4.8% of GDP" restates. */
  readonly previousMoney: {
    readonly ally: string;
    readonly year: number;
    readonly amount: number | null;
    readonly currency: string | null;
  } | null;
}

/** The alliance's new target named as such: "the new NATO target of 3.5%". */
const NEW_TARGET_BEFORE =
  /\b(?:the new (?:NATO|alliance|Hague)(?:['’]s)?|(?:NATO|the alliance)['’]s (?:new|newly agreed|recently agreed))\s+(?:[\w-]+ ){0,2}(?:target|goal|benchmark|guideline) of (?:at least |around |about )?$/i;
/** A sentence that restates the sum before it as a share: "This amount equates to 4.8% of GDP". */
const RESTATES =
  /^\W*(?:this|that|it|the (?:[\w-]+\s+){0,2}?(?:sum|amount|figure|total|budget|allocation))(?:\s+(?:sum|amount|figure|budget|allocation))?\s+(?:equates?|represents?|corresponds?|is equivalent|equals?|would (?:be|represent|equal)|will (?:be|represent|equal)|is)\b(?:[^.;]|\.(?=\d)|(?<=\b[A-Z])\.){0,30}$/i;

const DEMANDER_AFTER =
  /^\s*(?:['’]s\s+)?(?:(?:[\p{L}-]+\s+){0,8}|(?:[\p{L},-]+\s+){0,4})(?:call\w* (?:on|for)|urg\w*|press\w*|push\w*|pressur\w*|demand\w*|insist\w*|wants? (?:allies|members|NATO|all|them|Europe(?:ans)?|other)|told (?:allies|members|NATO|them)|ask\w* (?:allies|members|NATO|them)|exigi\w*|fordert)/iu;
/** "Trump wants Spain to spend": a named country asked, read case-sensitively. */
const WANTS_COUNTRY_TO = /^\s*(?:[\p{L},-]+\s+){0,4}wants?\s+(?:[\p{Lu}][\p{L}.]*\s+){1,2}to\b/u;
const DEMANDER_BEFORE = /\b(?:by|under)\s+(?:the\s+)?(?:[A-Z][\p{L}.]*\s+){0,3}$/u;

/** The country whose spending a figure is about: the nearest actor before it in its clause. */
/** A capital opening a sentence stands for its government: "Oslo ups defence spending". */
const CAPITAL_SUBJECT = new RegExp(
  `^(${Object.keys(CAPITALS).join("|")})\\b(?!['’]s\\s+(?:summit|meeting))`,
  "i",
);

/** "China's threats", "Russia's aggression": the threat's doing, not a budget of its own. */
const THREATS_OF =
  /^['’]s\s+(?:threats?|aggression|invasion|attacks?|pressure|war|coercion|intimidation)\b(?!\s+(?:budget|chest|spending|economy|effort|readiness|preparations?|machine|industry))/i;
/** Threat actors and the war's theatre: rarely the subject of a defence-spending target. */
const NOT_SUBJECTS = new Set(["RUS", "CHN", "UKR"]);
const COMMITS_TO_MEET =
  /\b(?:agreed|pledged|promised|vowed|committed|undertook)\b(?:[^.;]|\.(?=\d)|(?<=\b[A-Z])\.){0,60}\b(?:meet|reach(?:ing)?|hit(?:ting)?|achiev(?:e|ing))\b/i;
const OWNING_VERB =
  /\b(?:will|would|set to|plans?|aims?|wants?|reach\w*|meet\w*|achiev\w*|stick|hit|commit\w*|its (?:path|way|road) (?:to|towards?))\b/i;
/** A country referred to, not named: "the country will reach", "the government aims". */
const UNNAMED_COUNTRY =
  /\b(?:the|our|this) (?:country|nation|government|cabinet|kingdom|republic)\b(?![^,;]*\b(?:NATO|allies)\b[^,;]*\b(?:will|would|plans?|aims?))/i;
/** What joins the two parts of a pair of shares: ", and an additional", "plus". */
const PAIR_BETWEEN =
  /^[^.;%]{0,80}?(?:,\s*|\s)(?:and|plus|with)\s+(?:an?\s+)?(?:additional|further|another|extra|other)?\s*(?:up to\s+|at least\s+)?$/i;
/** The alliance's standing yardstick named just before a figure: "NATO's target of 2%". */
const YARDSTICK_BEFORE =
  /\b(?:NATO|alliance|Alliance)(?:['’]s|-(?:agreed|set|mandated|wide))?\s+(?:[\w-]+\s+){0,4}(?:target|goal|benchmark|guideline|commitment|standard|quota|threshold|mark)\s+(?:of\s+)?(?:at least\s+)?$|\b(?:NATO|alliance|Alliance)['’]s\s+(?:[\w-]+\s+){0,2}$|\b(?:NATO|alliance|Alliance)['’]s\s+(?:[\w-]+\s+){0,2}(?:target|goal|aim|ambition|plan)\s+(?:is|was|would be|will be)\s+(?:to\s+)?[^.;%]{0,80}$/;
const ALLIANCE_CUE =
  /\b(?:NATO(?!-(?:style|like|type))(?!['’]?s?\s+(?:standards?|definitions?|methodology|criteria|accounting|territory|soil|airspace|borders?|flank)\b)|the alliance|summit|collective(?:ly)?|allies|allied)\b/i;
/**
 * Countries named as examples, exceptions, comparisons or objects ("dependent on the
 * United States", "pressure from Washington") are not the ones who act, nor are the rest of a list they
 * open: "all allies except Spain and Canada", "including Italy and Spain".
 */
const NOT_ACTOR_BEFORE =
  /\b(?:including|such as|like|unlike|alongside|than|with|against|on|upon|towards?|behind|ahead of|after|(?:pressure|demands?|calls?|criticism|threats?) from|except|excepting|excluding|besides|apart from|other than|aside from|save for|but for)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)*\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*)(?:the\s+)?)*$/iu;
/**
 * A mention set aside as an example, exception or object. After a comma it is still in the
 * list only if the list goes on after it ("including Italy, Spain and Greece"); otherwise the
 * comma closed the phrase ("Unlike Germany, France will ...").
 */
function setAside(text: string, m: { readonly at: number; readonly end: number }): boolean {
  const lead = text.slice(Math.max(0, m.at - 80), m.at);
  // "a summit held in The Hague, Netherlands, agreed", "talks hosted in Poland": where, not who
  const venue = lead.match(VENUE_BEFORE);
  if (venue && (!venue[1] || /^\s*(?:[,.;:)]|$)/.test(text.slice(m.end)))) return true;
  if (!NOT_ACTOR_BEFORE.test(lead)) return false;
  return !/,\s*(?:the\s+)?$/.test(lead) || /^\s*(?:,|and\b|or\b|&)/i.test(text.slice(m.end));
}
/** A meeting's place before a country, the city first when there is one (its group 1). */
const VENUE_BEFORE =
  /\b(?:held|hosted|took place|takes place|taking place|convened|gathered|meeting|summit|conference|talks|forum)\s+(?:in|at)\s+(?:the\s+)?([\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)?,\s*)?(?:the\s+)?$/u;
const ASIDE =
  /,\s*(?:which|who|whose|where|a|an|like|unlike|along with|together with|as well as|one of|(?:two|three|four|both) of|among|home to|bordering|next to)\b[^,;]{0,100},/gi;
/** The allies as a group in subject position, not the object of a preposition ("for members"). */
function collectiveSubject(clause: string): boolean {
  for (const m of clause.matchAll(COLLECTIVES)) {
    const lead = clause.slice(Math.max(0, m.index - 20), m.index);
    if (
      OTHER_REGION_BEFORE.test(lead) ||
      OTHER_REGION_AFTER.test(clause.slice(m.index + m[0].length))
    )
      continue;
    if (
      !OBJECT_LEAD.test(lead) &&
      !RANKED_LEAD.test(clause.slice(Math.max(0, m.index - 40), m.index))
    )
      return true;
  }
  return false;
}
/** "Poland leads NATO member countries": the allies ranked, not acting. */
const RANKED_LEAD =
  /\b(?:leads?|led|tops?|topped|heads?|headed|outspends?|outspent|outpaces?|among)\s+(?:the\s+|all\s+|other\s+)?(?:(?:NATO|alliance)\s+)?(?:member\s+)?$/i;
const OBJECT_LEAD =
  /\b(?:for|of|to|among|from|with|on|by|at|than|like|between|about|into|towards?|against)\s+(?:the\s+|its\s+|their\s+|other\s+|fellow\s+)*$/i;
/** Offices the United States does not have: "the prime minister", "the chancellor". */
const NON_US_OFFICE = /^\W*the (?:prime minister|premier|chancellor)\b/i;
const NATIONAL_GOVERNMENT =
  /\b(?:government|cabinet|ministry|parliament|coalition|executive|(?:prime|finance|defen[cs]e|foreign) minister)\b(?!s)/i;
/** Verbs that report speech or belief: what follows is what the speaker says of someone. */
const SPEECH =
  /\b(?:said|says|say|told\s+(?:[\w-]+\s+){0,3}?(?:that\s+)?|believes?|argued|argues|insisted|insists|stressed|stresses|warned|warns|added|thinks?|wrote|writes|proposed|proposes|suggested|suggests)\b(?:\s+that\b)?/gi;
/** Obligation laid on someone: "must", "should", "need to", "have to". */
const DEONTIC = /\b(?:must|should|ought to|needs? to|ha(?:ve|s|d) to|is to|are to)\b/i;
/**
 * The allies as a group as the subject of a clause: "members envisaged", "countries would
 * spend", "member states agreed". A clause so led is about the alliance, whatever country an
 * earlier sentence named.
 */
const COLLECTIVE =
  /\b(?:allies|members|member (?:states|countries|nations)|(?:NATO|alliance|allied|European|member) (?:countries|nations|states|governments|leaders|capitals)|countries|nations|governments|Europeans)\b/i;
/** COLLECTIVE for matchAll, which copies it, so its own lastIndex stays 0. */
const COLLECTIVES = new RegExp(COLLECTIVE.source, "gi");

/** The country whose spending a figure is about: the nearest actor before it in its clause. */
function actorOf(
  text: string,
  found: Mention[],
  figure: Figure,
  ctx: Context,
): { actor: string | null; demander: string | null } {
  const clause = clauseBefore(text, figure.at);
  const clauseStart = figure.at - clause.length;
  let demander: string | null = null;
  // "Germany, which borders Poland, will spend", "Norway, a close ally of the United States,
  // will": a country inside an aside between the subject and its verb is not the subject
  const asides = [...text.matchAll(ASIDE)].map((a) => [a.index, a.index + a[0].length] as const);
  const usable = (m: Mention) => {
    const lead = text.slice(Math.max(0, m.at - 80), m.at);
    // "NATO Secretary General Mark Rutte": the title of the person named, not an actor
    if (
      m.ally === "NATO" &&
      /^\s+(?:Secretary[- ]General|Deputy Secretary[- ]General|spokes\w+)\b/i.test(
        text.slice(m.end, m.end + 30),
      )
    )
      return false;
    // "commitments to NATO": the alliance as an object, not the one who spends
    if (
      m.ally === "NATO" &&
      (/\b(?:to|towards|at|within|in|into|from|outside(?: of)?)\s+(?:the\s+)?$/i.test(lead) ||
        // "Poland leads NATO member countries": the allies ranked, not acting
        (RANKED_LEAD.test(lead) &&
          (/^\s+(?:member\s+)?(?:countries|states|nations|members|allies)\b/i.test(
            text.slice(m.end),
          ) ||
            /\b(?:countries|states|nations|members|allies)$/i.test(text.slice(m.at, m.end)))))
    )
      return false;
    // "under U.S. pressure", "suggested by U.S. President Trump": the one who asks
    if (DEMANDER_BEFORE.test(lead) || setAside(text, m)) return false;
    if (asides.some(([from, to]) => m.at > from && m.end <= to && to <= figure.at)) return false;
    // "will rise almost to Estonian levels": a country compared with
    if (/^\s+levels?\b/i.test(text.slice(m.end, m.end + 10))) return false;
    // "the first U.S. treaty ally to raise", "pay fees to the United States and raise": the
    // country whose ally it is, or the one paid, is not the one that spends
    if (
      m.ally !== "NATO" &&
      !m.person &&
      (/^\s+(?:treaty\s+|defen[cs]e\s+|security\s+|close\s+)?(?:ally|allies|partners?)\b/i.test(
        text.slice(m.end, m.end + 30),
      ) ||
        (/\b(?:pay\w*|paid|fees?|payments?|aid|exports?|sold|sells?|sales?|transfer\w*|deliver\w*|suppl(?:y|ies|ied))\b(?:\s+[\w-]+){0,3}\s+to\s+(?:the\s+)?$/i.test(
          lead,
        ) &&
          !/^['’]s\b/.test(text.slice(m.end))))
    )
      return false;
    const rest = text.slice(m.end, figure.at);
    // "America's allies in Asia should spend": the allies', not America's
    if (/^['’]s\s+(?:\w+\s+)?(?:allies|partners)\b/i.test(rest)) return false;
    // "at the summit in Lithuania's capital Vilnius", "near NATO's eastern borders": where, not who
    if (
      /^['’]s\s+(?:(?:eastern|western|northern|southern|northeastern|outer)\s+)?(?:capital|borders?|flank|territory|airspace|coast|soil)\b/i.test(
        rest,
      )
    )
      return false;
    if (DEMANDER_AFTER.test(rest) || WANTS_COUNTRY_TO.test(rest)) {
      demander = m.ally;
      return false;
    }
    return !NOT_SUBJECTS.has(m.ally);
  };
  // "Duda seeks to increase the target to 3%", "the leaders to raise this objective to 3%":
  // the alliance's common target raised, asked for by the country that speaks
  if (ALLIANCE_TARGET_RAISED.test(clause)) {
    const asking = found.filter((m) => m.end <= figure.at && !m.person && m.ally !== "NATO").at(-1);
    const speaker = found.filter((m) => m.end <= figure.at && m.person).at(-1);
    return { actor: "NATO", demander: asking?.ally ?? speaker?.ally ?? demander };
  }
  // "Trump's proposed 5% target": a US leader's figure is asked of the allies
  const lastNamed = found.filter((m) => m.end <= figure.at).at(-1);
  if (
    lastNamed?.person &&
    lastNamed.ally === "USA" &&
    /^['’]s\s+(?:[\w-]+\s+){0,2}$/.test(text.slice(lastNamed.end, figure.at))
  )
    return { actor: "NATO", demander: "USA" };
  const before = found.filter((m) => m.end <= figure.at && usable(m));
  const inClause = before.filter((m) => m.at >= clauseStart);
  // "Russia will spend 6.3% of GDP", "Putin approved 12 trillion rubles": the threat's own
  // figure, not the passage's country's; not proposed
  const last = found.filter((m) => m.end <= figure.at && m.at >= clauseStart).at(-1);
  const inAside = (m: Mention) => asides.some(([from, to]) => m.at > from && m.end <= to);
  if (
    last &&
    NOT_SUBJECTS.has(last.ally) &&
    !setAside(text, last) &&
    // "Poland, which borders both Russia and Ukraine, aims to spend": the aside's country
    !inAside(last) &&
    !THREATS_OF.test(text.slice(last.end, last.end + 40)) &&
    !OBJECT_LEAD.test(text.slice(Math.max(0, last.at - 20), last.at))
  )
    return { actor: last.ally, demander };
  const countries = (list: Mention[]) => list.filter((m) => !m.person);
  // "Germany's minister said Europe must spend 3.5%": a country speaking of the allies as a
  // group asks them; the figure is the alliance's
  const speech = [...clause.matchAll(SPEECH)].at(-1);
  if (speech) {
    const cut = speech.index + speech[0].length;
    const complement = clause.slice(cut);
    const named = countries(inClause).filter((m) => m.at >= clauseStart + cut);
    const speaker = countries(inClause)
      .filter((m) => m.at < clauseStart + cut)
      .at(-1);
    if (
      named.length === 0 &&
      speaker &&
      (collectiveSubject(complement) || /\bEurope\b/.test(complement)) &&
      !/\b(?:we|our|us)\b/i.test(complement)
    )
      return { actor: "NATO", demander: DEONTIC.test(complement) ? speaker.ally : demander };
  }
  // a clause led by the allies as a group is the alliance's, not an earlier clause's country
  const nearest =
    countries(inClause).at(-1) ??
    (collectiveSubject(clause) && !/\b(?:we|our|us)\b/i.test(clause)
      ? undefined
      : countries(before).at(-1));
  if (!nearest && collectiveSubject(clause) && !/\b(?:we|our|us)\b/i.test(clause))
    return { actor: "NATO", demander };
  // "Italy is set to reach NATO's target of 2%" is Italy's; "the new NATO target of 3.5%" the
  // alliance's. The alliance named in the yardstick is not the country that may own it.
  if (YARDSTICK_BEFORE.test(text.slice(Math.max(0, figure.at - 80), figure.at))) {
    const national = (list: Mention[]) => countries(list).filter((m) => m.ally !== "NATO");
    // "Sanchez agreed to meet NATO's target of 2%": a national leader committing to it
    const nationalLeader = (after: (m: Mention) => boolean) =>
      inClause.filter((m) => m.person && m.ally !== "NATO" && m.ally !== "USA" && after(m)).at(-1);
    const leader = nationalLeader((m) => COMMITS_TO_MEET.test(text.slice(m.end, figure.at)));
    // "the Carney government ... is expected to reach the NATO threshold": a leader's government
    const government = nationalLeader((m) =>
      /^\s*(?:government|cabinet|administration)\b/i.test(text.slice(m.end)),
    );
    const owner = national(inClause).at(-1) ?? leader ?? government ?? national(before).at(-1);
    const between = owner ? text.slice(owner.end, figure.at) : "";
    // "Finland will spend 2.6% in 2027, closer to the new NATO target of 3.5%": the country's
    // figure was the earlier one, and the yardstick stays the alliance's
    // (a yardstick clause matters only after a figure of the owner's own)
    const owns =
      owner &&
      !(YARDSTICK_CLAUSE.test(between) && SHARE_FIGURE.test(between)) &&
      OWNING_VERB.test(between);
    if (owns) return { actor: owner.ally, demander };
    // "after announcing that he would meet the NATO target of 2% by 2029, Prime Minister Pedro
    // Sánchez ...": the national leader the pronoun stands for, named anywhere in the sentence
    // (the pronoun the subject of the verb that meets it)
    if (
      !owner &&
      /\b(?:he|she)\s+(?:\w+\s+){0,2}?(?:meet|reach|hit|achieve|attain)\b/i.test(clause)
    ) {
      const named = found.filter((m) => m.person && m.ally !== "NATO" && m.ally !== "USA");
      if (named.length === 1 && named[0]) return { actor: named[0].ally, demander };
    }
    // "the country will reach NATO's target of 3.5% by 2030": the passage's country, unnamed
    const unnamed = clause.match(UNNAMED_COUNTRY);
    if (
      !owner &&
      unnamed &&
      OWNING_VERB.test(clause.slice((unnamed.index ?? 0) + unnamed[0].length))
    ) {
      const subject = ctx.subject();
      if (subject) return { actor: subject, demander };
    }
    return { actor: "NATO", demander };
  }
  // "U.S. President Donald Trump pitched the 5% target": the country names the speaker's office,
  // and a US official's share of GDP is asked of the allies, as with the person alone
  if (
    nearest?.ally === "USA" &&
    !Number.isNaN(figure.value) &&
    (US_OFFICE_AFTER.test(text.slice(nearest.end, nearest.end + 40)) ||
      /\b(?:target|goal|benchmark|proposal|request|demand|standard|norm|criterion)\b/i.test(
        text.slice(nearest.end, figure.end + 40),
      ))
  )
    return { actor: "NATO", demander: "USA" };
  if (nearest) {
    // "France and Germany have pledged": every country of the list
    const group = [nearest];
    for (let i = before.indexOf(nearest) - 1; i >= 0; i--) {
      const m = before[i] as Mention;
      const next = group[0] as Mention;
      if (m.person || !/^\s*(?:,|and|&|,\s*and)\s*$/.test(text.slice(m.end, next.at))) break;
      group.unshift(m);
    }
    return { actor: group.map((m) => m.ally).join(" "), demander };
  }
  // "3.5% of each member state's GDP": every ally's
  if (
    /^\s*of\s+(?:each|every)\s+(?:member state|member|ally|country)['’]s\s+(?:GDP|gross domestic product)/i.test(
      text.slice(figure.end, figure.end + 50),
    )
  )
    return { actor: "NATO", demander };
  // "1.91% of India's GDP"
  const of = text
    .slice(figure.end, figure.end + 40)
    .match(/^\s*of\s+(?:the\s+)?([\p{L} ]+?)['’]s\b/u);
  const owner = of?.[1] ? NAMES.get(of[1].toLowerCase()) : undefined;
  if (owner) return { actor: owner, demander };
  // "UK military chiefs pushed for it to rise to 2.7%": a country's own people pressing for
  // its spending; a US or alliance voice, or one pressing the allies, asks the alliance
  // "Trump will push for defense spending of $1.5 trillion": a US budget, not one asked of allies
  if (demander === "USA" && Number.isNaN(figure.value) && !COLLECTIVE.test(clause))
    return { actor: "USA", demander: null };
  if (demander)
    return {
      actor:
        demander === "USA" ||
        demander === "NATO" ||
        COLLECTIVE.test(clause) ||
        ALLIANCE_CUE.test(clause)
          ? "NATO"
          : demander,
      demander,
    };
  if (ctx.passageActor && REFERS_BACK.test(text)) return { actor: ctx.passageActor, demander };
  // "Nato members will be expected to spend 3.5% ... They will also be expected to spend a
  // further 1.5%": the allies of the sentence just before
  if (ctx.previousActor === "NATO" && /^\W*they\b/i.test(clause))
    return { actor: "NATO", demander };
  // "we will be on the 2%": the speaker's own country
  const own = /\b(?:we|our|us)\b/i.test(clause);
  const anyCountry = found.some((m) => !m.person && usable(m));
  // "the cabinet vowed to meet NATO's guidelines": a national government acting is the
  // passage's country, whatever alliance words follow
  const national =
    NATIONAL_GOVERNMENT.test(clause) || UNNAMED_COUNTRY.test(text.slice(0, figure.at));
  // "At a meeting with NATO's chief, Sánchez committed to reaching 2%": a national leader acting
  // before the figure is the one who spends, whatever alliance words are around
  const leaderActs = found.some(
    (m) =>
      m.person &&
      m.end <= figure.at &&
      m.at >= clauseStart &&
      m.ally !== "NATO" &&
      m.ally !== "USA" &&
      usable(m) &&
      /^\s+(?:has\s+|had\s+)?(?:committed|pledged|promised|vowed|undertook)\s+to\s+(?:reach\w*|meet\w*|hit\w*|achiev\w*|spend\w*|rais\w*|lift\w*|increas\w*|boost\w*)\b/i.test(
        text.slice(m.end, m.end + 50),
      ),
  );
  if (!own && !anyCountry && !national && !leaderActs && ALLIANCE_CUE.test(text))
    return { actor: "NATO", demander };
  // "the 3% target flagged by the US": asked of the country the passage is about
  if (ASKED_BY.test(text.slice(figure.end))) return { actor: ctx.subject(), demander };
  // "Two percent of GDP should be the minimum": a norm for every ally
  if (/\b(?:should|must) be the (?:minimum|floor|norm|baseline)\b/i.test(text))
    return { actor: "NATO", demander };
  // "aims to raise its budget to 3% by 2030, well short of Trump's call for 5%": a person named
  // after the figure, past a comparison, speaks of another figure
  const people = found.filter(
    (m) =>
      m.person &&
      usable(m) &&
      (m.end <= figure.at ||
        !/\b(?:than|short of|compared|unlike|versus|below|above|behind)\b/i.test(
          text.slice(figure.end, m.at),
        )),
  );
  // "during a meeting with NATO Secretary General Mark Rutte, Montenegro had committed to
  // reaching 2%": the one who commits, not the one met
  const person =
    people.findLast(
      (m) =>
        m.end <= figure.at &&
        figure.at - m.end < 200 &&
        COMMITS_TO_MEET.test(text.slice(m.end, figure.at)),
    ) ?? people[0];
  // a US president's or secretary's percentage is asked of the allies, not a US target
  if (person?.ally === "USA" && (ALLIANCE_CUE.test(text) || !Number.isNaN(figure.value)))
    return { actor: "NATO", demander: "USA" };
  if (person) return { actor: person.ally, demander };
  // "a target set by Romania" names the country after the figure; one in a later clause or a
  // condition ("if the country obtains EU funds") does not
  const later = found.filter(
    (m) =>
      m.at >= figure.end &&
      !m.person &&
      usable(m) &&
      // "two-thirds of the US administration's expectation", "more than Germany": a yardstick
      // after the figure, not "by the parliament of Romania"
      !/\b(?:than|with)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.at - 20), m.at)) &&
      !(
        /\bof\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.at - 20), m.at)) &&
        /^(?:\s+[\p{L}-]+)?['’]s\s+(?:\w+\s+)?(?:expectations?|targets?|goals?|demands?|levels?|standards?|requests?)\b/iu.test(
          text.slice(m.end, m.end + 60),
        )
      ) &&
      !/[,;:—–]|\b(?:if|unless|provided|when|while|which|who|that|than)\b/i.test(
        text.slice(figure.end, m.at),
      ),
  )[0];
  // "a defence budget of NT$606.8 billion, 2.5% of the nation's GDP": the currency's country
  return { actor: later?.ally ?? currencyCountry(text) ?? ctx.subject(), demander };
}

/**
 * The common target raised, not a country's own ("its target", "our goal"): "increase the target
 * index to 3%", "raise NATO's guideline to", "to increase this objective to at least 3%".
 */
const ALLIANCE_TARGET_RAISED =
  /\b(?:rais\w*|increas\w*|lift\w*|boost\w*|hik\w*|elevat\w*)\s+(?:the|this|that|NATO['’]s|the alliance['’]s)\s+(?:[\w-]+\s+){0,2}?(?:target|objective|goal|guideline|benchmark|threshold|bar|norm)(?:\s+index)?\s+to\s+(?:at least\s+|about\s+|around\s+)?$/i;
/** A country naming a person's office: "US President", "French Defence Minister". */
const PERSON_OFFICE_AFTER =
  /^['’]?s?\s+(?:(?:Vice|Deputy|Prime|Foreign|Defen[cs]e|Finance)\s+)?(?:President|Secretary|Senator|ambassador|envoy|Minister|Chancellor|officials?)\b/;
const US_OFFICE_AFTER =
  /^\s*(?:President|President-elect|Vice President|(?:Defen[cs]e |War )?Secretary|ambassador|envoy|officials?|administration|Congress)\b/i;

const ASKED_BY =
  /^[^%]{0,30}\b(?:flagged|suggested|demanded|set|sought|urged|called for|proposed) by\b/i;

/**
 * A claim made by several countries at once ("the Baltic states"), one claim each. A figure
 * whose country the article does not tell is not proposed: a level without someone who set it
 * or is asked to reach it is not a target.
 */
function each(claim: TargetClaim): TargetClaim[] {
  if (claim.ally === null) return [];
  if (!claim.ally.includes(" ")) return [claim];
  return [...new Set(claim.ally.split(" "))].map((ally) => ({ ...claim, ally }));
}

/** A sentence that goes on about the target of the one before: "Of this, 3.5% ...". */
const REFERS_BACK =
  /\b(?:the new (?:target|goal|benchmark)|of this|of which|this (?:target|goal|commitment|pledge)|^\W*(?:this|that|it)\s+(?:(?:\w+\s+)?figure\s+)?(?:includes|comprises|consists of|breaks down|(?:is|will be|would be) (?:divided|split|broken down))|(?:the|this|that) (?:\w+\s+)?(?:target|goal|commitment|pledge|benchmark|figure) (?:(?:is|was|would be|will be) (?:divided|split|broken down)|includes|comprises|consists of|(?:is )?(?:made up|composed) of|breaks down)|components?|the remaining|the split (?:into|between)(?=\s+\d))\b/i;

/**
 * The target the sentence before named, referred to: "would reach the goal this year", "have
 * pledged to hit it this year".
 */
const GOAL_REFERRED =
  /\b(?:reach\w*|meet\w*|hit\w*|achiev\w*|attain\w*)\s+(?:the|that|this|its)\s+(?:[\w-]+\s+){0,2}(?:goal|target|benchmark|threshold|level)\b|\b(?:pledged|promised|committed|vowed|plans?|aims?|intends?|will|expects?)\s+to\s+(?:reach|meet|hit|achieve|attain)\s+it\b/i;

/** More figures than a sentence of news holds. */
const MAX_FIGURES = 30;

function targets(s: Sentence, article: ArticleFacts, ctx: Context): TargetClaim[] {
  const text = s.text;
  const gdp = GDP.test(text);
  const defence =
    DEFENCE.test(text) ||
    (article.aboutDefence &&
      (gdp ||
        TARGETISH.test(text) ||
        /\b(?:spend\w*|budget|contribut\w*|aim\w*|the figure|allocation|outlays?)\b/i.test(text) ||
        (ctx.previousShare !== null && GOAL_REFERRED.test(text))));
  if (!defence) return [];
  if (/^\s*(?:if|should|were)\b/i.test(text)) return [];
  // a question asks, it does not state: "How will Germany reach 2% in 2028?"
  if (/\?\s*["'”’»]?\s*$/.test(text)) return [];
  const shares = sharesIn(text);
  // "Belgium said it would reach the goal this year": the share the sentence before named
  const goal = shares.length === 0 && ctx.previousShare !== null ? text.match(GOAL_REFERRED) : null;
  if (goal?.index !== undefined && ctx.previousShare !== null) {
    const at = goal.index + goal[0].length;
    shares.push({ value: ctx.previousShare, at, end: at });
  }
  const amounts = amountsIn(text);
  if (shares.length === 0 && amounts.length === 0) return [];
  // a "sentence" of more figures than any statement holds is a table or a scraped list: its
  // figures are levels listed, and reading each against all the others would cost the square
  if (shares.length + amounts.length > MAX_FIGURES) return [];
  const found = mentions(text);
  const who = speakerOf(text, found);
  const out: TargetClaim[] = [];
  const usedAmounts = new Set<Amount>();
  let ranks: boolean | undefined;
  const ranking = () => (ranks ??= RANKING.test(text));
  const keep = (figure: Figure, isShare: boolean): boolean => {
    if (restating(figure, isShare)) return true;
    // "allies that already surpass the new NATO target of 3.5%": whatever the allies did, the
    // new target named is the alliance's
    if (isShare && NEW_TARGET_BEFORE.test(text.slice(Math.max(0, figure.at - 60), figure.at)))
      return true;
    const before = clauseBefore(text, figure.at);
    const after = text.slice(figure.end, figure.end + 60);
    // "from 1.3% to 3%": whether the second is a target depends on the words before "from"
    const fromTo = before.match(FROM_TO);
    const lead = fromTo ? before.slice(0, fromTo.index) : before;
    const sinceCommitting = afterLast(COMMITTING, lead);
    // "agreed to meet NATO's current target of 2% this year": the yardstick is current, the
    // commitment to meet it is not status
    const committed =
      sinceCommitting === lead ? lead : sinceCommitting.replace(CURRENT_YARDSTICK, "");
    if (
      (/^\s*(?:currently|at present|so far)\b/i.test(text) ||
        (STATUS_BEFORE.test(committed) &&
          !/^\s*(?:have|has) (?!spent\b|been\b)\w+\s*$/.test(committed) &&
          !LEVEL_VERB.test(committed) &&
          !((BUDGET_VERB.test(committed) || /\bdraft\b/i.test(committed)) && laterYear(figure)) &&
          // "is seeking a budget exceeding ¥8.5 trillion": a request, not a level reached
          !SOUGHT_ABOVE.test(committed) &&
          // "will raise budgets to 5% by 2035, allocating 3.5% for core defence": the parts of
          // the planned share just named
          !PLANNED_SHARE_PARTS.test(text.slice(Math.max(0, figure.at - 300), figure.at))) ||
        HELD_BEFORE.test(before) ||
        HELD_AFTER.test(after)) &&
      !(fromTo && !STATUS_BEFORE.test(committed))
    )
      return false;
    // "Poland at 4.12% and Spain at only 1.28%": a level put beside a name, with no verb
    if (
      /(?:^|[,;—–(]\s*|\band\s+)(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?\s+at\s+(?:only\s+|just\s+|about\s+|around\s+|roughly\s+|some\s+)?$/u.test(
        before,
      ) &&
      // ("The budget plans put Lithuania at 5.5% ... and Latvia at 5%": levels planned)
      !/\b(?:will|would|plans?|planned|puts?|sets?|budgets? for|aims?|targets?)\b/i.test(
        text.slice(0, figure.at),
      )
    )
      return false;
    // "the ally with the highest share of GDP — 4.48%": a figure set after a dash or colon is
    // what the clause before it says, status included
    const head = text.slice(Math.max(0, figure.at - 80), figure.at);
    const dash = head.search(/\s*[—–:]\s*$/);
    if (dash > 0 && STATUS_BEFORE.test(head.slice(0, dash))) return false;
    if (ranking() && /\bwith\s+(?:about|around|some|nearly|almost)?\s*$/i.test(before))
      return false;
    // "Estonia came second (2.7% of GDP)", "KRW 65.8 trillion (about $44.7 billion)"
    if (
      /[(（[]\s*(?:about|around|approximately|approx\.|roughly|some|nearly|c\.|ca\.|both|each)?\s*$/.test(
        before,
      )
    )
      return false;
    // "9.04 trillion yen, or about $58 billion": the same sum converted
    if (
      !isShare &&
      /,\s*or\s+(?:about|around|roughly|some|nearly)?\s*$/i.test(before) &&
      amounts.some((a) => a.at >= figure.at - 60 && a.end <= figure.at)
    )
      return false;
    // "from 2% to 5%": the first is where spending starts; "between 5% and 6%", "5-6%": a range,
    // kept by its lower bound
    if (/^\s*(?:to|-|–)\s*\d/.test(after) && /\bfrom\s*$/i.test(before)) return false;
    // a sum after "rise by 8.2% to" is where the budget goes, not a range's upper end
    if ((isShare ? RANGE_HIGH : RANGE_HIGH_BARE).test(before) && !FROM_TO.test(before))
      return false;
    if (
      /^(?:[^.]|\.(?=\d)|(?<=\b[A-Z])\.){0,50}\b(?:has|have|had) (?:already )?been (?:reached|met|achieved|exceeded)/i.test(
        after,
      )
    )
      return false;
    // "3.5% for core defence plus 1.5% for resilience": a second part of a split, not an increment
    // (an increment's words come within a few words of the figure: the end of the clause will do)
    if (DELTA_BEFORE.test(before.slice(-240)) && !(isShare && COMPONENT_AFTER.test(after)))
      return false;
    if (isShare && DELTA_AFTER.test(after)) return false;
    if (isShare && OTHER_QUANTITY.test(before)) return false;
    // "has donated more than one percent of its GDP ... to Ukraine": aid, not its own defence
    if (
      isShare &&
      (/\bdonat\w*\b[^%]{0,30}$/i.test(before) ||
        (/\b(?:gave|given|giv(?:es|ing))\b[^%]{0,30}$/i.test(before) &&
          /\b(?:Ukraine|Kyiv|Kiev|in aid|as aid)\b/i.test(
            text.slice(figure.end, figure.end + 120),
          )))
    )
      return false;
    if (isShare && listLedByOtherQuantity(figure)) return false;
    // "25 per cent of the budget for modernisation, and 2 per cent to research": shares of the
    // budget, the second no more of GDP than the first
    if (
      isShare &&
      BUDGET_SHARE.test(text.slice(0, figure.at)) &&
      !GDP.test(text.slice(figure.end, figure.end + 40))
    )
      return false;
    const further = text.slice(figure.end, figure.end + 120);
    if (
      !isShare &&
      (PURCHASE_BEFORE.test(before) ||
        PURCHASE_AFTER.test(further) ||
        FOR_EQUIPMENT_AFTER.test(further))
    )
      return false;
    // "France will additionally spend 3.5 billion": money on top; an "additional 1.5%" of GDP
    // is more often the second part of a split, which COMPONENT_AFTER reads
    if (
      !isShare &&
      (ADDITIONAL_BEFORE.test(before) || ADDITIONAL_LIST.test(before) || ON_TOP_AFTER.test(further))
    )
      return false;
    // "3.5 billion in 2026 and 3 billion in 2027, a total of 6.5 billion": the sum of the parts
    if (!isShare && /\b(?:a|the) total of\s+(?:about|around|some|nearly)?\s*$/i.test(before)) {
      const earlier = amounts.filter((a) => a.end <= figure.at);
      if (earlier.length > 0) return false;
    }
    // "an 18.3 trillion yen supplementary budget": the whole budget named after its sum
    if (!isShare && WHOLE_BUDGET_AFTER.test(further) && !DEFENCE.test(further.slice(0, 60)))
      return false;
    // "consisting of 8.1 billion ... and a further 1.1 billion", "a pension component of": parts of a
    // sum of money, not a level (a share's components are claims of their own)
    if (
      !isShare &&
      /^\s*(?:\([^()]{0,40}\)\s*)?(?:has|have|had) (?:already )?been (?:earmarked|allocated|set aside|budgeted|spent|approved)\b/i.test(
        after,
      ) &&
      !laterYear(figure)
    )
      return false;
    if (!isShare && (PART_BEFORE.test(before) || partOfSum(further))) return false;
    if (
      !isShare &&
      (/^\s*(?:\w+\s+)?(?:more|less|extra|increases?|rises?|boost|uplift|top-up|injection|hike)\b/i.test(
        after,
      ) ||
        /\b(?:additional|extra|further|of which|in addition to|cut|cuts|slash\w*|freez\w*|froze|frozen|trimmed|reduc\w*|added|adds|bring\w* forward|brought forward)\b(?:[^.]|\.(?=\d)|(?<=\b[A-Z])\.){0,25}$/i.test(
          before,
        ) ||
        gdpLevel(text.slice(0, figure.at)))
    )
      return false;
    if (THRESHOLD.test(before.slice(-50)) || THRESHOLD.test(after.slice(0, 30))) return false;
    // "to stay under the $868.349 billion budget cap"
    if (!isShare && /^\s*(?:\w+\s+)?(?:cap|ceiling|limit)\b/i.test(after)) return false;
    if (CAP_BEFORE.test(before)) return false;
    // "... for the 2026 national budget, ₱430.9 billion will go to the defence sector": a sum
    // sent to defence is not the whole budget named before it
    if (!isShare && WHOLE_BUDGET.test(text.slice(0, figure.at)) && !SENT_TO_DEFENCE.test(further))
      return false;
    if (
      NEGATION.test(before) ||
      NEAR_NEGATION.test(afterLast(NEAR_NEGATION_CUT, before)) ||
      REJECTED_AFTER.test(after) ||
      (SUPERSEDED_BEFORE.test(before) && !MEETS_OLD.test(before)) ||
      /^\s*(?:\w+\s+)?(?:predicted|forecast|projected|estimated)\s+by\b/i.test(after) ||
      /\b(?:some|others|many)\s+(?:say|suggest|propose)\s*$/i.test(before)
    )
      return false;
    const restatesSum =
      isShare &&
      /\bwhich\s+(?:is|would be|will be|equals|amounts to)\s+(?:about|around|some|roughly|nearly)?\s*$/i.test(
        before,
      ) &&
      BUDGETISH.test(text) &&
      amounts.some((a) => a.end <= figure.at);
    // "has earmarked NT$647 billion for defense this year, equal to 2.45 percent of GDP", "is 61
    // trillion won, which is about 2.3% of GDP": the share of a sum stated just before stands or
    // falls with that sum
    const ownSum = isShare ? restatedSum(figure) : undefined;
    if (ownSum && !(BUDGETISH.test(text) && keep(ownSum, false))) return false;
    if (restatesSum) return true;
    // "is around 1.5% of GDP": a level as it is, not one to be reached; "the budget for 2026 is
    // 4.8%" and "the request is $900 billion" are levels to come
    if (
      /\b(?:is|are)\s+(?:now\s+|still\s+|also\s+)?(?:around|about|roughly|some|nearly|almost|just|only|at|currently)?\s*$/i.test(
        before,
      ) &&
      !laterYear(figure) &&
      !/\b(?:request|proposal|draft|bill)\b(?:[^.]|\.(?=\d)|(?<=\b[A-Z])\.)*$/i.test(before)
    )
      return false;
    // "short of the 2% target", "meet the 2% target": the standing target named, not set
    if (
      /^\s*(?:of\s+GDP\s+)?(?:[\w-]+\s+){0,2}(?:target|goal|guideline|benchmark|threshold|mark)\b/i.test(
        after,
      ) &&
      /\bthe\s+$/i.test(before) &&
      !/\b(?:will|would|shall|set to|plans?|aims?|wants?|intends?|going to|expects?|pledg\w*|commit\w*|promis\w*|tasked|agree\w*|decided|adopt\w*|approv\w*|endors\w*|expected to|must|should|need\w* to|has to|have to|prepared to|stick to|to (?:reach|meet|hit|achieve|attain))\b/i.test(
        before,
      )
    )
      return false;
    if (
      THIRD_PARTY.test(before) &&
      /\b(?:expect\w*|estimat\w*|project\w*|forecast\w*|predict\w*|set|likely|on track|will|going to|(?:have|has) (?:already )?(?:brought|raised|lifted|increased|reached|met|hit|spent))\b/i.test(
        before,
      ) &&
      // "a call for all allies to spend 2%": asked of them, not counted
      !DEMAND.test(before) &&
      // "all allies will spend 5% of GDP by 2035": every ally, for a year to come, is the
      // alliance's commitment, not a count of who gets there
      // (unless someone forecasts it: "if current plans hold, officials project")
      !(
        /^all\b/i.test(before.match(THIRD_PARTY)?.[0] ?? "") &&
        laterYear(figure) &&
        !/\b(?:project\w*|forecast\w*|predict\w*|estimat\w*|expect\w*|likely|on track|if)\b/i.test(
          text,
        )
      )
    )
      return false;
    // "from the current NATO estimate of 1.38% to 1.76% in 2029": the estimate is where it starts
    if (ESTIMATE.test(fromTo ? lead : before) || ESTIMATE.test(after)) return false;
    // "raising its budget to an estimated $314 billion": someone's estimate of it; "the estimated
    // outturn puts spending at 1.4%": spending as it turned out
    if (/\ban estimated\s+$/i.test(before) || /\boutturns?\b[^%]{0,60}$/i.test(before))
      return false;
    // "the two countries are projected to reach the 2% target": a forecast, not a plan
    if (
      /\b(?:is|are|was|were)\s+(?:projected|forecast|estimated)\s+to\s+(?:reach|meet|hit)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}(?:target|goal|benchmark|guideline)\b/i.test(
        before,
      )
    )
      return false;
    // ("member states will raise combined military budgets from 2 to 5 percent of GDP": a share
    // each of them is to reach, unless it is a forecast)
    const combined = COMBINED.exec(text.slice(0, figure.at));
    if (
      combined &&
      (!isShare ||
        /\b(?:expected|estimated|projected|forecast|on track|likely)\b/i.test(combined[0]))
    )
      return false;
    if (FIGURES_SOURCE.test(text.slice(figure.end))) return false;
    if (SPENDING_NOW.test(before) && !laterYear(figure)) return false;
    // "According to the report Defence Expenditure of NATO Countries, ..., Portugal will spend":
    // an attribution leading the sentence covers every figure in it
    if (/^\W*according to\b/i.test(text) && FIGURES_SOURCE.test(text.slice(0, figure.at)))
      return false;
    // "more than the two percent required by the NATO agreement": the yardstick compared with
    // ("under the 3 per cent target flagged by the US" still names a demand)
    if (YARDSTICK_COMPARED.test(before) && !ASKED_BY.test(text.slice(figure.end))) return false;
    if (/\b(?:if|whether|unless)\b/i.test(before)) return false;
    return (
      FUTURE.test(text.slice(0, figure.at)) ||
      // "3 percent of Denmark's gross domestic product will be spent": the verb after the figure
      FUTURE.test(text.slice(figure.end, figure.end + 80).split(/[,;:]/)[0] ?? "") ||
      DEMAND.test(text.slice(0, figure.at))
    );
  };
  /** The sum a share restates in apposition: "X billion (...) for defence, equal to 2.45%". */
  function restatedSum(figure: Figure): Amount | undefined {
    // (a comma or a "which is" just before the share, else no apposition)
    if (
      !/(?:,|\bwhich\s+\w+(?:\s+\w+)?)\s*(?:\w+\s+){0,2}$/.test(
        text.slice(Math.max(0, figure.at - 40), figure.at),
      )
    )
      return undefined;
    const sum = amounts.filter((a) => a.end <= figure.at).at(-1);
    if (!sum) return undefined;
    const between = text.slice(sum.end, figure.at);
    return /^\s*(?:[(（][^()（）]{0,40}[)）]\s*)?(?:(?:for|on|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:defen[cs]e|military|security)(?:\s+(?:spending|budget|sector))?\s*)?(?:this year\s*)?,\s*(?:which\s+(?:is|would be|will be|equals|amounts to)\s+)?(?:equal to|equivalent to|or|some|about|around|roughly|nearly)?\s*(?:about|around|some|roughly|nearly)?\s*$/i.test(
      between,
    )
      ? sum
      : undefined;
  }
  /** The figure is stated for a year after the article's: "allocates 5.4% ... next year". */
  function laterYear(figure: Figure | Amount): boolean {
    const { year, stated } = yearIn(text, figure.at, figure.end, article);
    return stated && year !== null && year > article.year;
  }
  const spendingWords =
    /\b(?:spending|budget|expenditure|outlays|contribut\w*|invest\w*|aim\w*)\b/i.test(text) ||
    DEFENCE.test(text);
  // the claim of the share before, for the second part of a pair: "NATO's goal is 3.5% ...,
  // and an additional 1.5%"
  let previousClaim: { figure: Figure; actor: string | null } | null = null;
  const pairedWith = (
    figure: Figure,
    isShare: boolean,
  ): { actor: string | null; demander: string | null } | null => {
    const first = previousClaim;
    if (!first || !isShare) return null;
    const between = text.slice(first.figure.end, figure.at);
    const named = found.some((m) => m.at >= first.figure.end && m.end <= figure.at);
    return !named && PAIR_BETWEEN.test(between) ? { actor: first.actor, demander: null } : null;
  };
  for (const share of shares) {
    if (!gdp && !TARGETISH.test(text) && !(spendingWords && share.value <= 6) && !goal) break;
    if (!keep(share, true)) continue;
    const claim = claimFor(share, true);
    previousClaim = { figure: share, actor: claim.ally };
    // a level for a year already past is spending reported, not a target; the alliance's 2%
    // without a year is the standing guideline, not news
    const standing =
      claim.ally === "NATO" &&
      claim.sharePct === 2 &&
      claim.targetYear === null &&
      claim.stance === "agreement" &&
      // "a defense spending floor of 2 percent": the floor agreed at Vilnius is news
      !/\bfloor\b/i.test(text.slice(Math.max(0, share.at - 60), share.at));
    if (
      (claim.targetYear === null || claim.targetYear >= article.year) &&
      !standing &&
      !done(share, claim)
    )
      out.push(...each(claim));
  }
  if (shares.length === 0 || out.length === 0) {
    for (const amount of amounts) {
      if (usedAmounts.has(amount)) continue;
      if (!BUDGETISH.test(text) || !keep(amount, false)) continue;
      const claim = claimFor({ value: Number.NaN, at: amount.at, end: amount.end }, false, amount);
      if ((claim.targetYear === null || claim.targetYear >= article.year) && !done(amount, claim))
        out.push(...each(claim));
    }
  }
  return out;

  /**
   * A share continuing a list whose first share is some other quantity: "a deficit across the
   * three years: 0.5% of GDP in 2025, 0.9% in 2026".
   */
  function listLedByOtherQuantity(figure: Figure): boolean {
    const first = shares[0];
    if (!first || first.at > figure.at) return false;
    return (
      OTHER_QUANTITY.test(text.slice(0, first.at)) &&
      !DEFENCE.test(text.slice(first.end, figure.at))
    );
  }

  /** Spending raised or budgeted in the past tense, for no later year than the article's. */
  function done(figure: Figure | Amount, claim: TargetClaim): boolean {
    if (claim.targetYear !== null && claim.targetYear > article.year) return false;
    return PAST_LEVEL.test(afterLast(COMMITTING, clauseBefore(text, figure.at)));
  }

  /** The share of a sum the sentence before planned, which takes that sum's country and year. */
  function restating(figure: Figure, isShare: boolean): boolean {
    const sum = ctx.previousMoney;
    return (
      isShare &&
      sum !== null &&
      RESTATES.test(text.slice(0, figure.at)) &&
      !DELTA_AFTER.test(text.slice(figure.end, figure.end + 60)) &&
      // "The budget represents 2.5% of GDP, the Romanian finance minister said": another
      // country's budget, not the sum before
      !found.some((m) => m.ally !== sum.ally && m.ally !== "NATO")
    );
  }

  function claimFor(figure: Figure, isShare: boolean, own?: Amount): TargetClaim {
    const sum = restating(figure, isShare) ? ctx.previousMoney : null;
    const { actor, demander } = sum
      ? { actor: sum.ally, demander: null }
      : (pairedWith(figure, isShare) ?? actorOf(text, found, figure, ctx));
    const stated = yearIn(text, figure.at, figure.end, article);
    const year = stated.year ?? sum?.year ?? (REFERS_BACK.test(text) ? ctx.passageYear : null);
    const before = clauseBefore(text, figure.at);
    const near = text.slice(Math.max(0, figure.at - 120), figure.end + 60);
    const allianceWide = actor === "NATO" || actor === "EU";
    // the alliance's chief asking the allies ("Rutte wants allies to agree to 3.5%") demands,
    // until they have agreed
    const chiefAsks =
      demander === "NATO" &&
      actor === "NATO" &&
      !/\b(?:agreed|adopted|decided|endorsed|approved)\b/i.test(before);
    // "Colby said Taiwan needs to spend 10 pct": one country's official telling another
    const foreignVoice = found.find((m) => m.person && m.at < figure.at)?.ally;
    const foreignAsks =
      foreignVoice !== undefined &&
      actor !== null &&
      !allianceWide &&
      foreignVoice !== actor &&
      foreignVoice !== "NATO" &&
      DEMAND.test(text.slice(0, figure.at));
    const stance: Stance =
      (demander !== null && demander !== actor && !(allianceWide && AGREEMENT.test(before))) ||
      chiefAsks ||
      foreignAsks
        ? "demand"
        : allianceWide
          ? DEMAND.test(before) && !AGREEMENT.test(before)
            ? "demand"
            : AGREEMENT.test(near) || !DEMAND.test(near)
              ? "agreement"
              : "demand"
          : ASKED_BY.test(text.slice(figure.end))
            ? "demand"
            : "pledge";
    // the sum restated: "a budget of EUR 2.708 billion ... represents 2.25% of GDP"
    const restated =
      sum?.amount != null
        ? { value: sum.amount, currency: sum.currency, plainDollar: false, at: -1, end: -1 }
        : undefined;
    const amount =
      own ??
      restated ??
      (isShare
        ? amountsIn(text, true).find(
            (a) =>
              Math.abs(a.at - figure.at) < 60 &&
              !DELTA_BEFORE.test(clauseBefore(text, a.at).slice(-240)) &&
              !ADDITIONAL_BEFORE.test(clauseBefore(text, a.at)),
          )
        : undefined);
    if (amount) usedAmounts.add(amount);
    const converted = amount && conversionOf(amount);
    const confidence = Math.min(
      0.95,
      0.4 +
        (gdp ? 0.2 : 0) +
        (actor ? 0.15 : 0) +
        (year !== null || stated.annually ? 0.1 : 0) +
        (who.speaker ? 0.1 : 0),
    );
    const claim: TargetClaim = {
      kind: "target",
      ally: actor,
      sharePct: isShare ? figure.value : null,
      amount: amount?.value ?? null,
      currency:
        (amount?.plainDollar && actor ? LOCAL_DOLLAR[actor] : undefined) ??
        amount?.currency ??
        null,
      targetYear: year,
      annually: stated.annually,
      basis: isShare ? (basisOf(text, figure, article) ?? allianceSplit(figure, actor)) : null,
      stance,
      sentence: text,
      start: s.start,
      end: s.end,
      confidence,
      ...who,
    };
    if (converted) conversions.set(claim, converted);
    return claim;
  }

  /** The sum in brackets right after an amount, in another currency: the same sum converted. */
  function conversionOf(amount: Amount): { amount: number; currency: string } | undefined {
    const next = amounts.find((a) => a.at > amount.end && a.at - amount.end < 25);
    if (!next?.currency || next.currency === amount.currency) return undefined;
    if (
      !/^\s*[(（[]\s*(?:about|around|approximately|approx\.|roughly|some|nearly|c\.|ca\.)?\s*$/i.test(
        text.slice(amount.end, next.at),
      )
    )
      return undefined;
    return { amount: next.value, currency: next.currency };
  }
}

/** "within five years", "in the next two to three years", "within six months". */
const SPAN = new RegExp(
  `\\b(?:within|in|over)\\s+(?:the\\s+next\\s+|the\\s+coming\\s+|about\\s+|around\\s+)?(\\d+|${NUM_WORD})(?:\\s*(?:-|to|or)\\s*(?:\\d+|${NUM_WORD}))?\\s+(years?|months?)\\b`,
  "i",
);
/** "NATO has three years to prepare for a Russian attack", "have no more than 18 months to prepare". */
const YEARS_TO_PREPARE = new RegExp(
  `\\b(?:has|have|had|gives?|given|leaves?)\\s+(?:only\\s+|just\\s+|about\\s+|around\\s+|no more than\\s+|less than\\s+|at most\\s+)?(\\d+|${NUM_WORD})\\s+(years?|months?)\\s+(?:left\\s+)?to\\s+(?:prepare|get ready|rearm|be ready)\\b`,
  "i",
);

/**
 * The threats a warning is about: the state named as the one acting ("an attack by Russia"), else
 * the nearest one named before the act and not as an object ("Russia, armed with Chinese
 * drones, could attack"), else the first one after it; a pair named together there ("a conflict
 * with China and Russia") gives both.
 */
function threatsOf(text: string): string[] {
  const named = [...text.matchAll(THREAT_ACTORS)].map((m) => ({
    iso3: CHINA.test(m[0]) ? "CHN" : "RUS",
    at: m.index,
    end: m.index + m[0].length,
  }));
  if (named.length === 0) return [];
  type Named = (typeof named)[number];
  const paired = (a: Named | undefined, b: Named | undefined) =>
    a !== undefined &&
    b !== undefined &&
    a.iso3 !== b.iso3 &&
    /^(?:['’]s)?\s*(?:,|and|or|&|\/|-)\s*(?:the\s+)?$/i.test(text.slice(a.end, b.at));
  const act = THREAT.exec(text);
  const at = act?.index ?? text.length;
  const end = act ? at + act[0].length : text.length;
  const by = named.find(
    (m) => m.at >= end && /^\s*(?:by|from)\s+(?:the\s+)?$/i.test(text.slice(end, m.at)),
  );
  if (by) return [by.iso3];
  const before = named.filter(
    (m) => m.end <= at && !OBJECT_LEAD.test(text.slice(Math.max(0, m.at - 20), m.at)),
  );
  const last = before.at(-1);
  if (last) {
    const i = named.indexOf(last);
    return paired(named[i - 1], last) ? [(named[i - 1] as Named).iso3, last.iso3] : [last.iso3];
  }
  const next = named.find((m) => m.at >= at) ?? (named[0] as Named);
  const i = named.indexOf(next);
  return paired(next, named[i + 1]) ? [next.iso3, (named[i + 1] as Named).iso3] : [next.iso3];
}

function horizon(s: Sentence, article: ArticleFacts, nearby: () => string): HorizonClaim[] {
  const text = s.text;
  const warInEurope = WAR_IN_EUROPE.test(text);
  if (!(warInEurope || THREAT.test(text)) || !MODAL.test(text)) return [];
  // "a potential 'major war in Europe' by 2030": a war to come, whose threat the passage names
  const threats = threatsOf(text);
  // (a war in Europe is Russia's, when a sentence beside it names Russia)
  if (threats.length === 0 && warInEurope && RUSSIA.test(nearby())) threats.push("RUS");
  if (threats.length === 0) return [];
  if (THREAT_DENIED.test(text) || TIMELINE_DISMISSED.test(text)) return [];
  // "Will China invade Taiwan by 2027?": a question asks, it does not warn
  if (
    /\?\s*["'”’»]?\s*$/.test(text) &&
    /^\W*(?:will|would|could|can|is|are|does|do|when|how|what|why|might|may|should)\b/i.test(text)
  )
    return [];
  // a spending sentence's "by 2035" is a deadline, not a threat
  if (sharesIn(text).length > 0) return [];
  const span = text.match(SPAN) ?? text.match(YEARS_TO_PREPARE);
  let year: number | null = null;
  let phrase = "";
  if (span?.[1]) {
    const n = wordNumber(span[1]);
    if (n !== undefined) {
      year = /month/i.test(span[2] ?? "")
        ? article.year + Math.floor((article.month - 1 + n) / 12)
        : article.year + n;
      phrase = span[0];
    }
  }
  const decade = text.match(
    /\b(?:by|before) the end of (?:the|this) decade\b|\bwithin (?:the )?(?:next )?decade\b|\bwithin a decade\b/i,
  );
  if (year === null && decade) {
    year = /within/i.test(decade[0]) ? article.year + 10 : Math.floor(article.year / 10) * 10 + 10;
    phrase = decade[0];
  }
  const by = text.match(
    /\b(?:by|from|as early as|before|in|until)\s+(20[2-4]\d)\b(?!\s*(?:-|–|and)\s*20)/i,
  );
  if (year === null && by?.[1]) {
    year = Number(by[1]);
    phrase = by[0];
  }
  const range = text.match(/\b(?:between\s+)?(20[2-4]\d)\s*(?:-|–|and)\s*(20[2-4]\d)\b/);
  if (year === null && range?.[1] && /\b(?:by|in|between|from)\s+(?:\w+\s+)?20/.test(text)) {
    year = Number(range[1]);
    phrase = range[0];
  }
  if (year === null || year < article.year) return [];
  const found = mentions(text);
  const who = speakerOf(text, found);
  const confidence = Math.min(
    0.95,
    0.55 +
      (/NATO|Europe|allies|alliance|Taiwan/i.test(text) ? 0.15 : 0) +
      (who.speaker ? 0.15 : 0) +
      (span ? 0.1 : 0) -
      (CHINA.test(text) && !/Russia/i.test(text) ? 0.05 : 0),
  );
  return threats.map((threat) => ({
    kind: "horizon",
    horizonYear: year,
    threat,
    phrase,
    sentence: text,
    start: s.start,
    end: s.end,
    confidence,
    ...who,
  }));
}

/**
 * One claim per figure and actor: a figure repeated (headline and body) is kept once, with the
 * most specific year; a horizon repeated is kept once per year.
 */
function dedupe(claims: Claim[]): Claim[] {
  const out: Claim[] = [];
  // a merged claim keeps the conversion its sum was given, so that a third repeat still merges
  const put = (old: Claim, next: TargetClaim, from: Claim) => {
    const to = conversions.get(from) ?? conversions.get(old);
    if (to) conversions.set(next, to);
    out[out.indexOf(old)] = next;
  };
  for (const c of mergeNeighbours(claims)) {
    if (c.kind === "horizon") {
      if (
        !out.some(
          (o) => o.kind === "horizon" && o.horizonYear === c.horizonYear && o.threat === c.threat,
        )
      )
        out.push(c);
      continue;
    }
    const sameSum = (a: number, b: number) => Math.abs(a - b) <= 0.01 * Math.max(a, b);
    // "$51 billion" and, further on, "₺2.155 trillion ($51.4 billion)" are one sum
    const converted = (x: Claim, y: TargetClaim) => {
      const to = conversions.get(x);
      return (
        to !== undefined &&
        y.amount !== null &&
        y.currency === to.currency &&
        sameSum(to.amount, y.amount)
      );
    };
    const same = (o: Claim): o is TargetClaim =>
      o.kind === "target" &&
      c.kind === "target" &&
      o.ally === c.ally &&
      o.sharePct === c.sharePct &&
      (c.sharePct !== null ||
        (o.amount !== null &&
          c.amount !== null &&
          ((o.currency === c.currency && sameSum(o.amount, c.amount)) ||
            converted(c, o) ||
            converted(o, c))));
    const sameYear = (o: TargetClaim) =>
      o.targetYear === c.targetYear || o.targetYear === null || c.targetYear === null;
    // "Bulgaria Sets Defence Budget at 2.7 Billion Euros for 2026" above "a budget of EUR 2.708
    // billion for 2026 ... represents 2.25% of GDP": the sum alone repeats the share's claim
    const sumOf = (share: Claim, sum: Claim) =>
      share.kind === "target" &&
      sum.kind === "target" &&
      share.ally === sum.ally &&
      share.sharePct !== null &&
      sum.sharePct === null &&
      share.amount !== null &&
      sum.amount !== null &&
      share.currency === sum.currency &&
      sameSum(share.amount, sum.amount);
    const bare = out.find(
      (o): o is TargetClaim => o.kind === "target" && sumOf(c, o) && sameYear(o),
    );
    if (bare && c.kind === "target") {
      // ... unless the share was already proposed: then that claim takes the sum
      const stated = out.filter(same).find(sameYear);
      if (stated) {
        out.splice(out.indexOf(bare), 1);
        if (stated.amount === null)
          put(
            stated,
            {
              ...stated,
              amount: c.amount,
              currency: c.currency,
              targetYear: stated.targetYear ?? c.targetYear ?? bare.targetYear,
            },
            c,
          );
      } else put(bare, { ...c, targetYear: c.targetYear ?? bare.targetYear }, c);
      continue;
    }
    if (out.some((o) => o.kind === "target" && sumOf(o, c) && sameYear(o))) continue;
    const twin = out.filter(same).find(sameYear);
    if (!twin) {
      out.push(c);
      continue;
    }
    // "$28 billion" and then "26 billion euros ($28 billion)": the sum as the spender states it
    if (converted(c, twin)) {
      put(twin, { ...c, targetYear: c.targetYear ?? twin.targetYear }, c);
    } else if (twin.targetYear === null && c.targetYear !== null) {
      put(
        twin,
        { ...c, amount: c.amount ?? twin.amount, currency: c.currency ?? twin.currency },
        c,
      );
    } else if (twin.amount === null && c.amount !== null) {
      put(twin, { ...twin, amount: c.amount, currency: c.currency }, c);
    }
  }
  return out;
}

/**
 * An amount in one sentence and a share in the next, for the same country and year (or none
 * for the share), are one target stated twice ("CZK 185 billion this year ... the country will
 * spend 2.07% of its GDP"): one claim carries both, and the year. Joined before repeats are
 * folded, so that a share restated beside the amount ("this represents 4.8%") carries the
 * amount to the share's first statement.
 */
function mergeNeighbours(claims: Claim[]): Claim[] {
  const out = [...claims];
  for (const money of claims) {
    if (money.kind !== "target" || money.sharePct !== null || money.targetYear === null) continue;
    const share = out.find(
      (o): o is TargetClaim =>
        o.kind === "target" &&
        o.sharePct !== null &&
        o.amount === null &&
        o.ally === money.ally &&
        (o.targetYear === money.targetYear || o.targetYear === null) &&
        (Math.abs(o.start - money.end) <= 2 || Math.abs(money.start - o.end) <= 2),
    );
    if (!share) continue;
    out[out.indexOf(share)] = {
      ...share,
      amount: money.amount,
      currency: money.currency,
      targetYear: money.targetYear,
    };
    out.splice(out.indexOf(money), 1);
  }
  return out;
}

/** Extracts spending targets and threat horizons; `date` (YYYY-MM-DD) resolves relative years. */
export function extractClaims(text: string, date: string): Claim[] {
  const article: ArticleFacts = {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)) || 1,
    aboutDefence: DEFENCE.test(text),
    split: CORE_SHARE.test(text) && RELATED_SHARE.test(text),
  };
  const claims: Claim[] = [];
  seen = new Map();
  conversions = new WeakMap();
  montenegroIsPortugal =
    /\b(?:Lu[ií]s Montenegro|(?:Portuguese|Portugal['’]s) (?:prime minister|PM|premier))\b/i.test(
      text,
    ) && !/\b(?:Montenegrins?|Podgorica)\b/.test(text);
  const all = sentences(text);
  // each sentence's answers are worked out once: a long article's figures each look back over
  // every sentence before them
  const memo = <T>(work: (i: number) => T) => {
    const known = new Map<number, T>();
    return (i: number): T => {
      if (known.has(i)) return known.get(i) as T;
      const value = work(i);
      known.set(i, value);
      return value;
    };
  };
  const capitalOf = memo((i: number) => {
    const capital = all[i]?.text.match(CAPITAL_SUBJECT)?.[1];
    return capital ? (CAPITALS[capital.toLowerCase()] ?? null) : null;
  });
  // a country named as an example or an exception ("all allies except Spain") is not what
  // the passage is about
  // a sentence names its country by name, else by a national leader (not the US president or
  // NATO's chief, who speak of others), else by the national currency of an amount
  const namedByMode = {
    strict: memo((i) => namedInSentence(i, null)),
    asides: memo((i) => namedInSentence(i, "asides")),
    threats: memo((i) => namedInSentence(i, "threats")),
  };
  const namedIn = (i: number, loose: "asides" | "threats" | null = null) =>
    namedByMode[loose ?? "strict"](i);
  function namedInSentence(i: number, loose: "asides" | "threats" | null): string | null {
    const t = all[i]?.text ?? "";
    // the threat stands for the passage only as a subject, never as an object ("aid to Ukraine")
    const usable = mentions(t).filter(
      (m) =>
        m.ally !== "NATO" &&
        (loose === "threats" || !NOT_SUBJECTS.has(m.ally)) &&
        // "China's threats had increased": the threat's own doing, not its budget
        !(NOT_SUBJECTS.has(m.ally) && THREATS_OF.test(t.slice(m.end, m.end + 40))) &&
        (loose === "asides" ||
          (!setAside(t, m) && !OBJECT_LEAD.test(t.slice(Math.max(0, m.at - 20), m.at)))),
    );
    // "US President Donald Trump's commitment": a country naming a person's office is not
    // what the passage is about
    const office = (m: Mention) =>
      !m.person && PERSON_OFFICE_AFTER.test(t.slice(m.end, m.end + 40));
    return (
      usable.find((m) => !m.person && !office(m))?.ally ??
      usable.find((m) => m.person && m.ally !== "USA")?.ally ??
      currencyCountry(t)
    );
  }
  // the country the passage is about: a capital opening the sentence, else the one the latest
  // sentence named, else, for a headline, one named in the next two sentences: past the
  // headline, a country first named further on is another passage's
  // the first answer of `f` at or before a sentence, each sentence's worked out once
  const latest = (f: (j: number) => string | null) => {
    const known = new Map<number, string | null>();
    return (i: number): string | null => {
      const pending: number[] = [];
      let result: string | null = null;
      for (let j = i; j >= 0; j--) {
        const before = known.get(j);
        if (before !== undefined) {
          result = before;
          break;
        }
        pending.push(j);
        const value = f(j);
        if (value) {
          result = value;
          break;
        }
      }
      for (const j of pending) known.set(j, result);
      return result;
    };
  };
  const namedUpTo = latest((j) => namedIn(j) ?? capitalOf(j));
  const looselyNamedUpTo = {
    asides: latest((j) => namedIn(j, "asides")),
    threats: latest((j) => namedIn(j, "threats")),
  };
  const subjectAt = (i: number): string | null => {
    const own = capitalOf(i);
    if (own) return own;
    const earlier = i > 0 ? namedUpTo(i - 1) : null;
    if (earlier) return earlier;
    for (let j = i; j < (i === 0 ? Math.min(all.length, 3) : i); j++) {
      const named = namedIn(j);
      if (named) return named;
    }
    // a passage that names no ally as an actor is about the state it names all the same:
    // "Beijing announced ... The planned defence expenditure will be 1.78 trillion yuan",
    // "The latest news on Finland. The country has committed to 3%"
    return looselyNamedUpTo.asides(i) ?? looselyNamedUpTo.threats(i);
  };
  let namedLeader: string | null | undefined;
  const leaderNamed = () => {
    if (namedLeader === undefined)
      namedLeader =
        all
          .flatMap((x) => mentions(x.text))
          .find(
            (m) => m.person && m.ally !== "USA" && m.ally !== "NATO" && !NOT_SUBJECTS.has(m.ally),
          )?.ally ?? null;
    return namedLeader;
  };
  let passageYear: number | null = null;
  let passageActor: string | null = null;
  let previousActor: string | null = null;
  let previousShare: number | null = null;
  let previousMoney: Context["previousMoney"] = null;
  let moneyAge = 0;
  let previousEnd = 0;
  all.forEach((s, i) => {
    // a blank line ends a passage: years and "the new target" do not carry across it
    if (/\n\s*\n/.test(text.slice(previousEnd, s.start))) {
      passageYear = null;
      passageActor = null;
    }
    previousEnd = s.end;
    const found = targets(s, article, {
      subject: () => {
        const subject = subjectAt(i);
        // "The prime minister declared he would ...": the United States has no prime minister
        // or chancellor, so the office is the one of the national leader the article names
        if (subject !== "USA" || !NON_US_OFFICE.test(s.text)) return subject;
        return leaderNamed() ?? subject;
      },
      passageYear,
      passageActor,
      previousActor,
      previousShare,
      previousMoney,
    });
    previousShare = TARGETISH.test(s.text) ? (sharesIn(s.text).at(-1)?.value ?? null) : null;
    const money = found.filter((c) => c.sharePct === null && c.targetYear !== null).at(-1);
    // a sentence with no figure of its own does not end the sum's passage: "a budget of EUR
    // 2.7 billion for 2026 ... The draft budget will go before MPs. The allocation represents
    // 2.25% of GDP"
    // (at most two such sentences, naming no other country)
    const figureless = () => sharesIn(s.text).length === 0 && amountsIn(s.text).length === 0;
    const carried = previousMoney;
    const keepsPassage = () => {
      const named = namedIn(i);
      return named === null || named === carried?.ally;
    };
    if (money?.ally && money.targetYear !== null) {
      previousMoney = {
        ally: money.ally,
        year: money.targetYear,
        amount: money.amount,
        currency: money.currency,
      };
      moneyAge = 0;
    } else if (
      carried !== null &&
      found.length === 0 &&
      moneyAge < 2 &&
      figureless() &&
      keepsPassage()
    )
      moneyAge++;
    else previousMoney = null;
    claims.push(...found);
    claims.push(
      ...horizon(s, article, () => `${all[i - 1]?.text ?? ""} ${all[i + 1]?.text ?? ""}`),
    );
    const last = found.filter((c) => c.targetYear !== null).at(-1);
    if (last) passageYear = last.targetYear;
    // the actor a following "the commitment is split into" refers back to, dated or not
    const lastActor = found.at(-1)?.ally;
    if (lastActor) passageActor = lastActor;
    previousActor = lastActor ?? null;
  });
  const afterFirst = all[0] ? text.slice(all[0].end, all[0].end + 3) : "";
  const folded = withoutRoundedHeadlines(dedupe(claims), /^[^\S\n]*\n/.test(afterFirst));
  const kept = folded
    .map((c) => (usShare(c) ? asAlliancesShare(c, folded) : c))
    .filter((c): c is Claim => c !== null && !undated(c) && !standingFloor(c, article.year));
  // (the alliance's 5% was first asked for in 2025)
  const twinned =
    article.year >= HAGUE_FIRST_YEAR && ALLIANCE_AGREEMENT.test(text) && ALLIANCE_NAMED.test(text)
      ? withAlliancesShares(kept)
      : kept;
  return [...twinned, ...alliancesNamedShares(all, twinned, article)];
}

/**
 * "No member state could meet NATO's 5 percent target", "Spain rejected the alliance's plan to
 * raise spending to 3.5% of GDP", "the new target of 3.5% agreed by Nato leaders": one of the
 * alliance's own figures (5%, 3.5%, 1.5%), named in a sentence that speaks of the alliance and of
 * a target, states the alliance's agreement whatever the sentence does with it (meets it,
 * rejects it, exceeds it). One claim per figure, where none was proposed; not where a country
 * states it with a year of its own ("Latvia will reach 5% by 2028, NATO officials said").
 */
function alliancesNamedShares(
  all: readonly Sentence[],
  claims: readonly Claim[],
  article: ArticleFacts,
): TargetClaim[] {
  const out: TargetClaim[] = [];
  if (article.year < HAGUE_FIRST_YEAR) return out;
  const has = (x: number) => alliancesShare(claims, x) || alliancesShare(out, x);
  for (const s of all) {
    const t = s.text;
    if (!ALLIANCE_WORD.test(t) || !ALLIANCE_TARGET_NOUN.test(t) || !SPENDING_OR_GDP.test(t))
      continue;
    for (const m of t.matchAll(HAGUE_FIGURES)) {
      const value = /five/i.test(m[1] ?? "") ? 5 : Number((m[1] ?? "").replace(",", "."));
      if (has(value)) continue;
      const own = claims.some(
        (c) =>
          c.kind === "target" &&
          c.start === s.start &&
          c.sharePct === value &&
          c.ally !== "NATO" &&
          c.targetYear !== null &&
          c.targetYear !== HAGUE_DEADLINE,
      );
      if (own) continue;
      const figure = { value, at: m.index, end: m.index + m[0].length };
      // "Italy spends 1.5% of GDP, below NATO's 2% target": a country's own figure in its clause
      const clauseStart = figure.at - clauseBefore(t, figure.at).length;
      const countrys = mentions(t).some(
        (c) =>
          c.ally !== "NATO" &&
          c.at >= clauseStart &&
          c.end <= figure.at &&
          !ALLIANCE_WORD.test(t.slice(c.end, figure.at)),
      );
      // "inflation well above the 1.5% goal", "5% of its staff": another quantity (the share is
      // named as a level); "rose 5% last year", "up 1.5% in real terms": a change, not a level
      const before = t.slice(Math.max(0, figure.at - 30), figure.at);
      const after = t.slice(figure.end, figure.end + 60);
      if (
        countrys ||
        OTHER_QUANTITY.test(t.slice(0, figure.at)) ||
        !levelNamed(before, after) ||
        CHANGE_BEFORE.test(before) ||
        DELTA_AFTER.test(after)
      )
        continue;
      const { year, annually } = yearIn(t, figure.at, figure.end, article);
      out.push({
        kind: "target",
        ally: "NATO",
        sharePct: value,
        amount: null,
        currency: null,
        targetYear: year !== null && year >= article.year ? year : null,
        annually,
        basis: allianceSplit(figure, "NATO") ?? basisOf(t, figure, article),
        stance: "agreement",
        sentence: t,
        start: s.start,
        end: s.end,
        confidence: 0.6,
        ...speakerOf(t, mentions(t)),
      });
    }
  }
  return out;
}
/** The alliance itself named, not only "a summit" or "an agreement" of anyone's. */
const ALLIANCE_NAMED = /\b(?:NATO|Nato|the [Aa]lliance|[Aa]llies|The Hague)\b/;
/** The alliance's own figures: 5% in all, 3.5% core and 1.5% related (guidelines G008-G010). */
const HAGUE_SHARES = new Set([5, 3.5, 1.5]);
/** HAGUE_SHARES as written: "3.5%", "3,5 per cent", "five percent". */
const HAGUE_FIGURES = new RegExp(
  `(?<![\\d.,])(${[...HAGUE_SHARES].map((v) => String(v).replace(".", "[.,]")).join("|")}|five)(?:\\s*|-)${PERCENT}`,
  "gi",
);
/** ALLIANCE_NAMED, or words of its meetings and members. */
const ALLIANCE_WORD = new RegExp(
  `${ALLIANCE_NAMED.source}|\\b(?:[Aa]lliance|member (?:states|countries)|summit|Hague)\\b`,
);
const SPENDING_OR_GDP = new RegExp(
  `${GDP.source}|\\b(?:defen[cs]e|military|armed forces|spending|expenditures?|budgets?|outlays|invest\\w*)\\b`,
  "i",
);
/**
 * The share is named as a level: of GDP ("5% of GDP"), or as the target itself ("the 5% target",
 * "5 per cent NATO pledge", "a target of 3.5%").
 */
function levelNamed(before: string, after: string): boolean {
  return (
    /^\s*of\s+(?:(?:its|their|the|each|every)\s+)?(?:[\w'’-]+\s+){0,2}?(?:GDP|gross domestic product|economic output|national income)\b/i.test(
      after,
    ) ||
    /^\s*(?:[\w-]+\s+){0,2}?(?:target|goal|benchmark|guideline|norm|pledge|commitment|threshold)\b/i.test(
      after,
    ) ||
    /\b(?:target|goal|benchmark|guideline|norm|pledge|commitment|threshold|level)s?\s+(?:of\s+)?(?:at least\s+|up to\s+)?$/i.test(
      before,
    )
  );
}
const CHANGE_BEFORE =
  /\b(?:by|up|down|rose|rise of|increase of|grew|jumped|climbed|fell|dropped|cut)\s+(?:(?:about|around|some|nearly|almost)\s+)?$/i;
const ALLIANCE_TARGET_NOUN =
  /\b(?:target|goal|benchmark|commitment|guideline|norm|threshold|plan|pledge|objective|level)s?\b/i;

/**
 * "At the summit, Bulgaria committed to 5% of GDP", "the five per cent will be broken down into
 * 3.5% ... and 1.5%": a country taking up one of the alliance's own figures (5%, and its 3.5% and
 * 1.5% parts) with no year of its own, or the alliance's 2035, in an article that speaks of the
 * alliance's agreement, states the alliance's figure as well as its own. The alliance's claim is
 * proposed beside the country's, once per figure, a little less sure than the country's.
 */
function withAlliancesShares(claims: Claim[]): Claim[] {
  const out = [...claims];
  for (const c of claims) {
    if (
      c.kind !== "target" ||
      c.ally === null ||
      c.ally === "NATO" ||
      !isAlly(c.ally) ||
      c.sharePct === null ||
      !HAGUE_SHARES.has(c.sharePct) ||
      (c.targetYear !== null && c.targetYear !== HAGUE_DEADLINE)
    )
      continue;
    if (alliancesShare(out, c.sharePct)) continue;
    out.push({
      ...c,
      ally: "NATO",
      stance: "agreement",
      confidence: Math.max(0, c.confidence - 0.1),
    });
  }
  return out;
}
/** The year the alliance's 5% (3.5% + 1.5%) is due: guidelines G008 and G009 of data/commitments. */
const HAGUE_DEADLINE = 2035;
/**
 * The year the alliance's 5% came into the news: allies backed the US demand for it in January
 * 2025 (source S065 of data/commitments) and agreed it in June (guideline G008).
 */
const HAGUE_FIRST_YEAR = 2025;
const ALLIANCE_AGREEMENT =
  /\b(?:agreed|agreement|summit|Hague|alliance['’]s|NATO['’]s|allies (?:have )?(?:agreed|committed|pledged))\b/;

/**
 * A share the US does not itself lead ("Bulgaria supports the U.S. proposal for defense spending
 * at 3.5% of GDP", "the U.S. presenting the standard that Asian allies should spend 5%") is, when
 * it is one of the alliance's own figures (5%, and its 3.5% and 1.5% parts), the alliance's: asked
 * of the allies, or agreed by them. Any other such share is not proposed; nor is one the alliance
 * already has.
 */
function asAlliancesShare(c: TargetClaim, all: readonly Claim[]): TargetClaim | null {
  if (c.sharePct === null || !HAGUE_SHARES.has(c.sharePct)) return null;
  if (alliancesShare(all, c.sharePct)) return null;
  return { ...c, ally: "NATO", stance: US_ASKS.test(c.sentence) ? "demand" : "agreement" };
}
/** Whether the alliance already has a claim to a share. */
const alliancesShare = (claims: readonly Claim[], share: number) =>
  claims.some((c) => c.kind === "target" && c.ally === "NATO" && c.sharePct === share);
const US_ASKS =
  /\b(?:propos\w*|demand\w*|call\w*|urg\w*|ask\w*|press\w*|push\w*|wants?|insist\w*|standard|request\w*)\b/i;

/** The year the alliance's 2% was due (guideline G004, Wales 2014). */
const WALES_DEADLINE = 2024;
/**
 * The alliance's 2% was due in 2024 (Wales, 2014) and has been a standing floor since Vilnius
 * (July 2023): guidelines G004 and G006 of data/commitments. From 2024 on, an alliance-wide 2%
 * in the news is that standing commitment ("all members will hit the 2% target this year",
 * "NATO's guidance of 2%"), the current target that the labelling rules call status, not a
 * target to propose.
 */
function standingFloor(c: Claim, published: number): boolean {
  return (
    c.kind === "target" &&
    c.ally === "NATO" &&
    c.sharePct === 2 &&
    published >= WALES_DEADLINE &&
    (c.targetYear === null || c.targetYear <= published)
  );
}

/**
 * The United States states its defence budget in dollars; a share of GDP the news ties to it is
 * almost always one it asks of others ("the US asked Tokyo to raise its spending to 3.5%", "the
 * U.S. proposal"), or a country beside it mistaken for it ("the first U.S. treaty ally to hike").
 * Such a share is a US target only where the United States itself leads a clause as the one
 * that will act: "The United States will spend 3.1% of GDP next year".
 */
function usShare(c: Claim): c is TargetClaim {
  return (
    c.kind === "target" &&
    c.ally === "USA" &&
    c.sharePct !== null &&
    !US_ACTS.test(c.sentence) &&
    !US_OWN.test(c.sentence)
  );
}
/** The US's own outlays named: "US military spending", "the Pentagon plans", "its own budget". */
const US_OWN =
  /\b(?:U\.S\.|US|American|America['’]s|United States['’]?|Washington['’]s)\s+(?:defen[cs]e\s+|military\s+|national security\s+)?(?:spending|budget|outlays|expenditures?)\b|\bPentagon\b|\bits own\b|^\W*In (?:the )?(?:United States|U\.S\.|US|America)\b/;
const US_ACTS =
  /(?:^|[,;:]\s*|\b(?:that|and|but|while|as)\s+)(?:[Tt]he\s+)?(?:United States|U\.S\.|US|America|Washington)(?:['’]s?\s+(?:defen[cs]e\s+|military\s+)?(?:spending|budget|outlays))?\s+(?:will|would|must|should|could|may|(?:is|plans|aims|intends|wants|expects|(?:has\s+)?(?:pledged|committed|promised|vowed))\s+to)\b/;

/**
 * A sum of money is a level of spending only for a period: "a $1.5 trillion budget" with no year
 * found in its passage, and not "a year", is a package, a total over years or a figure from
 * elsewhere as often as a target, so it is not proposed. (A share of GDP is a level by itself.)
 */
function undated(c: Claim): boolean {
  return c.kind === "target" && c.sharePct === null && c.targetYear === null && !c.annually;
}

/**
 * "Lithuania ... pledges over 5% of GDP to military" over a body's "EUR 4.79 billion, or 5.38% of
 * GDP": a headline's rounded share is the body's figure for the same country, once.
 */
function withoutRoundedHeadlines(claims: Claim[], headline: boolean): Claim[] {
  const rounded = (c: Claim): boolean => {
    if (c.kind !== "target" || c.start !== 0 || c.sharePct === null || c.targetYear !== null)
      return false;
    // (a headline: a first line with no closing stop)
    if (!headline || /[.!?]["”’]?\s*$/.test(c.sentence)) return false;
    const x = c.sharePct;
    const bound = c.sentence.match(
      new RegExp(
        `\\b(over|more than|above|nearly|almost|close to|about|around|roughly)\\s+${String(x).replace(".", "[.,]")}\\s*(?:%|per|pc)`,
        "i",
      ),
    )?.[1];
    if (!bound) return false;
    const within = (d: number) =>
      /over|more|above/i.test(bound)
        ? d > x && d <= x + 1
        : /nearly|almost|close/i.test(bound)
          ? d < x && d >= x - 1
          : Math.abs(d - x) <= 0.5;
    return claims.some(
      (d) =>
        d !== c &&
        d.kind === "target" &&
        d.start > 0 &&
        d.ally === c.ally &&
        d.sharePct !== null &&
        within(d.sharePct),
    );
  };
  return claims.filter((c) => !rounded(c));
}
