import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { formatOf } from "../../extract/text.ts";
import { FETCH_DEFAULTS, FetchError } from "../../intake/fetch.ts";
import { prepareUrl } from "../../intake/intake.ts";
import {
  decodeArticle,
  displayFile,
  MAX_ARTICLE_BYTES,
  prepareArticle,
  prepareFiles,
  readingNotes,
} from "../../store/ingest.ts";
import type { ArticleInput } from "../../store/store.ts";
import { COMMON_OPTIONS, type Command } from "../command.ts";
import { json } from "../format.ts";
import { EXIT, UsageError } from "../io.ts";
import { openStore, STORE_HELP } from "../store-option.ts";

export const ingestCommand: Command = {
  name: "ingest",
  usage: "pledgewatch ingest <file|dir|-|URL> [--date YYYY-MM-DD] [--source URL] [--db PATH]",
  help: `  --date D         the articles' date (YYYY-MM-DD); otherwise each article's own
                   "date: YYYY-MM-DD" line, HTML meta/time element, or a page's metadata
  --source URL     where the articles come from (cited by the pledges they become);
                   for a URL, the address read
  --format F       for standard input: text, markdown or html (default text)
  --timeout S      for a URL: give up after S seconds (default ${FETCH_DEFAULTS.timeoutMs / 1000})
  --max-bytes N    for a URL: refuse pages larger than N bytes (default ${FETCH_DEFAULTS.maxBytes})
${STORE_HELP}
  --json           JSON output
  -h, --help       this help

Accepts .txt, .md and .html files, a folder of them (and its subfolders), or - for standard
input, or an http:// or https:// URL: the page is fetched and only its main text is kept (a
reader view: navigation, advertising and comments are left out). The CLI fetches any address
it is given, this machine's and the local network's included, as the user running it could;
the server refuses those unless started with --allow-private-fetch. The batch is all or nothing: if any file is unreadable, binary, not UTF-8 or has no
date, the bad files are listed and nothing is stored. Claims wait for review:
\`pledgewatch claims\`.`,
  options: {
    date: { type: "string" },
    source: { type: "string" },
    format: { type: "string" },
    timeout: { type: "string" },
    "max-bytes": { type: "string" },
    db: { type: "string" },
    json: COMMON_OPTIONS.json,
    help: COMMON_OPTIONS.help,
  },
  positionals: { min: 1, max: 1 },
  async run(values, positionals, { io }) {
    const target = positionals[0] as string;
    const options = {
      date: typeof values.date === "string" ? values.date : undefined,
      source: typeof values.source === "string" ? values.source : undefined,
    };
    if (options.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.date)) {
      throw new UsageError(`--date takes YYYY-MM-DD (got "${options.date}")`);
    }
    let inputs: ArticleInput[];
    let bad: { file: string; reason: string }[];
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
      if (!/^https?:\/\//i.test(target))
        throw new UsageError(`only http:// and https:// addresses are fetched (got "${target}")`);
      const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
      if (timeout !== undefined && !(timeout > 0 && timeout <= 600))
        throw new UsageError(`--timeout takes seconds, 1-600 (got "${values.timeout}")`);
      const maxBytes = values["max-bytes"] === undefined ? undefined : Number(values["max-bytes"]);
      if (maxBytes !== undefined && !(Number.isInteger(maxBytes) && maxBytes > 0))
        throw new UsageError(
          `--max-bytes takes a positive whole number (got "${values["max-bytes"]}")`,
        );
      let fetched: Awaited<ReturnType<typeof prepareUrl>>;
      try {
        fetched = await prepareUrl(target, {
          ...options,
          timeoutMs: timeout === undefined ? undefined : timeout * 1000,
          maxBytes,
          allowPrivate: true,
        });
      } catch (error) {
        if (!(error instanceof FetchError)) throw error;
        io.err(`pledgewatch ingest: nothing was stored; ${error.message}\n`);
        return EXIT.data;
      }
      if (!fetched.readerView)
        io.err(
          `pledgewatch ingest: no article found in ${fetched.url} by the reader view: the whole page's text is kept\n`,
        );
      inputs = "reason" in fetched.article ? [] : [fetched.article];
      bad = "reason" in fetched.article ? [fetched.article] : [];
    } else if (target === "-") {
      const format = (values.format ?? "text") as string;
      const kind = formatOf(`x.${format === "markdown" ? "md" : format}`);
      if (!kind) throw new UsageError(`--format takes text, markdown or html (got "${format}")`);
      const bytes = readFileSync(0);
      const content = bytes.length > MAX_ARTICLE_BYTES ? "" : decodeArticle(bytes);
      const prepared =
        bytes.length > MAX_ARTICLE_BYTES
          ? {
              file: "-",
              reason: `larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MB: not a news article`,
            }
          : content === null
            ? { file: "-", reason: "not valid UTF-8: send the article as UTF-8" }
            : prepareArticle("-", content, kind, options);
      inputs = "reason" in prepared ? [] : [prepared];
      bad = "reason" in prepared ? [prepared] : [];
    } else {
      ({ inputs, bad } = prepareFiles([resolve(io.cwd, target)], options));
    }
    if (bad.length > 0) {
      io.err(
        `pledgewatch ingest: nothing was stored; ${bad.length} file${bad.length === 1 ? "" : "s"} could not be read as articles:\n${bad
          .map((b) => `  ${b.file}: ${b.reason}`)
          .join("\n")}\nFix or remove ${bad.length === 1 ? "it" : "them"} and run again.\n`,
      );
      return EXIT.data;
    }
    if (inputs.length === 0) throw new UsageError(`no .txt, .md or .html articles in ${target}`);
    const store = openStore(values, io);
    try {
      const result = store.ingest(inputs);
      // (a note is about the article, stored now or before)
      const notes = readingNotes(inputs);
      if (values.json) {
        io.out(json({ store: store.path, ...result, notes }));
        return 0;
      }
      for (const a of result.added)
        io.out(
          `  ${displayFile(a.file)}: ${a.claims} claim${a.claims === 1 ? "" : "s"} (article ${a.id}, ${a.publishedOn})\n`,
        );
      for (const f of result.skipped)
        io.out(`  ${displayFile(f)}: already in the store, skipped\n`);
      for (const n of notes) io.out(`  ${displayFile(n.file)}: ${n.note}\n`);
      const claims = result.added.reduce((s, a) => s + a.claims, 0);
      io.out(
        `${result.added.length} article${result.added.length === 1 ? "" : "s"} stored in ${store.path}, ${claims} claim${claims === 1 ? "" : "s"} pending review: \`pledgewatch claims\`\n`,
      );
      return 0;
    } finally {
      store.close();
    }
  },
};
