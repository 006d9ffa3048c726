import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ENGLISH_ARTICLE, FRENCH_ARTICLE } from "../../test/helpers.ts";
import { readsAsEnglish } from "../extract/text.ts";
import { MAX_ARTICLE_BYTES, prepareArticle, prepareFiles, readingNotes } from "./ingest.ts";

const dir = mkdtempSync(join(tmpdir(), "pledgewatch-ingest-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe("reading article files", () => {
  it("keeps a U+FFFD written in valid UTF-8, refuses bytes that are not UTF-8", () => {
    const kept = file("fffd.txt", "date: 2025-01-02\nScraped \uFFFD text: Latvia, 5% by 2026.\n");
    const broken = file("latin1.txt", Buffer.from("date: 2025-01-02\nM\xfcnchen 3.5%\n", "latin1"));
    const ok = prepareFiles([kept], {});
    expect(ok.bad).toEqual([]);
    expect(ok.inputs[0]?.text).toContain("\uFFFD");
    expect(prepareFiles([broken], {}).bad).toEqual([
      { file: broken, reason: "not valid UTF-8: save the article as UTF-8" },
    ]);
  });

  it("refuses a file over the size cap before reading it", () => {
    const big = file(
      "big.txt",
      `date: 2025-01-02\n${"Spending rises. ".repeat(MAX_ARTICLE_BYTES / 16 + 1)}`,
    );
    expect(prepareFiles([big], {}).bad[0]?.reason).toMatch(/larger than 1 MB/);
  });

  it("decodes an HTML entity outside Unicode as U+FFFD instead of throwing", () => {
    const a = prepareArticle("e.html", "<p>Odd &#x110000; and &#xD800; here.</p>", "html", {
      date: "2025-01-02",
    });
    expect("text" in a && a.text).toBe("Odd \uFFFD and \uFFFD here.");
  });

  it("refuses impossible dates and sources that are not http(s) links", () => {
    const reasons = [
      prepareArticle("a", "x", "text", { date: "2025-02-30" }),
      prepareArticle("a", "x", "text", { date: "9999-12-31" }),
      prepareArticle("a", "x", "text", { date: "2025-01-02", source: "javascript:alert(1)" }),
    ].map((p) => ("reason" in p ? p.reason : "accepted"));
    expect(reasons[0]).toMatch(/not a real day/);
    expect(reasons[1]).toMatch(/not a real day/);
    expect(reasons[2]).toMatch(/not an http or https address/);
  });
});

describe("articles in another language", () => {
  it("English reads as English; French does not; a short line is given the benefit of the doubt", () => {
    expect(readsAsEnglish(ENGLISH_ARTICLE)).toBe(true);
    expect(readsAsEnglish(FRENCH_ARTICLE)).toBe(false);
    expect(readsAsEnglish("Le budget 2026.")).toBe(true);
  });

  it("a stored article that does not read as English gets a note with its claim count", () => {
    const input = (file: string, text: string) => {
      const prepared = prepareArticle(file, text, "text", { date: "2025-06-02" });
      if ("reason" in prepared) throw new Error(prepared.reason);
      return prepared;
    };
    const notes = readingNotes([input("en.txt", ENGLISH_ARTICLE), input("fr.txt", FRENCH_ARTICLE)]);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.file).toBe("fr.txt");
    expect(notes[0]?.note).toMatch(/^does not read as English: .*\(0 found here\)/);
  });
});
