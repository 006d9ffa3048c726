import { describe, expect, it } from "vitest";
import { fixtureCases } from "../../scripts/eval-extract.ts";
import { extractClaims, type TargetClaim } from "./extract.ts";
import { evaluateExtraction } from "./score.ts";
import { htmlToText, markdownToText } from "./text.ts";

const targets = (text: string, date = "2025-06-24") =>
  extractClaims(text, date).filter((c): c is TargetClaim => c.kind === "target");

describe("extraction over the 25 fixture articles", () => {
  it("precision >= 0.9 and recall >= 0.8 for targets and for horizons", () => {
    const cases = fixtureCases();
    expect(cases).toHaveLength(25);
    const r = evaluateExtraction(cases);
    for (const s of [r.target, r.horizon]) {
      expect(s.precision).toBeGreaterThanOrEqual(0.9);
      expect(s.recall).toBeGreaterThanOrEqual(0.8);
    }
    expect(r.fields.country.right / r.fields.country.of).toBeGreaterThanOrEqual(0.9);
    expect(r.fields.year.right / r.fields.year.of).toBeGreaterThanOrEqual(0.9);
    expect(r.fields.threat).toEqual({ right: 6, of: 6 });
  });
});

describe("phrasing", () => {
  it("a pledge with its country, share, year, speaker and evidence offsets", () => {
    const text =
      "Berlin - Defence Minister Boris Pistorius said Germany will spend 3.5% of GDP on defence by 2029.";
    const [c] = targets(text);
    expect(c).toMatchObject({
      ally: "DEU",
      sharePct: 3.5,
      targetYear: 2029,
      stance: "pledge",
      speaker: "Boris Pistorius",
      role: "Defence Minister",
    });
    expect(text.slice(c?.start, c?.end)).toBe(c?.sentence);
    expect(c?.confidence).toBeGreaterThan(0.8);
  });

  it("percentages as 3.5%, 3,5 %, 3.5 percent and three and a half percent", () => {
    for (const share of [
      "3.5%",
      "3,5 %",
      "3.5 percent",
      "three and a half percent",
      "three point five per cent",
      "3.5 pct",
    ]) {
      expect(
        targets(`Poland will spend ${share} of GDP on defence by 2030.`)[0]?.sharePct,
        share,
      ).toBe(3.5);
    }
  });

  it("years as 2029, 'in four years' from the article date, the end of the decade, or annually", () => {
    expect(
      targets("Italy will reach 2% of GDP on defence in four years.", "2025-03-01")[0]?.targetYear,
    ).toBe(2029);
    expect(targets("Spain will spend 2.1% of GDP on defence every year.")[0]).toMatchObject({
      targetYear: null,
      annually: true,
    });
  });

  it("countries by name, adjective, leader or other-language form", () => {
    expect(targets("The Polish government will spend 5% of GDP on defence by 2030.")[0]?.ally).toBe(
      "POL",
    );
    expect(targets("Meloni said defence spending will reach 2% of GDP this year.")[0]?.ally).toBe(
      "ITA",
    );
    expect(
      targets("EE UU exige que los aliados gasten el 5 por ciento del PIB en defensa.")[0]?.ally,
    ).toBe("NATO");
    expect(targets("Häkkänen said defence spending will reach 3% of GDP by 2029.")[0]?.ally).toBe(
      "FIN",
    );
    // a surname that is also a word counts only when capitalised
    expect(
      targets("The minister, Joly, said Canada will spend 2% of GDP on defence this year.")[0]
        ?.ally,
    ).toBe("CAN");
    expect(
      targets(
        "In a purra of optimism, the government said defence spending will reach 2% of GDP.",
      ).map((c) => c.ally),
    ).toEqual([]);
  });

  it("a machine-translated 'canceler' is a chancellor", () => {
    expect(
      targets("The canceler Merz said Germany will spend 3.5% of GDP on defence by 2029.")[0],
    ).toMatchObject({ ally: "DEU", role: "Chancellor", speaker: "Merz" });
  });

  it("stance: pledge, demand on others, agreement of the alliance", () => {
    expect(targets("Trump said allies must spend 5% of GDP on defence.")[0]).toMatchObject({
      ally: "NATO",
      stance: "demand",
    });
    expect(targets("Allies agreed at the summit to spend 5% of GDP by 2035.")[0]).toMatchObject({
      ally: "NATO",
      stance: "agreement",
      targetYear: 2035,
    });
    expect(targets("Poland wants to reach 5% of GDP on defence by 2030.")[0]).toMatchObject({
      ally: "POL",
      stance: "pledge",
    });
  });

  it("spending reported, current levels, increments and fiscal thresholds are not targets", () => {
    expect(targets("Lithuania spent 4.0% of GDP on defence in 2024.")).toEqual([]);
    expect(targets("Belgium currently spends 1.3% of GDP on defence.")).toEqual([]);
    expect(targets("The draft raises defence spending by 0.5% of GDP next year.")).toEqual([]);
    expect(
      targets("Defence outlays above 1% of GDP are exempt from the debt brake, the minister said."),
    ).toEqual([]);
  });

  it("the country meant, not the one who asks; partners under their own code", () => {
    expect(
      targets("Under US pressure, NATO members are expected to adopt a 5% of GDP goal in June.")[0],
    ).toMatchObject({ ally: "NATO", stance: "agreement" });
    expect(
      targets("Japan will raise defence spending to 2% of GDP this fiscal year.", "2025-10-24")[0],
    ).toMatchObject({ ally: "JPN", targetYear: 2025 });
    expect(
      targets(
        "Australia's defence budget will grow to 2.3% of GDP, below the 3% flagged by the US.",
      ).map((c) => [c.ally, c.sharePct, c.stance]),
    ).toEqual([
      ["AUS", 2.3, "pledge"],
      ["AUS", 3, "demand"],
    ]);
  });

  it("a year in the next sentence of the passage, next year, and one claim per repeated figure", () => {
    const claims = extractClaims(
      "Estonia to spend 5% of GDP on defence\n\nEstonia will spend 5% of GDP on defence from 2026. The new target splits into 3.5% of GDP on core defence and 1.5% on resilience.",
      "2025-06-01",
    ).filter((c): c is TargetClaim => c.kind === "target");
    expect(claims.map((c) => [c.ally, c.sharePct, c.targetYear, c.basis])).toEqual([
      ["EST", 5, 2026, "total"],
      ["EST", 3.5, 2026, "core"],
      ["EST", 1.5, 2026, "related"],
    ]);
    expect(
      targets("Latvia will spend 4.9% of GDP on defence next year.", "2025-12-04")[0]?.targetYear,
    ).toBe(2026);
  });

  it("ranges keep their lower bound; lists and the Baltic states give one claim each", () => {
    expect(
      targets("Lithuania will allocate between 5% and 6% of GDP to defence from 2026.").map((c) => [
        c.ally,
        c.sharePct,
        c.targetYear,
      ]),
    ).toEqual([["LTU", 5, 2026]]);
    for (const range of ["5-6%", "between 5 and 6 percent", "from 5 to 6 per cent"])
      expect(
        targets(`Lithuania will allocate ${range} of GDP to defence in 2026-2030.`).map((c) => [
          c.sharePct,
          c.targetYear,
        ]),
      ).toEqual([[5, 2026]]);
    expect(
      targets("Lithuania will raise defence spending from 4 to 5 percent of GDP in 2026.").map(
        (c) => c.sharePct,
      ),
    ).toEqual([5]);
    expect(
      targets("France and Germany have pledged to reach 3.5% of GDP on defence by 2035.").map(
        (c) => c.ally,
      ),
    ).toEqual(["FRA", "DEU"]);
    expect(
      targets("The Baltic states have agreed to spend 5% of GDP on defence from 2026.").map(
        (c) => c.ally,
      ),
    ).toEqual(["EST", "LVA", "LTU"]);
  });

  it("third parties' estimates, past rises, costs and figures with no country are not proposed", () => {
    const none = [
      "NATO estimates that Germany will spend 2.1% of GDP on defence this year.",
      "Analysts expect France to reach 2.5% of GDP on defence by 2027.",
      "Military spending in Norway rose to 2.3% of GDP in 2025, the ministry said.",
      "A 5% target would cost Germany 225 billion euros a year in defence spending.",
      "Defence spending is expected to rise to 2.2% of GDP this year, officials said.",
    ];
    for (const text of none) expect([text, targets(text)]).toEqual([text, []]);
  });

  it("basis: a split names each component; core and related after one figure make a total", () => {
    expect(
      targets(
        "Allies commit to invest 5% of GDP annually on core defence requirements as well as defence-and-security-related spending by 2035.",
      )[0],
    ).toMatchObject({ ally: "NATO", sharePct: 5, basis: "total", stance: "agreement" });
    expect(
      targets(
        "NATO leaders committed to investing 5% of GDP on defence and security-related spending by 2035.",
      )[0]?.basis,
    ).toBe("total");
    expect(
      targets(
        "Poland is among the allies that already surpass the new NATO target of 3.5%, agreed at the summit.",
      )[0]?.basis,
    ).toBe("core");
  });

  it("'reach the goal' takes the share the sentence before named", () => {
    const claims = extractClaims(
      "Italy spends 1.5% of GDP on defence, below NATO's 2% target. Belgium said it would reach the goal this year. Spain will not reach the goal.",
      "2025-04-17",
    );
    expect(claims.map((c) => c.kind === "target" && [c.ally, c.sharePct, c.targetYear])).toEqual([
      ["BEL", 2, 2025],
    ]);
  });

  it("an amount and a share of the same target in neighbouring sentences are one claim", () => {
    const claims = extractClaims(
      "The Czech defence budget should be around CZK 185 billion this year. The country will spend 2.07% of its GDP on defence.",
      "2026-02-26",
    );
    expect(
      claims.map(
        (c) => c.kind === "target" && [c.ally, c.sharePct, c.amount, c.currency, c.targetYear],
      ),
    ).toEqual([["CZE", 2.07, 185, "CZK", 2026]]);
  });

  it("threat horizons resolved against the article date, ranges keeping the lower bound", () => {
    const [h] = extractClaims(
      "Rutte warned Russia could attack NATO within five years.",
      "2025-12-11",
    );
    expect(h).toMatchObject({ kind: "horizon", horizonYear: 2030, phrase: "within five years" });
    const [r] = extractClaims(
      "Officials say Russia could be ready to test Europe in the next three to four years.",
      "2025-12-13",
    );
    expect(r).toMatchObject({ kind: "horizon", horizonYear: 2028 });
  });

  it("a horizon names its threat: each of two named together, the nearest before the act, or the passage's for a war in Europe", () => {
    const horizons = (text: string, date = "2025-07-19") =>
      extractClaims(text, date).flatMap((c) =>
        c.kind === "horizon" ? [[c.threat, c.horizonYear]] : [],
      );
    expect(
      horizons(
        "The commander told officers the allies have no more than 18 months to get ready for a possible war with China and Russia.",
      ),
    ).toEqual([
      ["CHN", 2027],
      ["RUS", 2027],
    ]);
    // one year, two threats: kept once for each
    expect(
      horizons(
        "The admiral said Beijing could be ready to invade Taiwan by 2027. Ministers fear Russia could attack a NATO member by 2027.",
      ),
    ).toEqual([
      ["CHN", 2027],
      ["RUS", 2027],
    ]);
    expect(
      horizons(
        "While China builds ships, officials warned that Russia could attack the Baltic states within three years.",
      ),
    ).toEqual([["RUS", 2028]]);
    expect(
      horizons(
        "The review warns of a possible 'major war in Europe' by 2030. It names Russia as the main threat.",
      ),
    ).toEqual([["RUS", 2030]]);
    // the war going on is not a war to come
    expect(
      horizons(
        "Analysts expect the war in Europe could drag on until 2027. Russia keeps up its offensive.",
      ),
    ).toEqual([]);
  });

  it("no claim from economic figures, polls or share prices", () => {
    expect(extractClaims("Inflation rose to 2.1 percent and GDP grew 0.2%.", "2025-10-01")).toEqual(
      [],
    );
    expect(
      extractClaims("A poll found 62% of voters support more defence spending.", "2025-10-01"),
    ).toEqual([]);
    expect(extractClaims("Shares in defence companies rose 5% on Monday.", "2025-10-01")).toEqual(
      [],
    );
  });
});

