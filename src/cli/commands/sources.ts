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
      const records = [...data.sources.values()].map((s) => ({
        source_id: s.id,
        folder: s.folder,
        kind: s.kind,
        publisher: s.publisher,
        published: s.published,
        title: s.title,
        url: s.url,
        citation: cite(s.id).text,
      }));
      if (format === "json") io.out(json(records));
      else if (format === "csv") io.out(toCsv(records));
      else
        io.out(
          `${table(
            [{ header: "ID" }, { header: "KIND" }, { header: "CITATION" }],
            records.map((r) => [r.source_id, r.kind, r.citation]),
          )}\n${records.length} sources. \`pledgewatch sources ID\` shows one in full; --format bibtex or csl-json for a reference manager.\n`,
        );
      return 0;
    }
    const source = data.source(id);
    if (!source) {
      const near = [...data.sources.keys()].filter((k) =>
        k.toLowerCase().includes(id.toLowerCase()),
      );
      throw new UsageError(
        `no source "${id}"${near.length > 0 ? `; similar: ${near.slice(0, 5).join(", ")}` : ""}. \`pledgewatch sources\` lists them all.`,
      );
    }
    const cites = (ids: readonly string[]) => ids.includes(id);
    const cited = {
      figures: data.observations.filter((o) => !o.derived && cites(o.sourceIds)).length,
      pledges: data.pledges.filter((p) => cites(p.sourceIds)).map((p) => p.id),
      guidelines: data.guidelines.filter((g) => cites(g.sourceIds)).map((g) => g.id),
      horizons: data.horizons.filter((h) => cites(h.sourceIds)).map((h) => h.id),
      context:
        data.milex.filter((m) => cites(m.sourceIds)).length +
        data.macro.filter((m) => cites(m.sourceIds)).length,
    };
    const citation = cite(source.id);
    if (format === "json") io.out(json({ ...source, citation, citedBy: cited }));
    else if (format === "csv") io.out(toCsv([{ ...source, citation: citation.text }]));
    else {
      io.out(
        `${[
          `${source.id} (${source.kind}, listed in data/${source.folder}/sources.csv)`,
          `  cite as:   ${citation.text}`,
          `  publisher: ${source.publisher}`,
          `  title:     ${source.title}`,
          `  url:       ${source.url}`,
          `  published: ${source.published || "unknown"}`,
          `  note:      ${source.note || "-"}`,
          `  cited by:  ${cited.figures} NATO figures; ${cited.context} context figures; pledges ${cited.pledges.join(", ") || "none"}; guidelines ${cited.guidelines.join(", ") || "none"}; horizons ${cited.horizons.join(", ") || "none"}`,
        ].join("\n")}\n`,
      );
    }
    return 0;
  },
};
