import { describe, expect, it } from "vitest";
import { loadDataset } from "../node/load-dataset.ts";
import { toBibtex, toCslJson } from "./bibliography.ts";
import { citeSource, dateOf, readableDate, sourceNote } from "./citation.ts";

const data = loadDataset();

describe("citations", () => {
  it("a NATO figure read through a transcription cites NATO's publication, table and month, via it", () => {
    expect(citeSource(data, "gh_cannoli_n26")?.text).toBe(
      "NATO, Defence Investment of NATO Countries (2014-2026), Tables 2, 3, 8a, July 2026, via aiutononesistonousername/leave-the-gun-take-the-cannoli (GitHub)",
    );
    expect(citeSource(data, "press_defenceua_2025")?.text).toBe(
      "NATO, Defence Expenditure of NATO Countries (2014-2025), Table 3, 28 August 2025, via Defense Express",
    );
  });

  it("other sources cite publisher, title and date; an unknown date is left out", () => {
    expect(citeSource(data, "S001")?.text).toBe(
      'NATO, "Allied leaders pledge to reverse defence cuts, reaffirm transatlantic bond", 5 September 2014',
    );
    expect(citeSource(data, "S003")?.date).toBeNull();
    expect(citeSource(data, "nope")).toBeUndefined();
  });

  it("reads dates as precise as they are given", () => {
    expect(
      ["2026-07", "2025-08-28", "2024", "unknown (commit 1)", "2026 (commit 366d)"].map((d) =>
        readableDate(dateOf(d)),
      ),
    ).toEqual(["July 2026", "28 August 2025", "2024", null, "2026"]);
  });

  it("a source note is at most two lines, names no id, and counts statements", () => {
    const note = sourceNote(data, ["gh_cannoli_n26", "gh_namanjain_defper", "S014", "S011"]);
    expect(note).toEqual([
      "Sources: NATO, Defence Investment of NATO Countries (2014-2026), Tables 2, 3, 8a, July 2026; 1 earlier edition (2025)",
      "via aiutononesistonousername/leave-the-gun-take-the-cannoli (GitHub) and namanjain92/NATO-Analytics (GitHub); Firstpost (25 June 2025); Kazinform (Qazinform) (June 2025).",
    ]);
    const pledges = sourceNote(
      data,
      data.pledges.flatMap((p) => p.sourceIds),
      { statements: `${data.pledges.length} national statements` },
    );
    expect(pledges).toEqual(["Sources: 72 national statements: see the pledges table."]);
  });

  it("BibTeX and CSL-JSON carry the same facts", () => {
    const c = citeSource(data, "press_tass_2025");
    if (!c) throw new Error("no citation");
    expect(toBibtex([c])).toBe(
      "@misc{press_tass_2025,\n  author = {{TASS}},\n  title = {NATO countries defense spending 2025 (Brussels, 28 Aug)},\n  year = {2025},\n  month = aug,\n  url = {https://tass.com/world/2008301}\n}\n",
    );
    expect(toCslJson([c])).toEqual([
      {
        id: "press_tass_2025",
        type: "article-newspaper",
        title: "NATO countries defense spending 2025 (Brussels, 28 Aug)",
        author: [{ literal: "TASS" }],
        publisher: "TASS",
        issued: { "date-parts": [[2025, 8, 28]] },
        URL: "https://tass.com/world/2008301",
      },
    ]);
  });
});
