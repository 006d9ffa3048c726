import { ALLIES } from "../data/vocabulary.ts";

/**
 * Words that name a country in news text: adjectives and demonyms, other-language and
 * abbreviated forms, and a small table of leaders and ministers, each mapped to its ISO3 code
 * ("NATO" for the alliance). The people are those whose statements are in
 * data/commitments (pledges.csv, threat_horizons.csv) plus heads of government named in the
 * same sources; extend the table when new names appear.
 */
export const ADJECTIVES: Readonly<Record<string, string>> = {
  albanian: "ALB",
  belgian: "BEL",
  bulgarian: "BGR",
  canadian: "CAN",
  croatian: "HRV",
  czech: "CZE",
  danish: "DNK",
  dane: "DNK",
  estonian: "EST",
  finnish: "FIN",
  finn: "FIN",
  french: "FRA",
  german: "DEU",
  greek: "GRC",
  hungarian: "HUN",
  icelandic: "ISL",
  italian: "ITA",
  latvian: "LVA",
  lithuanian: "LTU",
  luxembourgish: "LUX",
  montenegrin: "MNE",
  dutch: "NLD",
  macedonian: "MKD",
  norwegian: "NOR",
  polish: "POL",
  pole: "POL",
  portuguese: "PRT",
  romanian: "ROU",
  slovak: "SVK",
  slovenian: "SVN",
  spanish: "ESP",
  spaniard: "ESP",
  swedish: "SWE",
  swede: "SWE",
  turkish: "TUR",
  british: "GBR",
  briton: "GBR",
  american: "USA",
  // other languages and machine translation
  "ee uu": "USA",
  "ee.uu.": "USA",
  eeuu: "USA",
  "estados unidos": "USA",
  alemania: "DEU",
  deutschland: "DEU",
  polska: "POL",
  "royaume-uni": "GBR",
  francia: "FRA",
  "u.s.": "USA",
  "u.s": "USA",
  "u.k.": "GBR",
  "united states": "USA",
  "united kingdom": "GBR",
};

export const PEOPLE: Readonly<Record<string, string>> = {
  rama: "ALB",
  "de wever": "BEL",
  zapryanov: "BGR",
  zhelyazkov: "BGR",
  carney: "CAN",
  fiala: "CZE",
  pistorius: "DEU",
  klingbeil: "DEU",
  merz: "DEU",
  breuer: "DEU",
  kahl: "DEU",
  frederiksen: "DNK",
  poulsen: "DNK",
  sanchez: "ESP",
  sánchez: "ESP",
  pevkur: "EST",
  michal: "EST",
  orpo: "FIN",
  stubb: "FIN",
  macron: "FRA",
  barrot: "FRA",
  starmer: "GBR",
  mitsotakis: "GRC",
  plenkovic: "HRV",
  anusic: "HRV",
  orban: "HUN",
  orbán: "HUN",
  frostadottir: "ISL",
  giorgetti: "ITA",
  meloni: "ITA",
  nauseda: "LTU",
  nausėda: "LTU",
  ruginiene: "LTU",
  frieden: "LUX",
  backes: "LUX",
  spruds: "LVA",
  rinkevics: "LVA",
  rinkēvičs: "LVA",
  silina: "LVA",
  misajlovski: "MKD",
  schoof: "NLD",
  brekelmans: "NLD",
  "gahr store": "NOR",
  støre: "NOR",
  domanski: "POL",
  "kosiniak-kamysz": "POL",
  tusk: "POL",
  duda: "POL",
  bolojan: "ROU",
  "nicusor dan": "ROU",
  fico: "SVK",
  golob: "SVN",
  kristersson: "SWE",
  erdogan: "TUR",
  erdoğan: "TUR",
  trump: "USA",
  hegseth: "USA",
  rutte: "NATO",
};

/** Roles, longest first so "defence minister" wins over "minister"; value: the role as shown. */
export const ROLES: readonly [RegExp, string][] = [
  [/\bsecretary[- ]general\b/i, "Secretary General"],
  [/\bprime minister\b|\bpremier\b|\bprimer ministro\b/i, "Prime Minister"],
  [
    /\bdefen[cs]e minister\b|\bminister of defen[cs]e\b|\bdefen[cs]e secretary\b|\bsecretary of defen[cs]e\b|\bministro de defensa\b/i,
    "Defence Minister",
  ],
  [
    /\bfinance minister\b|\bminister of finance\b|\bchancellor of the exchequer\b/i,
    "Finance Minister",
  ],
  [/\bforeign minister\b|\bminister of foreign affairs\b/i, "Foreign Minister"],
  [/\bchancellor\b|\bcancell?er\b|\bkanzler\b/i, "Chancellor"],
  [/\bpresident\b|\bpresidente\b/i, "President"],
  [/\bintelligence (?:chief|service|agency)\b/i, "Intelligence service"],
  [/\bgeneral\b|\bchief of defen[cs]e\b|\binspector general\b/i, "Military commander"],
];

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  // Spanish, German and French, as machine-translated articles leave them
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  fuenf: 5,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
};

/** Every ally's name and ISO3 itself, lower-case, to ISO3; plus NATO and its synonyms. */
export function countryNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const a of ALLIES) {
    names.set(a.name.toLowerCase(), a.iso3);
    for (const alias of a.aliases ?? []) names.set(alias.toLowerCase(), a.iso3);
  }
  for (const [k, v] of Object.entries(ADJECTIVES)) names.set(k, v);
  for (const k of [
    "nato",
    "the alliance",
    "allies",
    "all allies",
    "nato allies",
    "otan",
    "aliados",
    "alliés",
    "verbündeten",
    "at the hague",
  ]) {
    names.set(k, "NATO");
  }
  return names;
}
