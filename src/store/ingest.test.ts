import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_ARTICLE_BYTES, prepareArticle, prepareFiles } from "./ingest.ts";

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