describe("guards that hold beyond the articles the rules were written on", () => {
  const rows = (text: string, date = "2025-06-20") =>
    targets(text, date).map((c) => [c.ally, c.sharePct, c.targetYear, c.stance]);

  it("a person named after the figure, past a comparison, speaks of another figure", () => {
    expect(
      rows(
        "Denmark has long lagged behind. The country plans to lift its defence budget to 2.5 percent of GDP by 2030, far short of Trump's demand for 5 percent.",
      ),
    ).toEqual([
      ["DNK", 2.5, 2030, "pledge"],
      ["NATO", 5, null, "demand"],
    ]);
  });

  it("a country whose ally the spender is, or the one paid, is not the spender", () => {
    expect(
      rows(
        "Trump insisted that Taiwan should pay fees to the United States and raise its defence spending to 10% of GDP.",
      ),
    ).toEqual([["TWN", 10, null, "demand"]]);
    expect(
      rows(
        "Washington welcomed South Korea as the first U.S. defence partner in Asia to lift military outlays to 3.5% of GDP.",
      ),
    ).toEqual([["KOR", 3.5, null, "pledge"]]);
    // a country's own allies, and a country after "to" that owns what follows, still count
    expect(rows("NATO allies agreed to raise defence spending to 5% of GDP by 2035.")).toEqual([
      ["NATO", 5, 2035, "agreement"],
    ]);
  });

  it("'the prime minister' is not the US president named next: the article's national leader is", () => {
    const text = [
      "The prime minister announced he would lift the defence budget from its current level of 2.2% of GDP to 2.6% by 2028, earlier than planned.",
      "",
      "It follows warnings by Donald Trump that Europe could no longer rely on the US for its protection.",
      "",
      "The US president also seems to be yielding to Vladimir Putin's demands.",
      "",
      "But Keir Starmer said he would cut aid to pay for the rise.",
    ].join("\n");
    expect(rows(text, "2025-02-25")).toEqual([["GBR", 2.6, 2028, "pledge"]]);
  });

  it("'allocating' after a planned share gives its parts; leading a sentence of status it does not", () => {
    expect(
      rows(
        "The allies will lift their defence outlays to 5 percent of GDP by 2035, allocating 3.5 percent for core defence and 1.5 percent toward bridges and ports.",
      ).map(([ally, share, year]) => [ally, share, year]),
    ).toEqual([
      ["NATO", 5, 2035],
      ["NATO", 3.5, 2035],
      ["NATO", 1.5, 2035],
    ]);
    expect(rows("Poland, allocating 4.1% of GDP to defence, leads the alliance.")).toEqual([]);
  });

  it("in an article naming Portugal's prime minister, Montenegro who commits is he; the leader met is not the one who commits", () => {
    expect(
      rows(
        "Portugal's prime minister, Luís Montenegro, faces a budget vote. When he hosted NATO Secretary General Mark Rutte in Lisbon last winter, Montenegro had committed to reaching the 2% of GDP benchmark by 2029.",
      ),
    ).toEqual([["PRT", 2, 2029, "pledge"]]);
    // an article about Portugal that does not name its prime minister so means the country
    expect(
      rows(
        "Portugal will reach 2% of GDP on defence by 2029. Montenegro announced it would lift defence spending to 2% of GDP by 2027.",
      ).map(([ally, , year]) => [ally, year]),
    ).toEqual([
      ["PRT", 2029],
      ["MNE", 2027],
    ]);
    // the country, where the article is about it or names it in a list
    expect(
      rows("Montenegro will reach 2% of GDP on defence by 2029, the government in Podgorica said."),
    ).toEqual([["MNE", 2, 2029, "pledge"]]);
    expect(
      rows("Portugal and Montenegro will both reach 2% of GDP on defence by 2029.").map(
        ([ally]) => ally,
      ),
    ).toEqual(["PRT", "MNE"]);
    expect(
      rows(
        "At a meeting with NATO's Secretary General, Sánchez committed to reaching 2% of GDP on defence by 2029.",
      ),
    ).toEqual([["ESP", 2, 2029, "pledge"]]);
  });

  it("what some allies spend more than is status; a sum earmarked for purchasing is a line for things bought", () => {
    expect(
      rows(
        "A handful of allies spend more than 3% of GDP on their armies, led by Poland and Estonia.",
      ),
    ).toEqual([]);
    expect(rows("Poland will spend more than 4.7% of GDP on defence next year.")).toEqual([
      ["POL", 4.7, 2026, "pledge"],
    ]);
    expect(
      rows(
        "Lithuania's parliament approved a defence budget of EUR 4.8 billion for 2026. About EUR 1.5 billion is earmarked for purchasing tanks and drones.",
        "2025-12-12",
      ),
    ).toEqual([["LTU", null, 2026, "pledge"]]);
  });

  it("a headline's rounded share ('over 5%', 'nearly 5%') is the body's figure for the same country, once", () => {
    const text = (headline: string) =>
      `${headline}\nLithuania's parliament approved a defence budget for 2026 of EUR 4.8 billion, or 5.4% of GDP.`;
    const shares = (t: string) => targets(t, "2025-12-12").map((c) => [c.ally, c.sharePct]);
    expect(shares(text("Lithuania pledges over 5% of GDP to defence"))).toEqual([["LTU", 5.4]]);
    // a bound the body's figure does not fit is another figure
    expect(shares(text("Lithuania pledges nearly 5% of GDP to defence"))).toEqual([
      ["LTU", 5],
      ["LTU", 5.4],
    ]);
  });

  it("a sum named as a boost, an uplift or an injection is an increment, not a level", () => {
    for (const text of [
      "The Chancellor kept that promise in the Budget, and also announced a £2.5 billion boost for defence spending next year to repair the armed forces.",
      "Britain will add a £2 billion uplift to defence spending next year.",
    ])
      expect(targets(text, "2024-11-11")).toEqual([]);
    expect(rows("Britain will spend £65 billion on defence next year.").map(([a]) => a)).toEqual([
      "GBR",
    ]);
  });

  it("what NATO's data show, however far the source comes after the figure, is a report", () => {
    expect(
      rows(
        "OSLO — Every North Atlantic Treaty Organisation (Nato) ally is on course for the old aim of putting two per cent of GDP into defence this year, yet just a handful already meet the tougher bar fixed by its leaders last summer, Nato figures published on Friday (Sept 5) showed.",
      ),
    ).toEqual([]);
    expect(rows("Poland will spend 4.8% of GDP on defence next year.")).toEqual([
      ["POL", 4.8, 2026, "pledge"],
    ]);
  });

  it("guards against the newer rules reaching too far", () => {
    const claims = (text: string) =>
      extractClaims(text, "2025-06-24").map((c) =>
        c.kind === "target"
          ? `${c.ally} ${c.sharePct ?? c.amount} ${c.targetYear}`
          : `horizon ${c.threat} ${c.horizonYear}`,
      );
    const cases: [string, string[]][] = [
      // a modal with an adverb before "spend more than" is still a plan
      ["Poland will soon spend more than 4% of GDP on defence.", ["POL 4 null"]],
      // NATO's figures named mid-sentence are the source of another figure, not of the plan
      [
        "Germany will raise defence spending to 3.5% of GDP by 2029 under the plan approved by the cabinet on Wednesday, even though NATO's latest figures show Berlin spent 2.1% last year.",
        ["DEU 3.5 2029"],
      ],
      // opposition in a relative clause or by others does not undo the spender's plan
      [
        "Spain, which opposed the 5% target, will reach 2.1% of GDP on defence by 2029.",
        ["ESP 2.1 2029"],
      ],
      [
        "Despite a vote that opposed it, Belgium will reach 2% of GDP on defence this year.",
        ["BEL 2 2025"],
      ],
      // an outturn named after the figure is where the plan starts from
      [
        "Britain will raise defence spending to 2.5% of GDP by 2027 from an outturn of 2.3% last year.",
        ["GBR 2.5 2027"],
      ],
      // a budget that includes money for buying things is still the budget
      [
        "Poland's defence budget for 2026 of PLN 200 billion includes money for buying tanks, aircraft and artillery.",
        ["POL 200 2026"],
      ],
      // a first sentence with a full stop is no headline to fold into a later figure
      [
        "Italy will spend about 2% of GDP on defence, Meloni said. Italy aims to reach 2.5% of GDP by 2028.",
        ["ITA 2 null", "ITA 2.5 2028"],
      ],
      // another country's status after a plan is not the plan's part
      [
        "Estonia will reach 5% of GDP on defence in 2026, Latvia, allocating 3.6% of GDP this year, is close behind.",
        ["EST 5 2026"],
      ],
      // a country after "to" that is asked is the spender; only one paid is set aside
      [
        "Rutte appealed to Spain to raise its defence spending to 3.5% of GDP by 2035.",
        ["ESP 3.5 2035"],
      ],
      [
        "Washington has sent a message to Canada: raise defence spending to 2% of GDP by 2027.",
        ["CAN 2 2027"],
      ],
      // a Portuguese venue alone does not make Montenegro a person
      [
        "Lisbon hosted the meeting of Balkan defence ministers. Montenegro pledged to reach 2.5% of GDP on defence by 2030.",
        ["MNE 2.5 2030"],
      ],
      // "the prime minister" later in a sentence about Washington is not its subject
      [
        "Trump spoke with Canada's Mark Carney by phone. Washington will spend $1 trillion on defence next year, the White House said, after the prime minister asked about tariffs.",
        ["USA 1000 2026"],
      ],
      // a promised meeting is no commitment to meet a target
      [
        "Merz, whom Macron promised a meeting in Paris, said he would lift defence spending to 3.5% of GDP by 2029.",
        ["DEU 3.5 2029"],
      ],
      // a leader's support for the alliance's deal is not his own pledge
      [
        "Erdogan pledged support for the NATO summit deal setting defence spending at 5% of GDP by 2035.",
        ["NATO 5 2035"],
      ],
      // threats: the one named with "by", the subject rather than an object, the one nearest
      [
        "Beijing says an attack by Russia on a NATO member could come within five years.",
        ["horizon RUS 2030"],
      ],
      [
        "Officials warned that Russia, armed with Chinese drones, could attack the Baltic states within four years.",
        ["horizon RUS 2029"],
      ],
      [
        "Amid ever closer ties between Russia and China, officials warned that Moscow could attack a NATO member within five years.",
        ["horizon RUS 2030"],
      ],
      // a trade war, a price war or the war going on is no war to come
      [
        "Economists warned that a new trade war in Europe could hit growth by 2027. Chinese exporters have already cut prices.",
        [],
      ],
      [
        "Three years after Putin launched a full-scale war in Europe, analysts expect the fighting could last until 2027.",
        [],
      ],
    ];
    for (const [text, expected] of cases) expect(claims(text), text).toEqual(expected);
  });

  it("opposition to a level is no target; opposition from others does not undo one", () => {
    expect(
      rows(
        "Budapest's leader repeated his opposition to lifting Hungarian military outlays past 2% of GDP.",
      ),
    ).toEqual([]);
    expect(
      rows("Despite opposition from the left, Spain will reach 2% of GDP on defence this year."),
    ).toEqual([["ESP", 2, 2025, "pledge"]]);
  });

  it("a leader who said he would meet the alliance's agreed target, named later in the sentence, pledges it", () => {
    expect(
      rows(
        "Having said in spring that he would meet the NATO-agreed target of 2% of GDP on defence by 2029, Prime Minister Pedro Sánchez moved the date.",
      ),
    ).toEqual([["ESP", 2, 2029, "pledge"]]);
    expect(rows("The NATO-agreed target of 5% of GDP by 2035 was adopted at The Hague.")).toEqual([
      ["NATO", 5, 2035, "agreement"],
    ]);
    // the pronoun must be the one meeting it: here the allies are
    expect(
      rows(
        "He told reporters that allies will reach the NATO target of 2% of GDP on defence this year, Polish President Andrzej Duda said.",
      ).map(([ally]) => ally),
    ).not.toContain("POL");
  });

  it("'the split into' refers back to the target just named", () => {
    expect(
      rows(
        "NATO allies agreed to spend 5% of GDP by 2035. The split into 3.5% for armed forces and 1.5% for defence-related outlays will guide ministries.",
      ).map(([ally, share]) => [ally, share]),
    ).toEqual([
      ["NATO", 5],
      ["NATO", 3.5],
      ["NATO", 1.5],
    ]);
    // a split between two countries is a quarrel, not the parts of a target
    expect(
      rows(
        "Spain pledged to reach 2.1% of GDP on defence by 2029. The split between Spain and its allies over the NATO target of 3.5% widened.",
      ).map(([ally, share]) => [ally, share]),
    ).toEqual([
      ["ESP", 2.1],
      ["NATO", 3.5],
    ]);
  });

  it("an outturn is spending as it turned out, and a sum brought forward is moved, not a level", () => {
    expect(
      rows(
        "Slovenia plans to reach 2% by 2030. On the treasury's reckoning, this year's estimated outturn puts defence expenditure at 1.4% of GDP (1.3% of GDP in 2024).",
      ),
    ).toEqual([]);
    expect(
      targets(
        "Canberra's spending plan for the year also brings forward $2 billion of investment so that the armed forces get drones sooner.",
        "2025-03-26",
      ),
    ).toEqual([]);
  });

  it("a threatening state named inside an aside is not the spender", () => {
    expect(
      rows(
        "Lithuania, which borders both Belarus and Russia, plans to spend 5% of GDP on defence by 2026.",
      ),
    ).toEqual([["LTU", 5, 2026, "pledge"]]);
  });

  it("a US proposal or request for a share is asked of the allies", () => {
    expect(
      rows("Romania supports the U.S. proposal for defence spending at 3.5% of GDP by 2035."),
    ).toEqual([["NATO", 3.5, 2035, "demand"]]);
  });

  it("levels that are status, a count or a yardstick compared with are not targets", () => {
    for (const text of [
      // a count of allies going to spend: a tally
      "Officials said 25 allies are going to spend 2% of GDP on defence this year.",
      // money set aside for the year of the article: done
      "Lisbon has earmarked 4.2 billion euros for defence this year.",
      // a yardstick compared with
      "Last year Norway spent 2.2% on defence, which is more than the 2% asked by the alliance.",
      // postponed spending
      "Amid a defence debate, the Slovak cabinet announced that it would postpone investments equivalent to 1 percent of the economy's output.",
      // present-tense levels
      "Allies spending more than 3 percent include Latvia and Lithuania.",
      "The United Kingdom and France spend nearer to 2 percent on defence.",
      // a leading attribution to the alliance's report covers the sentence
      "According to the report Defence Expenditure of NATO Countries, released today, which gathers what governments reported on actual or planned spending, Portugal will spend more than €5.9 billion this year.",
    ])
      expect(rows(text, "2025-06-20"), text).toEqual([]);
    // a sum earmarked for a later year is a plan; a minister's sum for this year is a target
    expect(rows("Lisbon has earmarked 4.9 billion euros for defence in 2027.").length).toBe(1);
    expect(
      rows("Portugal will spend more than €5.9 billion on defence this year, the minister said."),
    ).toHaveLength(1);
  });

  it("the common target raised is the alliance's, asked for by the country that speaks", () => {
    expect(
      rows(
        "NATO leaders meet in July. Czech President Petr Pavel wants to raise the alliance's guideline to 2.5% of GDP.",
        "2024-06-18",
      ),
    ).toEqual([["NATO", 2.5, null, "demand"]]);
    // a country raising its own target keeps it
    expect(rows("Germany will raise its defence spending target to 3% of GDP by 2030.")).toEqual([
      ["DEU", 3, 2030, "pledge"],
    ]);
    // a count of allies written in words is a tally, not a target
    expect(
      rows(
        "Five NATO member states will spend over 3% of their GDP on defence in 2024.",
        "2024-06-18",
      ),
    ).toEqual([]);
  });

  it("a level 'last year' is past; the old target still to be met this year is a pledge", () => {
    expect(
      rows(
        "Slovenia ranks near the bottom of the classification, representing only 1.3% of GDP in defence last year.",
        "2025-03-31",
      ),
    ).toEqual([]);
    const [c] = targets(
      "Last week, the premier announced Belgium would spend an additional €1 billion and meet NATO's previous 2% target this fiscal year.",
      "2025-06-25",
    );
    expect([c?.ally, c?.sharePct, c?.targetYear, c?.amount]).toEqual(["BEL", 2, 2025, null]);
  });

  it("'have pledged to hit it' takes the target the sentence before named, past an aside", () => {
    expect(
      rows(
        "NATO's current defence spending target is 2% of GDP. Portugal and Croatia, two of the alliance's lowest spenders, have pledged to hit it this year, too.",
        "2025-06-14",
      ),
    ).toEqual([
      ["PRT", 2, 2025, "pledge"],
      ["HRV", 2, 2025, "pledge"],
    ]);
  });

  it("a letter lost in decoding ('Y?lmaz') does not end the sentence or make it a question", () => {
    expect(
      targets(
        "The Greek government plans to allocate EUR 8.2 billion to defence in 2027, the paper reported, citing Minister Nikos Dend?as.",
        "2026-11-08",
      ).map((c) => [c.ally, c.amount, c.currency, c.targetYear]),
    ).toEqual([["GRC", 8.2, "EUR", 2027]]);
  });

  it("the alliance's recently agreed target named beside a country's level is the alliance's too", () => {
    expect(
      rows(
        "Estonia is expected to spend 5.4 percent of GDP on defence in 2026, above NATO's recently agreed target of 5 percent.",
        "2025-10-21",
      ),
    ).toEqual([
      ["EST", 5.4, 2026, "pledge"],
      ["NATO", 5, null, "agreement"],
    ]);
  });

  it("an arms procurement line is not the defence level", () => {
    expect(
      rows(
        "Norway will lift annual arms procurement to NOK 60 billion from 10 billion under next year's draft budget.",
        "2025-09-04",
      ),
    ).toEqual([]);
  });

  it("allies ranked by a country are not the actor; a leader's government owns the alliance's threshold", () => {
    expect(
      rows(
        "Latvia leads NATO member countries in defence spending: 5.1% of its GDP will be allocated to defence in 2026.",
        "2026-07-02",
      ),
    ).toEqual([["LVA", 5.1, 2026, "pledge"]]);
    expect(
      rows(
        "The Frederiksen government has raised defence spending so that it is expected next year to reach the suggested NATO threshold of at least 3.5 per cent of GDP.",
        "2026-02-05",
      ),
    ).toEqual([["DNK", 3.5, 2027, "pledge"]]);
  });

  it("more levels that are not targets: status, tallies, denials, estimates, aid and totals", () => {
    const cases: [string, string][] = [
      [
        "2024-07-09",
        "Spain is now among the countries of the alliance that spend the least on defence - about 1.3% of GDP.",
      ],
      [
        "2024-07-04",
        "The study compared the plans of all member states to see who was meeting the recommended minimum defence spend of 2% of GDP in July 2024.",
      ],
      [
        "2024-06-18",
        "On Monday the secretary general said 23 of the 32 NATO countries have brought military spending to 2% of GDP in 2024.",
      ],
      [
        "2024-07-04",
        "The disparity between allies' defence spending, Finland at 2.4% and Italy at only 1.5%, makes agreement harder.",
      ],
      [
        "2025-06-23",
        "Tokyo denied a report that the US asked it to raise its defence spending to 3.5 per cent of GDP.",
      ],
      [
        "2024-07-04",
        "Analysts said it is unlikely that NATO will move to a 2.5% defence spending target in Washington.",
      ],
      ["2025-06-23", "Japan says no US demand for defence spending worth 3.5% of GDP"],
      [
        "2023-10-03",
        "Spending on national defence will be 29.4% of total planned expenditure of 36.66 trillion rubles next year.",
      ],
      [
        "2025-04-28",
        "China accounted for half of all expenditure in Asia and was the second-largest military spender in the world, raising its budget to an estimated $314 billion, a 7% increase compared to 2023.",
      ],
      ["2023-06-29", "The defence budget will be upped by 20 billion kronor."],
      [
        "2024-02-23",
        "The country has donated more than one percent of its GDP—nearly as much as NATO requires its members to spend on defense—to strengthen Ukraine's military.",
      ],
      [
        "2025-06-20",
        "Seoul's defence ministry said spending is already high. This suggests that increasing to 5% of GDP is realistically difficult.",
      ],
    ];
    for (const [date, text] of cases) expect(rows(text, date), text).toEqual([]);
    // "no less than" denies nothing
    expect(rows("Lithuania will spend no less than 3% of GDP on defence next year.")).toEqual([
      ["LTU", 3, 2026, "pledge"],
    ]);
  });

  it("who spends: past an aside ending '..., the', a threat's own doings, a US standard, a yardstick after the figure", () => {
    expect(
      rows(
        "Speaking alongside NATO Secretary General Mark Rutte, the Danish prime minister said she planned to raise defence spending to 3.2% by 2027.",
        "2024-04-23",
      ),
    ).toEqual([["DNK", 3.2, 2027, "pledge"]]);
    // "China's threats" and "by NATO standards" name neither spender
    expect(
      rows(
        "Lai said China's threats had increased, and that he hoped defense spending by NATO standards could reach 5% of GDP before 2030.",
        "2025-08-22",
      ),
    ).toEqual([]);
    expect(
      rows(
        "The ministry said the U.S. presented the standard that Asian allies should spend 5% of their GDP on defense.",
      ),
    ).toEqual([["NATO", 5, null, "demand"]]);
    expect(
      rows(
        "Australia will lift defence spending. Even the ultimate target of 2.33 per cent in 2033-34 is still only two-thirds of the US administration's expectation.",
        "2025-10-17",
      ),
    ).toEqual([["AUS", 2.33, 2033, "pledge"]]);
    expect(
      rows(
        "She said Iceland has been increasing defence-related spending, including its path toward the alliance's 1.5 percent benchmark.",
        "2025-11-28",
      ),
    ).toEqual([
      ["ISL", 1.5, null, "pledge"],
      // the alliance's own benchmark, named beside Iceland's path to it
      ["NATO", 1.5, null, "agreement"],
    ]);
    // partners by name and by currency
    expect(rows("Korea's defence spending will reach 2.6% of GDP next year.")).toEqual([
      ["KOR", 2.6, 2026, "pledge"],
    ]);
    const money = (text: string, date: string) =>
      targets(text, date).map((c) => [c.ally, c.amount, c.currency, c.targetYear]);
    expect(
      money(
        "The Ministry of Defence has received a RM21.7 billion allocation under Budget 2026 to modernise the armed forces.",
        "2025-10-11",
      ),
    ).toEqual([["MYS", 21.7, "MYR", 2026]]);
    expect(
      money(
        "Indonesia's defence ministry obtained a Rp 165.16 trillion budget for its 2025 expenditure.",
        "2025-01-16",
      ),
    ).toEqual([["IDN", 165160, "IDR", 2025]]);
    // a budget sought above a sum is a request
    expect(
      money(
        "The Defense Ministry said it is seeking a budget exceeding ¥8.5 trillion for fiscal 2025, as Japan looks to buy drones.",
        "2024-08-30",
      ),
    ).toEqual([["JPN", 8500, "JPY", 2025]]);
  });

  it("a dateline's day is no target year", () => {
    expect(
      rows(
        "BRUSSELS (Agency - 25th May, 2023) Latvia is planning to increase defense spending to 3% of its GDP, the prime minister said.",
        "2023-05-25",
      ),
    ).toEqual([["LVA", 3, null, "pledge"]]);
  });

  it("horizons: not from a question or a dismissed timeline; 'the war between Russia and NATO' is one", () => {
    const years = (text: string) =>
      extractClaims(text, "2025-11-17").flatMap((c) =>
        c.kind === "horizon" ? [c.horizonYear] : [],
      );
    expect(years("Will Russia attack NATO by 2029?")).toEqual([]);
    expect(
      years(
        "The admiral dismissed alarmist timelines suggesting that China could be ready to invade Taiwan by 2027.",
      ),
    ).toEqual([]);
    expect(
      years("According to the minister, the war between Russia and NATO may begin before 2029."),
    ).toEqual([2029]);
  });

  it("the alliance's own: a floor to be agreed, a combined share to be raised, 'they' after the allies, each member's GDP", () => {
    expect(
      rows(
        "The summit would also seek agreement on a defence spending floor of 2 percent of GDP for member states, he said.",
        "2023-02-27",
      ),
    ).toEqual([["NATO", 2, null, "agreement"]]);
    expect(
      rows(
        "Under the plan, member states will raise combined military budgets from 2 percent to 5 percent of GDP by 2035.",
        "2025-06-25",
      ),
    ).toEqual([["NATO", 5, 2035, "agreement"]]);
    expect(
      rows(
        "NATO members will be expected to spend 3.5 per cent of GDP on core defence by 2035. They will also be expected to spend a further 1.5 per cent of GDP on defence and security-related investments.",
        "2025-06-24",
      ),
    ).toEqual([
      ["NATO", 3.5, 2035, "agreement"],
      ["NATO", 1.5, null, "agreement"],
    ]);
    expect(
      rows(
        "The commitment involves at least 3.5% of each member state's GDP on core defence expenditure by 2035, plus up to 1.5% on security infrastructure.",
        "2025-06-26",
      ),
    ).toEqual([
      ["NATO", 3.5, 2035, "agreement"],
      ["NATO", 1.5, 2035, "agreement"],
    ]);
    // a call for all allies to commit is a demand, not a tally or an agreement
    expect(
      rows(
        "The prime minister will call for all allies to commit to spending 2 per cent of their GDP on defence.",
        "2023-07-11",
      ),
    ).toEqual([["NATO", 2, null, "demand"]]);
  });

  it("a country, not the alliance or a neighbour compared with", () => {
    expect(
      rows(
        "South Korea became the first ally outside of NATO to lift defence spending to 3.5% of GDP.",
        "2025-11-16",
      ),
    ).toEqual([["KOR", 3.5, null, "pledge"]]);
    expect(
      rows(
        "Latvia's defense spending in 2023 will rise almost to Estonian levels, and will be set at 2.25 percent of GDP.",
        "2023-03-11",
      ),
    ).toEqual([["LVA", 2.25, 2023, "pledge"]]);
    // "an attack on NATO territory" does not make the alliance the spender
    const [c] = targets(
      "The German government plans to increase the defence budget to almost €153 billion by 2029. By then, defence spending is set to reach around 3.5 percent of GDP, and a Russian attack on NATO territory could occur around that time.",
      "2025-12-03",
    );
    expect([c?.ally, c?.sharePct, c?.amount, c?.targetYear]).toEqual(["DEU", 3.5, 153, 2029]);
  });

  it("more that is not a target: impossible sums, an institute's figures, freezes and cuts, a programme, a share of a sum already set", () => {
    const cases: [string, string][] = [
      [
        "2025-03-13",
        "It is impossible to allocate more than NT$2 trillion for defense spending, the premier said.",
      ],
      [
        "2025-04-28",
        "Japan's defense expenditure rose 21 pct from the previous year to reach 1.4 pct of its gross domestic product, according to the Swedish institute.",
      ],
      [
        "2025-01-20",
        "Lawmakers proposed freezing NT$1.8 billion from the defence ministry's submarine program.",
      ],
      [
        "2025-01-20",
        "Legislators moved to slash the entire NT$2.3 billion defence budget of the agency.",
      ],
      [
        "2025-01-20",
        "Defence committee members later backed away from eliminating the army's budget allocation in favor of a more modest NT$23 million, or 1 percent, reduction.",
      ],
      [
        "2025-08-12",
        "The EU is negotiating a new €1.5 billion military financing program, which also plans joint purchases of shells.",
      ],
      [
        "2025-03-13",
        "The Cabinet had earmarked NT$647 billion for defense spending this year, equal to 2.45 percent of GDP.",
      ],
      [
        "2025-06-28",
        "This year, our country's defense budget is 61 trillion won, which is about 2.3% of GDP.",
      ],
    ];
    for (const [date, text] of cases) expect(rows(text, date), text).toEqual([]);
  });

  it("ranges in words, a draft budget for a later year, a conversion after 'or', New Taiwan dollars", () => {
    expect(
      rows(
        "Lithuania announced plans to spend an annual five to six percent of its GDP on defense from 2026 to 2030.",
        "2025-03-19",
      ),
    ).toEqual([["LTU", 5, 2026, "pledge"]]);
    const money = (text: string, date: string) =>
      targets(text, date).map((c) => [c.ally, c.sharePct, c.amount, c.currency, c.targetYear]);
    expect(
      money(
        "Japan's draft defense budget reached a record 9.04 trillion yen, or about $58 billion, for fiscal 2026.",
        "2025-12-26",
      ),
    ).toEqual([["JPN", null, 9040, "JPY", 2026]]);
    expect(
      money(
        "The Taiwanese government has decided to allocate 949.5 billion New Taiwan dollars for next year's defense budget. This figure represents 3.32% of Taiwan's GDP.",
        "2025-08-21",
      ),
    ).toEqual([["TWN", 3.32, 949.5, "TWD", 2026]]);
  });

  it("a horizon stated before a question is still stated", () => {
    expect(
      extractClaims(
        "The Bundeswehr is to be war-ready by 2029 - but how real is the threat of a Russian attack on NATO?",
        "2025-12-03",
      ).flatMap((c) => (c.kind === "horizon" ? [c.horizonYear] : [])),
    ).toEqual([2029]);
  });

  it("a sentence listing more figures than a statement holds is a table: no claims from it", () => {
    const list = (n: number) =>
      `Germany will spend ${Array.from({ length: n }, (_, i) => `€${i + 50} billion`).join(", ")} on defence in 2027.`;
    expect(targets(list(31), "2026-06-01")).toEqual([]);
    expect(targets(list(2), "2026-06-01").length).toBeGreaterThan(0);
  });

  it("guards against rules reaching too far: what each new rule must leave alone", () => {
    const cases: [string, (string | number | null)[][]][] = [
      // a denial or doubt in another clause, or after "and ... said"
      [
        "With no end to the war in sight, Poland will raise defence spending to 4.8% of GDP in 2026.",
        [["POL", 4.8, 2026]],
      ],
      [
        "Germany has no plans to cut its pledge to spend 3.5% of GDP on defence by 2029.",
        [["DEU", 3.5, 2029]],
      ],
      [
        "Officials said Lithuania cannot wait and will spend 5.5% of GDP on defence from 2026.",
        [["LTU", 5.5, 2026]],
      ],
      [
        "The ministry denied reports of cuts and said Italy will reach 2% of GDP on defence this year.",
        [["ITA", 2, 2025]],
      ],
      [
        "Norway will, at no extra cost to taxpayers, raise defence spending to 3% of GDP by 2030.",
        [["NOR", 3, 2030]],
      ],
      [
        "Russia is unlikely to attack NATO soon, yet Estonia will spend 5.4% of GDP on defence in 2026.",
        [["EST", 5.4, 2026]],
      ],
      // a plan worded like a present level
      ["Italy plans to spend closer to 2.5% of GDP on defence by 2028.", [["ITA", 2.5, 2028]]],
      ["Rome wants to be spending more than 3% of GDP on defence by 2030.", [["ITA", 3, 2030]]],
      // an ally's "war readiness", and Russia's "war chest", are no threat's doings
      [
        "Finland's war readiness is high. The government will spend 3% of GDP on defence by 2029.",
        [["FIN", 3, 2029]],
      ],
      [
        "Germany is rearming fast. Meanwhile Russia's war chest for 2026 will reach 6% of GDP, the finance ministry said.",
        [["RUS", 6, 2026]],
      ],
      // "over the coming decade" and "under the alliance's goal" compare nothing
      [
        "Under the alliance's new 5% goal agreed in The Hague, every member state will spend 3.5% of GDP on core defence by 2035.",
        [
          ["NATO", 5, null],
          ["NATO", 3.5, 2035],
        ],
      ],
      // levels planned in a list
      [
        "The budget plans put Lithuania at 5.5% of GDP for defence in 2026 and Latvia at 5% in 2026.",
        [
          ["LTU", 5.5, 2026],
          ["LVA", 5, 2026],
        ],
      ],
      // "one of the allies" counts nothing; "difficult" and "given its word" reject and give nothing
      [
        "Poland, one of the allies most exposed to Russia, will spend 4.8% of GDP on defence in 2026.",
        [["POL", 4.8, 2026]],
      ],
      [
        "Estonia will spend 5.4% of GDP on defence in 2026, and that is difficult for a small country.",
        [["EST", 5.4, 2026]],
      ],
      ["Poland has given its word to spend 5% of GDP on defence by 2035.", [["POL", 5, 2035]]],
      // "last year" further on dates something else
      [
        "Belgium will reach 2% of GDP on defence, a promise it first made last year.",
        [["BEL", 2, null]],
      ],
      [
        "Canada will reach 2% of GDP on defence, Carney said, after missing the target last year.",
        [["CAN", 2, null]],
      ],
      // "they" only after the allies; "the parliament of Romania" names Romania
      [
        "NATO allies agreed in June to spend 5% of GDP on defence by 2035. In Warsaw, Polish ministers met on Tuesday. They said the budget would spend 4.8% of GDP on defence in 2026.",
        [
          ["NATO", 5, 2035],
          ["POL", 4.8, 2026],
        ],
      ],
      [
        "Germany is rearming. A defence budget of 2.5% of GDP for 2026 was approved on Tuesday by the parliament of Romania.",
        [["ROU", 2.5, 2026]],
      ],
      // a sum before a new paragraph about another country is not its share
      [
        "Bulgaria's cabinet approved a defence budget of EUR 2.7 billion for 2026.\n\nRomania's parliament debated its own plans on Tuesday. The budget represents 2.5% of GDP, the Romanian finance minister said.",
        [
          ["BGR", null, 2026],
          ["ROU", 2.5, null],
        ],
      ],
    ];
    for (const [text, expected] of cases)
      expect(
        targets(text, "2025-06-01").map((c) => [c.ally, c.sharePct, c.targetYear]),
        text,
      ).toEqual(expected);
    const horizons = (text: string) =>
      extractClaims(text, "2025-06-01").flatMap((c) =>
        c.kind === "horizon" ? [c.horizonYear] : [],
      );
    expect(
      horizons(
        "No one in Berlin now doubts that Russia could be ready to attack NATO by 2029, the general said.",
      ),
    ).toEqual([2029]);
    expect(
      horizons(
        "Putin will not stop at Ukraine, and Russia could be ready to attack a NATO member by 2029, the report said.",
      ),
    ).toEqual([2029]);
    // a third repeat of a converted sum still merges
    expect(
      targets(
        "Turkey will raise its defence budget to $40 billion in 2027, the finance minister said. Under the draft budget, defence spending will reach ₺1.6 trillion ($40.2 billion) in 2027. Turkey's defence budget will be $40 billion in 2027, the minister repeated.",
        "2026-10-01",
      ).map((c) => [c.amount, c.currency]),
    ).toEqual([[1600, "TRY"]]);
  });

  it("a clause led by the allies as a group is the alliance's, whatever country came before", () => {
    expect(
      rows(
        "Spain asked for more time on Monday. Ministers met, and members weighed a pledge to reach 3% of GDP on defence by 2030.",
      ),
    ).toEqual([["NATO", 3, 2030, "agreement"]]);
    expect(
      rows(
        "Greece hosted the talks. Countries would spend 3.5% of GDP on core defence and 1.5% on resilience by 2035.",
      ).map((r) => r[0]),
    ).toEqual(["NATO", "NATO"]);
  });

  it("Europeans asked by a capital are the alliance; a ceiling is not a target", () => {
    expect(
      rows(
        "Germany will spend 3.5% of GDP on defence by 2029. Washington wants Europeans to spend 5% of GDP on defence.",
      ),
    ).toEqual([
      ["DEU", 3.5, 2029, "pledge"],
      ["NATO", 5, null, "demand"],
    ]);
    expect(targets("The Greens in Austria want defence spending capped at 2% of GDP.")).toEqual([]);
  });

  it("countries named as exceptions, examples or objects do not act", () => {
    expect(
      rows("All allies except Canada agreed to lift defence spending to 5% of GDP by 2035."),
    ).toEqual([["NATO", 5, 2035, "agreement"]]);
    expect(
      rows(
        "Several allies, including Portugal and Belgium, have yet to meet the 2% goal, while the alliance will raise its target to 3% of GDP by 2030.",
      ).map((r) => r[0]),
    ).toEqual(["NATO"]);
    expect(
      rows(
        "Norway's premier said the country relies too much on the United States as she announced it will reach NATO's 2-per-cent target this year.",
      ),
    ).toEqual([["NOR", 2, 2025, "pledge"]]);
  });

  it("a country inside an aside between the subject and its verb is not the subject", () => {
    for (const [text, ally] of [
      ["Germany, which borders Poland, will spend 3.5% of GDP on defence by 2029.", "DEU"],
      ["Finland, like its neighbour Sweden, will spend 3% of GDP on defence by 2029.", "FIN"],
      [
        "Norway, a close ally of the United States, will lift defence spending to 3% of GDP by 2030.",
        "NOR",
      ],
    ])
      expect([text, rows(text as string).map((r) => r[0])]).toEqual([text, [ally]]);
    expect(
      rows("Germany, the Netherlands, and Belgium will spend 3.5% of GDP on defence by 2035.").map(
        (r) => r[0],
      ),
    ).toEqual(["DEU", "NLD", "BEL"]);
  });

  it("a comma closes an exception unless the list goes on", () => {
    expect(rows("Unlike Germany, France will only reach 3% of GDP on defence by 2030.")).toEqual([
      ["FRA", 3, 2030, "pledge"],
    ]);
    expect(
      rows(
        "Following talks with Poland, Lithuania announced it would spend 6% of GDP on defence from 2026.",
      ),
    ).toEqual([["LTU", 6, 2026, "pledge"]]);
  });

  it("the alliance named in a yardstick does not take the figure from the country that owns it", () => {
    expect(
      rows(
        "Canada will boost defence spending to meet NATO's two per cent of GDP target this fiscal year.",
      ),
    ).toEqual([["CAN", 2, 2025, "pledge"]]);
  });

  it("the alliance's yardstick needs a yardstick word or a possessive, not any words after NATO", () => {
    expect(rows("Latvia believes that NATO allies should aim for 3% of GDP on defence.")).toEqual([
      ["NATO", 3, null, "demand"],
    ]);
    expect(rows("Italy is set to reach NATO's target of 2% this year.")).toEqual([
      ["ITA", 2, 2025, "pledge"],
    ]);
  });

  it("NATO as a modifier or in a possessive yardstick is not the one who spends", () => {
    expect(
      rows(
        "The NATO chief thanked Romania for hosting the NATO ministerial meeting and for raising its defence budget to 2.5% of GDP from 2026.",
      ),
    ).toEqual([["ROU", 2.5, 2026, "pledge"]]);
    expect(
      rows(
        "Slovakia has promised to reach NATO's recommended 2% of GDP military spending target by 2027.",
      ),
    ).toEqual([["SVK", 2, 2027, "pledge"]]);
  });

  it("aid as a share of national income, the cost of an increase and data that show are not targets", () => {
    for (const text of [
      "Britain's Labour said it was committed to restoring development spending at the level of 0.7% of gross national income, while defence gets more.",
      "The increase in Dutch defence spending will cost between 5 billion and 6 billion euros a year.",
      "Figures published by the ministry on Tuesday show that Portugal is expected to raise defence spending to 1.4% of GDP this year.",
      "Portugal is halfway down the list, led by the USA, which dedicates 3.4% of its GDP to the military.",
    ])
      expect([text, targets(text)]).toEqual([text, []]);
  });

  it("a country's own chiefs pressing for more is that country's figure; the EU as a modifier is no actor", () => {
    expect(
      rows("UK army chiefs pushed for defence spending to rise to 2.7% of GDP.").map((r) => r[0]),
    ).toEqual(["GBR"]);
    expect(
      rows(
        "The government hopes to reach 1.98% of GDP on defence if it obtains the EU funds it will apply for. Portugal has long lagged.",
      ).map((r) => r[0]),
    ).toEqual(["PRT"]);
  });

  it("the alliance's chief asking the allies to agree demands, until they have agreed", () => {
    expect(rows("Rutte wants allies to agree to spend 3.5% of GDP on core defence.")).toEqual([
      ["NATO", 3.5, null, "demand"],
    ]);
    expect(rows("NATO leaders agreed to spend 5% of GDP on defence by 2035.")).toEqual([
      ["NATO", 5, 2035, "agreement"],
    ]);
  });

  it("a country that says the allies or Europe must spend asks them", () => {
    expect(
      rows("Germany's defence minister said Europe must spend 3.5% of GDP on defence by 2030."),
    ).toEqual([["NATO", 3.5, 2030, "demand"]]);
    expect(
      rows(
        "Germany's defence minister said the country must spend 3.5% of GDP on defence by 2030.",
      ),
    ).toEqual([["DEU", 3.5, 2030, "pledge"]]);
  });

  it("a US official's share of GDP, with the country naming the office, is asked of the allies", () => {
    expect(
      rows(
        "U.S. President Donald Trump first pitched the new five per cent target for the allies in January.",
      ),
    ).toEqual([["NATO", 5, null, "demand"]]);
    expect(rows("The United States will spend 3.1% of GDP on defence next year.")).toEqual([
      ["USA", 3.1, 2026, "pledge"],
    ]);
  });

  it("a level to come: 'would account for', 'will stand at', a budget that allocates for next year", () => {
    expect(
      rows("Romania's government said defence spending would account for 2.5% of GDP in 2026."),
    ).toEqual([["ROU", 2.5, 2026, "pledge"]]);
    expect(
      rows("Greek defence spending will stand at 3.2% of GDP next year, the ministry said."),
    ).toEqual([["GRC", 3.2, 2026, "pledge"]]);
    expect(
      rows(
        "Lithuania's parliament approved a budget that allocates 5.4% of GDP to defence next year.",
      ),
    ).toEqual([["LTU", 5.4, 2026, "pledge"]]);
    expect(rows("Poland's defence budget for 2026 is 4.8% of GDP.")).toEqual([
      ["POL", 4.8, 2026, "pledge"],
    ]);
    for (const text of [
      "Poland's defence spending this year is 4.1% of GDP.",
      "Estonia's defence spending stands at 3.4% of GDP this year.",
      "Defence spending in Latvia accounts for 3.2% of GDP in 2025, the ministry said.",
    ])
      expect([text, targets(text)]).toEqual([text, []]);
  });

  it("the allies as an object and Ukraine after a preposition leave the subject alone", () => {
    expect(
      rows(
        "Norway will spend more on defence. The cabinet vowed to meet NATO's guidelines for members to spend 2% of GDP this year.",
      ).map((r) => r[0]),
    ).toEqual(["NOR"]);
    expect(
      rows(
        "Norway intends to allocate 3.5% of GDP to core defence, including support for Ukraine, and another 1.5% of GDP to broader security needs.",
      ).map((r) => [r[0], r[1]]),
    ).toEqual([
      ["NOR", 3.5],
      ["NOR", 1.5],
    ]);
    expect(
      rows(
        "Denmark will lift defence spending to 2.4% of GDP this year, when including Ukrainian aid, and 2% from next year.",
      ).map((r) => [r[0], r[1], r[2]]),
    ).toEqual([
      ["DNK", 2.4, 2025],
      ["DNK", 2, 2026],
    ]);
  });

  it("the threat's own figures are the threat's, never the country the passage is about", () => {
    const claims = (text: string) =>
      extractClaims(text, "2025-06-20").map((c) =>
        c.kind === "target" ? [c.ally, c.sharePct, c.amount] : null,
      );
    expect(
      claims(
        "Germany will spend 3.5% of GDP on defence by 2029. Russia will spend 6.3% of GDP on its military next year.",
      ),
    ).toEqual([
      ["DEU", 3.5, null],
      ["RUS", 6.3, null],
    ]);
    expect(
      claims(
        "Poland will spend 4.8% of GDP on defence in 2026. Putin approved a defence budget of 12 trillion rubles for next year.",
      ),
    ).toEqual([
      ["POL", 4.8, null],
      ["RUS", null, 12000],
    ]);
    // a passage naming no ally is about the other state it names
    expect(
      claims(
        "Beijing said it will raise the defence budget by 7.2% this year. Planned defence expenditure will be 1.78 trillion yuan this year, state media reported.",
      ),
    ).toEqual([["CHN", null, 1780]]);
    // a country named only as an object is still the one the passage is about, before any threat
    expect(
      claims(
        "The latest news on Finland. The country has committed to raising its defence budget to 3 percent of GDP by 2029, amid tensions with Russia.",
      ),
    ).toEqual([["FIN", 3, null]]);
    expect(
      claims("Bordering Russia, Finland will spend 3% of GDP on defence by 2029.").map(
        (c) => c?.[0],
      ),
    ).toEqual(["FIN"]);
  });

  it("a request is a plan: 'the Pentagon's budget request for 2026 is $900 billion'", () => {
    expect(
      extractClaims(
        "The United States will spend more on defence. The Pentagon's budget request for 2026 is $900 billion, the officials said.",
        "2025-06-20",
      ).map((c) => (c.kind === "target" ? [c.ally, c.amount, c.currency, c.targetYear] : null)),
    ).toEqual([["USA", 900, "USD", 2026]]);
  });

  it("a share of GDP is a US target only where the United States leads the clause that acts", () => {
    // the one met, the one backed, the one that wants others to spend, the one compared with
    for (const text of [
      "The talks took place at a naval base in the US, where the minister said his country would reach 2.5% of GDP.",
      "Canberra backs the US plan for defence outlays of 3% of economic output.",
      "America wants its Asian partners to spend 3.5% of GDP on defence.",
      "The target of 2.2% by 2030 is still below what the US administration expects.",
    ])
      expect([text, rows(text).filter((r) => r[0] === "USA")]).toEqual([text, []]);
    expect(rows("The US plans to lift defence spending to 3.5% of GDP by 2030.")).toEqual([
      ["USA", 3.5, 2030, "pledge"],
    ]);
  });

  it("one of the alliance's own shares tied to the US, which does not lead the clause, is the alliance's", () => {
    expect(
      rows(
        "Warsaw welcomed the American initiative for defence budgets of 3.5% of GDP for core military needs.",
      ),
    ).toEqual([["NATO", 3.5, null, "agreement"]]);
    expect(
      rows(
        "Ministers in Sofia endorsed the US idea of spending 1.5% of GDP on defence-related infrastructure.",
      ),
    ).toEqual([["NATO", 1.5, null, "agreement"]]);
    // once only: the alliance's own claim to that share stands
    expect(
      rows(
        "Allies agreed to spend 3.5% of GDP on core defence by 2035. Warsaw welcomed the American initiative for defence budgets of 3.5% of GDP for core military needs.",
      ),
    ).toEqual([["NATO", 3.5, 2035, "agreement"]]);
  });

  it("the alliance by its full name is the alliance, not the passage's country", () => {
    for (const name of ["North Atlantic Treaty Organization", "North Atlantic Alliance"])
      expect(
        rows(
          `Spain has long lagged its peers. In June, the 32-nation ${name} agreed to lift defence spending over the next decade, to 5% of GDP by 2035.`,
        ),
      ).toEqual([["NATO", 5, 2035, "agreement"]]);
  });

  it("a country named as a meeting's place is where, not who", () => {
    expect(
      rows(
        "The NATO summit in Lithuania next week is expected to approve a new floor for defence spending of 2% of GDP.",
        "2023-07-01",
      ),
    ).toEqual([["NATO", 2, null, "agreement"]]);
  });

  it("'this includes', 'that figure breaks down as': the parts of the target just named", () => {
    expect(
      rows(
        "Seoul watched the talks closely. The alliance agreed to lift spending to 5% of GDP by 2035 at a summit held in The Hague, Netherlands. This includes at least 3.5% of GDP for core defence, while up to 1.5% would go to infrastructure.",
      ),
    ).toEqual([
      ["NATO", 5, 2035, "agreement"],
      ["NATO", 3.5, 2035, "agreement"],
      ["NATO", 1.5, 2035, "agreement"],
    ]);
  });

  it("a country taking up the alliance's own figure, in an article on the agreement, states the alliance's too", () => {
    expect(
      rows("At the NATO summit, Bulgaria committed to spending 5% of GDP on defence."),
    ).toEqual([
      ["BGR", 5, null, "pledge"],
      ["NATO", 5, null, "agreement"],
    ]);
    // an agreement or a summit of someone else's, a partner, or a year before the alliance's 5%
    for (const [text, date] of [
      [
        "The Danish cabinet agreed on Tuesday that Denmark will spend 3.5% of GDP on defence.",
        "2025-07-01",
      ],
      [
        "At a security summit in Singapore, Japan said it will raise defence spending to 3.5% of GDP.",
        "2025-07-01",
      ],
      [
        "At the NATO summit, Belgium said it would spend 1.5% of GDP on military mobility.",
        "2023-07-12",
      ],
    ] as const)
      expect([text, rows(text, date).filter((r) => r[0] === "NATO")]).toEqual([text, []]);
    // a year of its own makes the figure the country's plan
    expect(
      rows(
        "Latvia plans to raise defence spending to 5% of GDP by 2028, ahead of the schedule allies agreed.",
      ),
    ).toEqual([["LVA", 5, 2028, "pledge"]]);
    // and an article that does not speak of the alliance's agreement states only the country's
    expect(rows("Poland will spend 5% of GDP on defence.")).toEqual([["POL", 5, null, "pledge"]]);
  });

  it("the alliance's own figure, named with the alliance and a target, is the alliance's agreement", () => {
    expect(
      rows(
        "Orban warned that no member state would be able to meet NATO's 5 percent of GDP defence spending target under the current rules.",
      ),
    ).toEqual([["NATO", 5, null, "agreement"]]);
    expect(
      rows(
        "Spain this week rejected the alliance's plan to raise defence spending to 3.5% of GDP and related spending to 1.5% of GDP.",
      ),
    ).toEqual([
      ["NATO", 3.5, null, "agreement"],
      ["NATO", 1.5, null, "agreement"],
    ]);
    // a country's own level beside the alliance's target is neither
    expect(rows("Italy spends 1.5% of GDP on defence, below NATO's 2% target.")).toEqual([]);
  });

  it("the US's own outlays named keep a share the US's: its military spending, the Pentagon, its own budget", () => {
    expect(
      rows("The Pentagon plans to raise U.S. military spending to 3.2% of GDP in fiscal 2026."),
    ).toEqual([["USA", 3.2, 2026, "pledge"]]);
    expect(
      rows("President Trump's budget would lift US military spending to 3.5% of GDP in 2026."),
    ).toEqual([["USA", 3.5, 2026, "pledge"]]);
  });

  it("the alliance's figure named in passing is a level, not a rise or another stock", () => {
    for (const text of [
      "Defence spending across member states rose 5% last year, and the summit will set a new goal.",
      "NATO's plan to raise the level of ammunition stocks by 5% will cost billions in defence budgets.",
    ])
      expect([text, rows(text)]).toEqual([text, []]);
  });

  it("a new 2% for a year to come is still the alliance's, after 2024", () => {
    expect(
      rows(
        "NATO defence ministers agreed that allies should spend at least 2% of GDP on core defence by 2030 as an interim step.",
        "2025-02-01",
      ),
    ).toEqual([["NATO", 2, 2030, "agreement"]]);
  });

  it("the alliance's figures are shares of GDP or spending, not of staff or prices", () => {
    for (const text of [
      "NATO's target is for 5% of its staff to be reservists by 2030.",
      "Inflation in the alliance's largest economies is well above the 1.5% goal.",
      "The alliance plans to cut fuel emissions by 5% under its climate target.",
    ])
      expect([text, rows(text)]).toEqual([text, []]);
  });

  it("all allies spending a share by a year to come is the alliance's commitment, not a count", () => {
    expect(rows("All member states will spend 5% of GDP on defence by 2035.")).toEqual([
      ["NATO", 5, 2035, "agreement"],
    ]);
    expect(rows("All allies are expected to reach 2% of GDP this year.")).toEqual([]);
    expect(
      rows(
        "All allies will spend at least 2% of GDP on defence by 2026 if current plans hold, officials project.",
        "2023-05-01",
      ),
    ).toEqual([]);
  });

  it("a share of their GDP spent on defence is a level of GDP, not a share of a budget", () => {
    expect(
      rows("Member states will allocate 5% of their GDP toward defence spending by 2035."),
    ).toEqual([["NATO", 5, 2035, "agreement"]]);
    // a share of the budget stays one
    expect(rows("Poland will put 5% of its total public spending into defence next year.")).toEqual(
      [],
    );
    // and a country ranked among the few is status
    expect(
      rows(
        "Greece is one of only four NATO countries to devote more than 3.0 percent of its gross domestic product to defence spending.",
        "2024-07-01",
      ),
    ).toEqual([]);
  });

  it("the alliance's 2% is a target before 2024 and the standing floor from then on", () => {
    const text = "Every NATO member will reach the alliance target of 2% of GDP this year.";
    expect(rows(text, "2023-03-01")).toEqual([["NATO", 2, 2023, "agreement"]]);
    expect(rows(text, "2025-03-01")).toEqual([]);
    // a country's own 2% is its own target whenever it is said
    expect(rows("Spain will spend 2% of GDP on defence this year.", "2025-03-01")).toEqual([
      ["ESP", 2, 2025, "pledge"],
    ]);
  });

  it("a sum with no period is not a level: dated or yearly sums are kept, undated ones left out", () => {
    const sums = (text: string) =>
      extractClaims(text, "2025-06-20").map((c) =>
        c.kind === "target" ? [c.ally, c.amount, c.targetYear, c.annually] : null,
      );
    expect(
      sums(
        "The United States will spend more on defence. The Pentagon's budget request is $900 billion, the officials said.",
      ),
    ).toEqual([]);
    expect(
      sums(
        "The United States will spend more on defence. The Pentagon's budget request is $900 billion a year, the officials said.",
      ),
    ).toEqual([["USA", 900, null, true]]);
    // a share needs no period: it is a level of the economy, whenever it is reached
    expect(
      extractClaims("Belgium plans to spend 2.5% of GDP on defence.", "2025-06-20").map((c) =>
        c.kind === "target" ? [c.ally, c.sharePct, c.targetYear] : null,
      ),
    ).toEqual([["BEL", 2.5, null]]);
  });

  it("levels kept, spent or not yet reached are status, not targets", () => {
    for (const text of [
      "Norway will have spent 2.2% of GDP on defence this year, the review said.",
      "Sweden's military budget has been held at about 1.2% of GDP, though the government wants more.",
      "Austria's defence spending sat near 0.8% of GDP for decades.",
      "Portugal has yet to reach 2% of GDP on defence.",
    ])
      expect([text, targets(text)]).toEqual([text, []]);
  });

  it("figures reported as some body's data, however far along the sentence it says so", () => {
    expect(
      targets(
        "In 2024, Croatia allocated 1.8%, Slovenia 1.3% and Slovakia 2.0% of their GDP to defence, according to the alliance's published figures.",
      ),
    ).toEqual([]);
  });

  it("a group's spending added up and forecast is a tally, not a target", () => {
    for (const text of [
      "EU members are forecast to lift their combined defence outlays to 2.1% of GDP this year, the agency said.",
      "Europe's allies are projected to collectively reach the 2% goal this year.",
    ])
      expect([text, targets(text)]).toEqual([text, []]);
    expect(rows("Allies are set to collectively commit to 5% of GDP by 2035.")).toEqual([
      ["NATO", 5, 2035, "agreement"],
    ]);
  });

  it("horizons only for an act of aggression or readiness for one, and never when denied", () => {
    const years = (text: string) =>
      extractClaims(text, "2025-06-20").flatMap((c) =>
        c.kind === "horizon" ? [c.horizonYear] : [],
      );
    for (const text of [
      "The war in Ukraine could end by 2026, Russian officials said.",
      "Russia's economy could slide into recession within two years because of the war, analysts warn.",
      "Russia is planning to build 900 tanks a year by 2026 to sustain its war effort.",
      "Russia will not attack NATO in the next five years, the Kremlin said.",
      "Russia will be able to rebuild its forces within five years, but an attack on NATO is unlikely.",
    ])
      expect([text, years(text)]).toEqual([text, []]);
    expect(years("China wants its military to be able to take Taiwan by 2027.")).toEqual([2027]);
    expect(years("China's forces could be capable of invading Taiwan by 2027.")).toEqual([2027]);
    expect(
      years(
        "The agency warned of a potential military conflict between Russia and Europe within five years.",
      ),
    ).toEqual([2030]);
    expect(
      years("Rutte said Russia could be ready to confront the alliance within five years."),
    ).toEqual([2030]);
    expect(years("NATO has three years to prepare for a Russian attack, Poland warns.")).toEqual([
      2028,
    ]);
    expect(
      years("Russia could be ready for a large-scale war in Europe within five years."),
    ).toEqual([2030]);
  });

  it("a passage's country from a national leader or currency, and US$ is money, not the US", () => {
    expect(
      rows(
        "President Lai Ching-te unveiled a TWD 900 billion (about US$30 billion) plan. The government plans defence outlays of 3.32% of GDP in 2026.",
        "2025-11-26",
      ),
    ).toEqual([["TWN", 3.32, 2026, "pledge"]]);
    expect(
      rows(
        "The plan costs PLN 20 billion over years, officials said. The government will lift defence spending to 4.8% of GDP next year.",
      ),
    ).toEqual([["POL", 4.8, 2026, "pledge"]]);
  });

  it("'the 2026 budget' dates its figures; a day's date does not; parts of a sum are not levels", () => {
    const money = (text: string, date: string) =>
      extractClaims(text, date).map((c) =>
        c.kind === "target" ? [c.ally, c.amount, c.targetYear] : null,
      );
    expect(
      money(
        "The draft 2026 defence budget, approved by Belgium's cabinet on July 30, 2025, stands at 9.2 billion euros, consisting of 8.1 billion euros of regular spending and a further 1.1 billion euros out of a reserve fund.",
        "2025-08-01",
      ),
    ).toEqual([["BEL", 9.2, 2026]]);
    expect(
      money(
        "The Belgian army will get 2.1 billion euros from a reserve fund, bringing total defence resources to 10.3 billion euros next year.",
        "2025-08-01",
      ),
    ).toEqual([["BEL", 10.3, 2026]]);
  });

  it("a line item, a whole supplementary budget and a level capped for decades are not targets", () => {
    for (const text of [
      "Under the plan, 80 billion yen is earmarked for the new coastal radar system.",
      "A 12 trillion yen supplementary budget enacted this month included 1.5 trillion yen for security.",
      "For decades, Japan capped its annual defence budget at around one percent of GDP.",
    ])
      expect([text, extractClaims(text, "2025-12-26")]).toEqual([text, []]);
  });

  it("past a headline, a country named only further on is not the figure's", () => {
    expect(
      rows(
        "Leaders meet in The Hague today. Central to the talks will be a bold new target: raising defence spending to 5% of GDP by 2035. Greece will present a new investment programme.",
      ).map((r) => r[0]),
    ).toEqual([]);
    expect(
      rows(
        "Allies adopt a goal of 5% of GDP by 2035. The target includes 3.5% for core defence and 1.5% for resilience.",
      ).map((r) => [r[0], r[1]]),
    ).toEqual([
      ["NATO", 5],
      ["NATO", 3.5],
      ["NATO", 1.5],
    ]);
  });

  it("a question is not a claim, and 'in the previous fiscal' is past", () => {
    expect(targets("How will Germany reach 2% of GDP on defence in 2028?", "2024-02-14")).toEqual(
      [],
    );
    expect(
      extractClaims(
        "India's defence outlay of Rs 5.9 lakh crore in the previous fiscal will grow, the ministry said.",
        "2026-02-01",
      ),
    ).toEqual([]);
  });

  it("a year set off at the head of a sentence dates every figure in it", () => {
    expect(
      targets("In 2023, Croatia allocated 1.8% and Slovenia 1.3% of GDP to defence.", "2025-01-10"),
    ).toEqual([]);
  });

  it("the second part of a split is a component, not an increment", () => {
    expect(
      rows(
        "Allies set a new target of 3.5% for core spending and a further 1.5% for defence-related investment by 2035.",
      ).map((r) => [r[0], r[1], r[2]]),
    ).toEqual([
      ["NATO", 3.5, 2035],
      ["NATO", 1.5, 2035],
    ]);
    expect(
      targets("Poland will spend 4% of GDP plus an extra 0.5% on its armed forces.").map(
        (c) => c.sharePct,
      ),
    ).toEqual([4]);
  });

  it("a year given for comparison is not the figure's", () => {
    expect(rows("Canada will spend 2% of GDP on defence, far more than in 2024.")).toEqual([
      ["CAN", 2, null, "pledge"],
    ]);
    expect(rows("Allies must reach 5% of GDP faster than 2035.")).toEqual([
      ["NATO", 5, 2035, "demand"],
    ]);
  });

  it("a yardstick a figure is measured against does not take that figure's year", () => {
    expect(
      rows(
        "Finland will raise defence spending to 2.6% of GDP in 2027, bringing it closer to the new NATO target of 3.5% of GDP.",
      ),
    ).toEqual([
      ["FIN", 2.6, 2027, "pledge"],
      ["NATO", 3.5, null, "agreement"],
    ]);
    expect(
      rows(
        "Finland will spend 2.6% of GDP on defence in 2027, with a further 1% for resilience.",
      ).map((r) => r[2]),
    ).toEqual([2027, 2027]);
  });

  it("money a leader wants the country to spend, or that it would spend, is a plan", () => {
    expect(
      rows("Macron wants France to spend 64 billion euros on its armed forces by 2027."),
    ).toEqual([["FRA", null, 2027, "pledge"]]);
    expect(rows("Sweden would spend 200 billion kronor on defence in 2030.")).toEqual([
      ["SWE", null, 2030, "pledge"],
    ]);
  });

  it("a commitment to meet the current target is a pledge, and a leader's commitment is the country's", () => {
    expect(
      rows(
        "The Spanish defence debate goes on. Sanchez agreed in April to meet NATO's current target of 2% of GDP this year.",
        "2025-06-22",
      ),
    ).toEqual([["ESP", 2, 2025, "pledge"]]);
    expect(rows("Spain currently meets NATO's 2% target.", "2025-06-22")).toEqual([]);
  });

  it("a level called too much, a count of allies expected to reach it and a level 'compared with now' are not targets", () => {
    expect(
      rows('"A 5% spending would be disproportionate," the Spanish prime minister said.'),
    ).toEqual([]);
    expect(
      rows(
        "By the end of 2026, the secretary general expects 25 NATO allies to spend 2% of GDP on defence.",
        "2026-02-14",
      ),
    ).toEqual([]);
    expect(
      rows(
        "The Dutch government aims to raise defence spending to 3.5% by 2035, compared with around 2% now.",
      ),
    ).toEqual([["NLD", 3.5, 2035, "pledge"]]);
  });

  it("revenue, taxes and money on top are not a level of defence spending", () => {
    for (const text of [
      "Poland's defence debate goes on. The 2026 budget projects revenues of about 650 billion zlotys.",
      "The Dutch government plans a surcharge on income taxes to generate around 5 billion euros a year for defence.",
      "France will additionally spend 3.5 billion euros on its armed forces in 2026.",
      "The increase in Dutch defence spending would be around 19 billion euros per year.",
      "The newly proposed military spending plans would see France additional spend €3.5 billion in 2026 and €3 billion in 2027 – a total of €6.5 billion.",
    ])
      expect([text, rows(text)]).toEqual([text, []]);
  });

  it("a share restating the sum of the sentence before takes its country and year", () => {
    expect(
      rows(
        "Poland's government announced a defence budget for 2026 of 200 billion zlotys. This amount equates to about 4.8% of the country's GDP.",
        "2025-08-28",
      ),
    ).toEqual([["POL", 4.8, 2026, "pledge"]]);
    expect(
      rows(
        "Poland's government announced a defence budget for 2026 of 200 billion zlotys. This is 0.5% more than last year.",
        "2025-08-28",
      ).map((r) => r[1]),
    ).toEqual([null]);
  });

  it("the new target named beside allies' status is the alliance's; a figure after a dash is what the clause says", () => {
    expect(
      rows(
        "Poland and Lithuania are the only allies that already surpass the new NATO target of 3.5%, agreed at The Hague.",
      ),
    ).toEqual([["NATO", 3.5, null, "agreement"]]);
    expect(
      rows(
        "Poland remains the ally with the highest share of GDP spent on defence — 4.48%, followed by Lithuania.",
      ),
    ).toEqual([]);
    expect(
      rows(
        "Montenegro said the new NATO goal is more ambitious than the previous one [of 2%] and took hard negotiation.",
      ),
    ).toEqual([]);
  });

  it("one country's official telling another to spend demands it", () => {
    expect(
      rows(
        "A U.S. Department of Defense policy nominee on Tuesday urged Japan to raise its defense spending to over 3 pct of its GDP.",
      ),
    ).toEqual([["JPN", 3, null, "demand"]]);
    expect(
      rows(
        "Colby, known for his hard line on China, said Taiwan needs to spend 10 pct of GDP on defense.",
      ),
    ).toEqual([["TWN", 10, null, "demand"]]);
    expect(rows("Lai said Taiwan needs to spend 5% of GDP on defense by 2030.")).toEqual([
      ["TWN", 5, 2030, "pledge"],
    ]);
    expect(
      rows(
        "The United States has urged Australia to significantly increase its defence expenditure, calling for spending to rise to 3.5% of GDP.",
      ),
    ).toEqual([["AUS", 3.5, null, "demand"]]);
  });

  it("the second part of a pair shares the first one's year", () => {
    expect(
      rows(
        "Allies have committed to reaching, over a period of 10 years, 3.5% of GDP on core defence, plus an additional 1.5% on resilience.",
      ).map((r) => [r[1], r[2]]),
    ).toEqual([
      [3.5, 2035],
      [1.5, 2035],
    ]);
  });

  it("each sum in a sequence keeps its own year; a conversion in brackets is the same sum", () => {
    const money = (text: string) =>
      extractClaims(text, "2026-02-26").map((c) =>
        c.kind === "target" ? [c.amount, c.targetYear] : null,
      );
    expect(
      money(
        "Next year, the Czech defence budget is expected to reach CZK 215.3 billion, rising to CZK 238.2 billion in 2028.",
      ),
    ).toEqual([
      [215.3, 2027],
      [238.2, 2028],
    ]);
    expect(
      money(
        "Greece will spend 25 billion euros ($27 billion) on its armed forces through to 2036.",
      ),
    ).toEqual([[25, 2036]]);
    // a conversion in full-width brackets, as Taiwanese and Japanese outlets print it
    expect(
      money(
        "Taiwan's cabinet proposes to allocate NT$1,250 billion （US$39.3 billion） for defense by 2034.",
      ),
    ).toEqual([[1250, 2034]]);
    expect(
      rows(
        "Slovenia's defence spending will be 1.53 percent of GDP, and for 2026 it will be 1.6 percent.",
        "2025-02-03",
      ).map((r) => [r[1], r[2]]),
    ).toEqual([
      [1.53, null],
      [1.6, 2026],
    ]);
  });

  it("reluctance, a level called unthinkable, and what a country is allocating are not targets", () => {
    for (const text of [
      "Canada has been reluctant to commit to defence spending of 2% of GDP.",
      "Slovakia's defence minister called the idea of raising defence spending to 3% of GDP \u201cunthinkable.\u201d",
      "Spending 3.5% of GDP on defence, some €52.3 billion, would be unthinkable, the Spanish minister said.",
      "Denmark has for decades spent less on its military than its allies, allocating about 1.3% of its GDP.",
      "India's defence budget in the last few years hovered around 1.8 to 1.97 per cent of GDP.",
      "North Macedonia's defence budget foresees 2.22 percent of GDP, according to the latest NATO report.",
      "Japan's draft defence budget for fiscal 2026 is up 9.4% from 2025.",
      "Norway will increase the allocation to the Norwegian Armed Forces by approximately NOK 5 billion.",
      "The White House rolled out President Biden's proposed $7,300 billion fiscal 2025 federal spending plan.",
      "Denmark plans to invest a total of about 50 billion kroner in rapid procurement of defence equipment.",
    ])
      expect([text, rows(text)]).toEqual([text, []]);
  });

  it("a ranking of allies reports levels: 'the second is the USA with 3.5%'", () => {
    expect(
      rows(
        "Poland allocates the largest share of its GDP to defence, 3.9%, the second is the USA with 3.5%, and the third is Greece, with 3%.",
      ),
    ).toEqual([]);
  });

  it("a national currency names the country; allies of another region are not the alliance", () => {
    expect(
      rows(
        "The Cabinet approved an overall defense budget of NT$606.8 billion, accounting for 2.5% of the nation's GDP.",
      ).map((r) => r[0]),
    ).toEqual(["TWN"]);
    expect(
      rows("Japan's Nikkei reported that allies in Asia should spend 5% of GDP on defence.").map(
        (r) => r[0],
      ),
    ).toEqual(["JPN"]);
    expect(
      rows("Japan's Nikkei reported that Asian allies should spend 5% of GDP on defence.").map(
        (r) => r[0],
      ),
    ).toEqual(["JPN"]);
  });

  it("a rise from a NATO estimate is a target; a budget worth a sum, or a sum sent to defence, is a level", () => {
    expect(
      rows(
        "Ottawa says it will raise Canada's defence spending from the current NATO estimate of 1.38 per cent of GDP to 1.76 per cent of GDP in 2029-30.",
      ),
    ).toEqual([["CAN", 1.76, 2029, "pledge"]]);
    expect(
      extractClaims(
        "The Japanese government today approved a record defence budget plan worth over 9 trillion yen for 2026.",
        "2025-12-26",
      ).map((c) => (c.kind === "target" ? [c.ally, c.amount, c.targetYear] : null)),
    ).toEqual([["JPN", 9000, 2026]]);
    expect(
      extractClaims(
        "In the Philippines' 2026 national budget proposal, ₱430.9 billion will be allocated to the defense sector.",
        "2025-08-28",
      ).map((c) => (c.kind === "target" ? [c.ally, c.amount, c.currency] : null)),
    ).toEqual([["PHL", 430.9, "PHP"]]);
  });

  it("a passive level whose verb comes well after the figure is a plan", () => {
    expect(
      rows(
        "As a result, in 2026, more than three percent of Denmark's gross domestic product will be spent on defence.",
      ),
    ).toEqual([["DNK", 3, 2026, "pledge"]]);
  });

  it("a budget that rises 'by 8.2% to' a sum reaches that sum, dated by the clause before", () => {
    expect(
      extractClaims(
        "South Korea's defense budget for next year would rise by 8.2% to 66.3 trillion won.",
        "2025-10-01",
      ).map((c) => (c.kind === "target" ? [c.ally, c.sharePct, c.amount, c.targetYear] : null)),
    ).toEqual([["KOR", null, 66300, 2026]]);
    expect(
      extractClaims(
        "Germany's draft budget for 2026 raises defence spending from 62.4 billion euros to 82.7 billion euros.",
        "2025-07-30",
      ).map((c) => (c.kind === "target" ? [c.amount, c.targetYear] : null)),
    ).toEqual([[82.7, 2026]]);
  });

  it("status, forecasts and whole budgets met in more phrasings", () => {
    for (const text of [
      "Greece is now spending about 3% of its gross domestic product on defence.",
      "The two countries, both NATO members, are projected to reach the alliance's target of 2% in 2026.",
      "Japan's budget for such defence systems totaled around 400 billion yen.",
      "Germany's plans call for overall government spending to increase from 503 billion euros this year to 573.8 billion euros in 2029.",
      "Analysts say that given next year's projected defence budget increase of 8.2 percent, Seoul's goal is within reach.",
      "Australia's defence strategy commits $53 billion in additional defence spending over the next decade.",
      "Australia will fund its defence plan with $14 billion drawn from the forward estimates.",
      "Japan has spent 7.9 trillion yen on defence, while 8.7 trillion yen has been earmarked for the current fiscal year.",
      "Japan's defence ministry will spend some 1 trillion yen for unmanned equipment through fiscal 2027.",
      "Poland's army will spend 10 billion zlotys on new tanks next year.",
    ])
      expect([text, rows(text)]).toEqual([text, []]);
  });

  it("who a figure belongs to: the US's own dollars, its leader's share for the allies, an unnamed country", () => {
    expect(
      rows(
        "Trump said he would push for increasing defense spending to $1.5 trillion in fiscal 2027.",
      ),
    ).toEqual([["USA", null, 2027, "pledge"]]);
    expect(
      rows(
        "Turkey supports higher defence contributions, but questions remain about Trump's proposed 5% of GDP target for member states.",
      ),
    ).toEqual([["NATO", 5, null, "demand"]]);
    expect(
      rows(
        "The United States has announced that it will bring the five percent defence spending target to the Hague summit.",
      ).map((r) => [r[0], r[3]]),
    ).toEqual([["NATO", "demand"]]);
    expect(
      rows(
        "Denmark will present a new defence plan. According to the plan, the country will reach NATO's target of 3.5% of GDP by 2030.",
      ),
    ).toEqual([["DNK", 3.5, 2030, "pledge"]]);
    expect(
      rows(
        "Seoul and Washington are expected to move toward a NATO-style framework targeting 5 percent of GDP for defence by 2035, South Korea said.",
      ).map((r) => r[0]),
    ).not.toContain("NATO");
  });

  it("more of how plans are worded: a share of the economy, a fall to a sum, a bill, the alliance's goal and its pair", () => {
    expect(
      rows(
        "Prime Minister Keir Starmer said spending on defence would rise from its current 2.3% share of the economy to 2.5% in 2027.",
      ),
    ).toEqual([["GBR", 2.5, 2027, "pledge"]]);
    expect(
      extractClaims(
        "Russia's defence spending is expected to drop to 12.8 trillion roubles in 2026.",
        "2024-09-30",
      ).map((c) => (c.kind === "target" ? [c.ally, c.amount, c.targetYear] : null)),
    ).toEqual([["RUS", 12800, 2026]]);
    expect(
      rows(
        "The $900.6 billion U.S. defense authorization bill for fiscal 2026 now moves to the Senate.",
      ).map((r) => [r[0], r[2]]),
    ).toEqual([["USA", 2026]]);
    expect(
      rows(
        "Moldova's plans are modest. NATO's goal is to increase defense spending to 3.5 percent of GDP over the next few years, and an additional 1.5 percent for defense-related activities, he said.",
      ).map((r) => r[0]),
    ).toEqual(["NATO", "NATO"]);
    expect(
      rows("Moldova proposes to increase the defense budget up to 1% of GDP by 2030."),
    ).toEqual([["MDA", 1, 2030, "pledge"]]);
    expect(
      rows(
        "The Dutch government approved a big rise in defence spending, just as NATO is pushing its members to raise the figure to 5%.",
      ).map((r) => [r[0], r[3]]),
    ).toEqual([["NATO", "demand"]]);
  });

  it("a pay rise, a forecast rise, and shares of the budget listed together are not levels of GDP", () => {
    for (const text of [
      "The U.S. defence bill authorizes a 3.8 percent pay raise for service members.",
      "The forecasted rise to €326 billion for 2026 would mark a further boost to EU defence spending.",
      "Romania's defence plan says 25 per cent of the budget will go to modernisation, and 2 per cent to research and development.",
    ])
      expect([text, rows(text)]).toEqual([text, []]);
  });

  it("a currency, a comparison and an unnamed country in how news names who spends", () => {
    const money = (text: string) =>
      extractClaims(text, "2025-11-30").map((c) =>
        c.kind === "target" ? [c.ally, c.amount, c.currency] : null,
      );
    expect(
      money("The aggressor state plans to spend 12.93 trillion rubles on the army next year."),
    ).toEqual([["RUS", 12930, "RUB"]]);
    expect(
      money(
        "China's defence budget will be the world's second-highest behind the United States at 1.6 trillion yuan [$222 billion] this year.",
      ).map((r) => r?.[0]),
    ).not.toContain("USA");
    expect(
      rows(
        "Bulgaria's prime minister spoke on Tuesday. He noted that this year the country would not only meet but exceed the NATO target, reaching 2.18% of its GDP.",
      ),
    ).toEqual([["BGR", 2.18, 2025, "pledge"]]);
    expect(
      rows("The US defence budget must stay under the $868.349 billion budget cap in fiscal 2025."),
    ).toEqual([]);
  });

  it("budget-day wordings: a share after 'which is', a list's currency, Indian digit groups, a minister's projection", () => {
    const all = (text: string, date: string) =>
      extractClaims(text, date).map((c) =>
        c.kind === "target" ? [c.ally, c.sharePct, c.amount, c.currency, c.targetYear] : null,
      );
    expect(
      all(
        "Ukraine's budget for 2025 envisages spending Hr 2,200 billion on defense, which is 26.3% of the country's projected GDP.",
        "2024-11-19",
      ),
    ).toEqual([["UKR", 26.3, 2200, "UAH", 2025]]);
    expect(
      all(
        "Russia plans military spending of 12.8 trillion rubles in 2026 and 13.1 trillion in 2027.",
        "2024-12-01",
      ).map((r) => r?.slice(2)),
    ).toEqual([
      [12800, "RUB", 2026],
      [13100, "RUB", 2027],
    ]);
    expect(
      all("India will spend ₹6,21,940 crore on defence in 2025-26.", "2025-01-20").map(
        (r) => r?.[2],
      ),
    ).toEqual([6219.4]);
    expect(
      all(
        "Finland's budget supports its integration into NATO, with defence spending projected to account for about 2.5 per cent of the country's GDP next year.",
        "2024-12-19",
      ),
    ).toEqual([["FIN", 2.5, null, null, 2025]]);
  });

  it("what was invested, what others predicted, what some say, a deficit's list, and purchases are not levels", () => {
    for (const text of [
      "Portugal invested around 1.48% of GDP in defence in 2025, below the 1.66% predicted by the previous government.",
      "Some say 3 percent, others say 5 percent of GDP for Taiwan's defence, the comptroller told reporters.",
      "The Russian state budget will run a deficit across all three years: 0.5% of GDP in 2026, 0.9% in 2027 and 1.1% in 2028.",
      "Taiwan's budget includes a special budget of NT$90.4 billion to procure new fighter jets.",
      "Seoul intends to allocate approximately 18 trillion won for the purchase of weapons.",
      "Korea's defence ministry plans to allocate 5.8 trillion won to defense research and development.",
    ])
      expect([text, rows(text)]).toEqual([text, []]);
    expect(
      rows(
        "Polish president Andrzej Duda proposed that all alliance countries should spend at least 3% of GDP on defence.",
      ).map((r) => [r[0], r[3]]),
    ).toEqual([["NATO", "demand"]]);
  });

  it("a country that names a person's office is not what the passage is about", () => {
    expect(
      rows(
        "Sir Keir Starmer cut the aid budget amid doubts over US President Donald Trump's commitment to Europe. The Prime Minister said spending on defence would rise to 2.5% of GDP in 2027.",
      ).map((r) => r[0]),
    ).toEqual(["GBR"]);
  });

  it("'us' as a pronoun is no country", () => {
    expect(
      rows(
        'Lithuania\'s revenues are growing. "This enables us to increase defence financing," the minister said. The draft budget earmarks €4.79 billion for defence, equal to 5.38% of GDP.',
      ).map((r) => r[0]),
    ).toEqual(["LTU"]);
    expect(rows("Let us spend 3% of GDP on defence next year.")).toEqual([]);
    // a threat named as an object is not what the passage is about
    expect(
      rows(
        "The defence department will also give non-lethal military aid to Ukraine. The total defence budget will be €1.23 billion next year.",
      ),
    ).toEqual([]);
  });

  it("a combined total, a whole budget's share of GDP and a capital named as a place are not a country's target", () => {
    for (const text of [
      "NATO's European states would invest a combined total of US$380 billion in defence this year, Stoltenberg added.",
      "The Philippines' proposed 2026 budget amounts to 6,352 billion pesos, equivalent to 22 per cent of GDP.",
    ])
      expect([text, rows(text)]).toEqual([text, []]);
    expect(
      rows(
        "Stoltenberg is expected to propose at the NATO summit in Lithuania's capital Vilnius that the goal of 2% of GDP for defence should be a floor.",
      ).map((r) => r[0]),
    ).not.toContain("LTU");
    expect(
      rows(
        "Turkey's defence spending reached $40.6 billion in 2024. The figure is set to increase to around $46 billion in 2026.",
      ).map((r) => [r[0], r[2]]),
    ).toEqual([["TUR", 2026]]);
  });

  it("levels in brackets, a band held for years and a place named after an alliance are not targets or actors", () => {
    for (const text of [
      "Ireland (0.2% of GDP), Malta (0.4% of GDP), Luxembourg and Austria (both 0.6% of GDP) spend little on defence.",
      "Australia's defence spending has been stuck between 1.9 per cent and 2.1 per cent of GDP for seven years.",
    ])
      expect([text, rows(text)]).toEqual([text, []]);
    expect(
      rows(
        "After drone incursions near NATO's eastern borders, Germany's finance minister told lawmakers that defence spending will rise to 2.8% of GDP in 2026.",
      ).map((r) => r[0]),
    ).toEqual(["DEU"]);
  });

  it("a deadline 'by last year' is past, even with a later year further along", () => {
    expect(
      targets(
        "Allies first signed on to hit the two per cent target by last year, but Ottawa said Canada would not get there until 2032.",
        "2025-06-10",
      ).filter((c) => c.sharePct === 2 && c.ally === "NATO"),
    ).toEqual([]);
  });

  it("percentages written as compound adjectives", () => {
    expect(
      targets("Estonia will exceed the three-percent mark on defence in 2027.")[0]?.sharePct,
    ).toBe(3);
    expect(targets("Canada will hit the 2-per-cent defence goal in 2026.")[0]?.sharePct).toBe(2);
  });

  it("money for a whole budget is not defence spending", () => {
    expect(
      targets(
        "Despite a cut in the overall budget, which will amount to about 180 billion euros next year, the EU will spend more on defence.",
      ),
    ).toEqual([]);
  });

  it("spending raised or budgeted in the past tense is done, unless for a later year", () => {
    for (const text of [
      "Greece raised its defence spending to 3.1% of GDP by counting pensions.",
      "In total, Canada budgeted CAD 40 billion for the defence budget this year.",
    ])
      expect([text, targets(text)]).toEqual([text, []]);
    expect(rows("Norway raised its defence budget to 3% of GDP for 2027.")).toEqual([
      ["NOR", 3, 2027, "pledge"],
    ]);
    expect(rows("Denmark raised its defence spending target to 3.5% of GDP.")).toEqual([
      ["DNK", 3.5, null, "pledge"],
    ]);
  });

  it("rates of change and other quantities beside defence words are not levels", () => {
    expect(
      rows("Finland's economy will grow 1% next year while defence spending rises to 3% of GDP."),
    ).toEqual([["FIN", 3, 2026, "pledge"]]);
    expect(
      targets("Defence outlays in Romania jumped 30% next year, the minister will say."),
    ).toEqual([]);
  });

  it("money for a purchase, a loan or aid is not a level of spending", () => {
    for (const text of [
      "Sweden will buy four submarines for SEK 40 billion, the defence ministry plans.",
      "The EU plans a 150 billion euro loan instrument for defence procurement.",
      "Norway will give Ukraine NOK 85 billion in military support in 2026.",
    ])
      expect([text, targets(text)]).toEqual([text, []]);
    expect(rows("Poland will spend 200 billion zloty on defence in 2026.")).toEqual([
      ["POL", null, 2026, "pledge"],
    ]);
  });

  it("someone who wants another country to spend asks, the country does not pledge", () => {
    expect(rows("Trump wants Spain to spend 5% of GDP on defence.")).toEqual([
      ["ESP", 5, null, "demand"],
    ]);
    expect(
      rows("South Korea's president wants the defence budget to reach 3% of GDP by 2030."),
    ).toEqual([["KOR", 3, 2030, "pledge"]]);
    expect(rows("Trump has called for defence spending to be increased to 5%.")).toEqual([
      ["NATO", 5, null, "demand"],
    ]);
  });

  it("a span 'over a period of ten years' dates the figure", () => {
    expect(
      rows(
        "We will reach 5 percent of GDP for defence over a period of ten years, the Italian minister said.",
      ),
    ).toEqual([["ITA", 5, 2035, "pledge"]]);
  });

  it("'the commitment is split into' refers back to the actor of the sentence before", () => {
    expect(
      rows(
        "Allies except Spain agreed to lift defence spending to 5% of GDP. The commitment is split into 3.5% for core defence and 1.5% for resilience.",
      ).map((r) => r[0]),
    ).toEqual(["NATO", "NATO", "NATO"]);
    expect(
      rows(
        "Germany will reach 3% of GDP on defence in 2029. At the summit, allies agreed to reach 5% of GDP by 2035. The target is made up of 3.5% for core defence and 1.5% for resilience.",
      ).map((r) => [r[0], r[1], r[2]]),
    ).toEqual([
      ["DEU", 3, 2029],
      ["NATO", 5, 2035],
      ["NATO", 3.5, 2035],
      ["NATO", 1.5, 2035],
    ]);
  });
});

