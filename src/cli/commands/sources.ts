import { similarSourceIds, sourceRecord, sourcesRecord } from "../../analysis/source-records.ts";
import { toBibtex, toCslJson } from "../../data/bibliography.ts";
import { type Citation, citeSource } from "../../data/citation.ts";
import { COMMON_OPTIONS, type Command, outputFormat } from "../command.ts";
import { json, table, toCsv } from "../format.ts";
import { UsageError } from "../io.ts";

export const sourcesCommand: Command = {
  name: "sources",
  usage: "pledgewatch sources [ID] [--json|--csv|--format bibtex|csl-json]",
  help: `  --json, --csv    machine-readable output
  --format F       text (default), bibtex or csl-json: for a reference manager
  --data DIR       read the data package from DIR
  -h, --help       this help

Examples:
  pledgewatch sources
  pledgewatch sources gh_cannoli_n26
  pledgewatch sources --format bibtex > pledgewatch.bib`,
  options: {
    json: COMMON_OPTIONS.json,
    csv: COMMON_OPTIONS.csv,
    format: { type: "string" },
    data: COMMON_OPTIONS.data,
    help: COMMON_OPTIONS.help,
  },
  positionals: { min: 0, max: 1 },
  async run(values, positionals, { io, dataset }) {
    const data = await dataset();
    const id = positionals[0];
    const format = outputFormat(values);
    const style = values.format ?? "text";
    if (style !== "text" && style !== "bibtex" && style !== "csl-json")
      throw new UsageError(`--format takes text, bibtex or csl-json (got "${style}")`);
    if (style !== "text" && format !== "table")
      throw new UsageError("choose one of --format and --json/--csv");
    const cite = (sourceId: string) => citeSource(data, sourceId) as Citation;
    if (style !== "text") {
      const ids = id === undefined ? [...data.sources.keys()] : [id];
      const unknown = ids.find((x) => !data.source(x));
      if (unknown !== undefined)
        throw new UsageError(`no source "${unknown}". \`pledgewatch sources\` lists them all.`);
      const citations = ids.map(cite);
      io.out(style === "bibtex" ? toBibtex(citations) : json(toCslJson(citations)));
      return 0;
    }
    if (id === undefined) {
      const { sources } = sourcesRecord(data);
      if (format === "json") io.out(json({ sources }));
      else if (format === "csv") io.out(toCsv(sources));
      else
        io.out(
          `${table(
            [{ header: "ID" }, { header: "KIND" }, { header: "CITATION" }],
            sources.map((r) => [r.id, r.kind, r.citation]),
          )}\n${sources.length} sources. \`pledgewatch sources ID\` shows one in full; --format bibtex or csl-json for a reference manager.\n`,
        );
      return 0;
    }
    const record = sourceRecord(data, id);
    if (!record) {
      const near = similarSourceIds(data, id);
      throw new UsageError(
        `no source "${id}"${near.length > 0 ? `; similar: ${near.join(", ")}` : ""}. \`pledgewatch sources\` lists them all.`,
      );
    }
    const { citation, citedBy: by, ...source } = record;
    if (format === "json") io.out(json(record));
    else if (format === "csv") io.out(toCsv([{ ...source, citation: citation.text }]));
    else {
      const list = (ids: readonly string[]) => ids.join(", ") || "none";
      io.out(
        `${[
          `${record.id} (${record.kind}, listed in data/${record.folder}/sources.csv)`,
          `  cite as:   ${citation.text}`,
          `  publisher: ${record.publisher}`,
          `  title:     ${record.title}`,
          `  url:       ${record.url}`,
          `  published: ${record.published || "unknown"}`,
          `  note:      ${record.note || "-"}`,
          `  cited by:  ${by.figures} NATO figures; editions ${list(by.editions)}; pledges ${list(by.pledges)}; guidelines ${list(by.guidelines)}; horizons ${list(by.horizons)}; ${by.contextFigures} context figures; ${by.ukraineFigures} Ukraine support figures; ${by.productionStatements} production statements`,
        ].join("\n")}\n`,
      );
    }
    return 0;
  },
};