describe("article formats", () => {
  it("HTML is reduced to its text: scripts dropped, entities decoded, tags never kept", () => {
    const text = htmlToText(
      '<p>Defence &amp; security <b>3.5%</b></p><script>alert("x")</script><p>&lt;b&gt;</p>',
    );
    expect(text).toBe("Defence & security 3.5%\n\n<b>");
    expect(text).not.toContain("alert");
  });

  it("Markdown is reduced to its words", () => {
    expect(markdownToText("## Title\n\n**Rutte** said [this](http://x.test) `now`.")).toBe(
      "Title\n\nRutte said this now.",
    );
  });
});

describe("amounts as written", () => {
  it("reads thousands separators: 1,000 billion is a thousand billion, not one", () => {
    const amounts = (text: string) =>
      extractClaims(text, "2025-01-01").map((c) => (c.kind === "target" ? c.amount : null));
    expect(amounts("Germany will spend 1,000 billion euros on defence by 2035.")).toEqual([1000]);
    expect(amounts("Poland will spend EUR 1,000bn on defence by 2030, about 5% of GDP.")).toEqual([
      1000,
    ]);
    expect(amounts("Spain will spend EUR 12.5bn on defence in 2026.")).toEqual([12.5]);
  });

  it("rupees in lakh crore, and currency codes only as words of their own", () => {
    const money = (text: string) =>
      extractClaims(text, "2025-06-01").map((c) =>
        c.kind === "target" ? [c.amount, c.currency] : null,
      );
    expect(
      money("India will spend Rs 7.85 lakh crore on defence in 2026-27, the budget says."),
    ).toEqual([[7850, "INR"]]);
    expect(money("Turkey has set aside ₺2.155 trillion for defence in its 2026 budget.")).toEqual([
      [2155, "TRY"],
    ]);
    // Canadian and Australian papers write their own dollar as "$"
    expect(money("Canada will spend $62.7 billion on defence this fiscal year.")).toEqual([
      [62.7, "CAD"],
    ]);
    expect(money("Canada will spend US$45 billion on defence this fiscal year.")).toEqual([
      [45, "USD"],
    ]);
    expect(money("Denmark will allocate 38 billion krones to its armed forces by 2033.")).toEqual([
      [38, null],
    ]);
    // "years 10 billion" is not rupees, nor "entry 5 billion" Turkish lira
    expect(
      money(
        "Over the next two years 10 billion euros will go to the French military budget, Paris plans.",
      ),
    ).toEqual([[10, "EUR"]]);
  });

  it("a sum in dollars and the same sum later in the national currency with its conversion are one claim", () => {
    const text =
      "Turkey will raise its defence budget to $40 billion in 2027, the finance minister said. Under the draft budget, defence spending will reach ₺1.6 trillion ($40.2 billion) in 2027.";
    // kept as the spender states it
    expect(targets(text, "2026-10-01").map((c) => [c.ally, c.amount, c.currency])).toEqual([
      ["TUR", 1600, "TRY"],
    ]);
    // a conversion to another sum is no repeat
    const other =
      "Turkey will raise its defence budget to $40 billion in 2027, the finance minister said. Defence spending will reach ₺2.4 trillion ($60 billion) in 2028.";
    expect(targets(other, "2026-10-01").map((c) => [c.amount, c.currency])).toEqual([
      [40, "USD"],
      [2400, "TRY"],
    ]);
  });

  it("a headline's sum is the claim of the body's share that restates it", () => {
    const text = [
      "Estonia Sets Defence Budget at 2.4 Billion Euros for 2027",
      "",
      "Estonia's defence ministry is set to receive a budget of EUR 2.412 billion in 2027, the minister said on Friday. The draft goes to parliament next week.",
      "",
      "The planned defence allocation represents 5.1% of gross domestic product, he added.",
    ].join("\n");
    expect(
      targets(text, "2026-10-01").map((c) => [
        c.ally,
        c.sharePct,
        c.amount,
        c.currency,
        c.targetYear,
      ]),
    ).toEqual([["EST", 5.1, 2.412, "EUR", 2027]]);
  });
});
