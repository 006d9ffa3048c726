import { resolve } from "node:path";
import { commitImport } from "../../import/commit.ts";
import { planImport } from "../../import/plan.ts";
import { readSourceFile } from "../../import/source-file.ts";
import { readDataTexts } from "../../node/read-data.ts";
import { COMMON_OPTIONS, type Command } from "../command.ts";
import { json } from "../format.ts";
import { UsageError } from "../io.ts";

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function stringOption(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export const importCommand: Command = {
  name: "import",
  usage:
    "pledgewatch import nato FILE [--edition ED] [--published DATE] [--url URL] [--title T] [--dry-run] [--data DIR]",
  help: `  FILE             NATO's "Defence Expenditure of NATO Countries" workbook (.xlsx) in its
                   published layout, or a CSV in the tidy layout of data/nato/expenditure.csv
                   (iso3,year,metric,value,unit,status[,edition])
  --edition ED     the edition the figures belong to (default: the last year of the series)
  --published D    the date NATO published the file (YYYY-MM-DD), recorded in sources.csv
  --url URL        where the file was downloaded from, recorded in sources.csv
  --title T        the publication's title (default: Defence Expenditure of NATO Countries
                   (2014-ED))
  --dry-run        validate and report, write nothing
  --json           the import's summary as JSON
  --data DIR       the data package to add to (default: the bundled data/)
  -h, --help       this help

Everything is checked before anything is written: each table's layout, every country label,
every figure cell, every ally present, NATO's aggregates equal to the allies' sums, and the
loader's own rules. A problem names the sheet, the cell, its value and what was expected, and
leaves the data folder exactly as it was. The files are written through temporary files and
renames. Importing the same file again changes nothing.

Examples:
  pledgewatch import nato def-exp-2027-en.xlsx --published 2027-07-01 \\
    --url https://www.nato.int/.../def-exp-2027-en.xlsx
  pledgewatch import nato transcription.csv --edition 2025 --data ./my-data`,
  options: {
    edition: COMMON_OPTIONS.edition,
    published: { type: "string" },
    url: { type: "string" },
    title: { type: "string" },
    "dry-run": { type: "boolean" },
    json: COMMON_OPTIONS.json,
    data: COMMON_OPTIONS.data,
    help: COMMON_OPTIONS.help,
  },
  positionals: { min: 2, max: 2 },
  async run(values, positionals, { io, dataDir }) {
    const [kind, path = ""] = positionals;
    if (kind !== "nato") {
      throw new UsageError(`import takes "nato" and a file (got "${kind}"): import nato FILE`);
    }
    const published = stringOption(values.published);
    if (published !== undefined && !DATE.test(published)) {
      throw new UsageError(`--published takes a date as YYYY-MM-DD (got "${published}")`);
    }
    const edition = stringOption(values.edition);
    if (edition !== undefined && !/^(other-)?\d{4}$/.test(edition)) {
      throw new UsageError(`--edition takes an edition such as 2027 (got "${edition}")`);
    }
    const texts = readDataTexts(dataDir);
    const source = await readSourceFile(resolve(io.cwd, path), edition);
    const plan = planImport(texts, source.read, source.file, {
      edition,
      published,
      url: stringOption(values.url),
      title: stringOption(values.title),
    });
    const dryRun = values["dry-run"] === true;
    const written = dryRun ? [] : commitImport(dataDir, plan);
    const summary = {
      file: source.file.name,
      sha256: source.file.sha256,
      dataDir,
      edition: plan.edition,
      sourceId: plan.sourceId,
      figures: plan.figures,
      added: plan.added,
      removed: plan.removed,
      otherSourceRows: plan.otherSourceRows,
      tables: plan.tables,
      notRead: plan.unknown,
      changed: Object.keys(plan.writes).length > 0,
      dryRun,
      written,
    };
    if (values.json) {
      io.out(json(summary));
      return 0;
    }
    const verb = dryRun ? "Would import" : "Imported";
    const lines = summary.changed
      ? [
          `${verb} ${summary.file} into ${dataDir} as edition ${plan.edition} (source ${plan.sourceId})`,
          `  ${source.file.format === "xlsx" ? `Tables ${plan.tables.map((t) => t.replace(/^Table /, "")).join(", ")}` : `metrics ${plan.tables.join(", ")}`}: ${plan.figures} figures; ${plan.added} added, ${plan.removed} removed`,
        ]
      : [
          `Nothing changed: ${dataDir} already holds ${summary.file} as edition ${plan.edition} (source ${plan.sourceId}, ${plan.figures} figures)`,
        ];
    if (plan.otherSourceRows > 0)
      lines.push(
        `  edition ${plan.edition} also has ${plan.otherSourceRows} rows from other sources: kept; for each figure NATO's own file is preferred`,
      );
    if (plan.unknown.length > 0)
      lines.push(`  not read: ${plan.unknown.map((u) => `${u.where} ${u.title}`).join("; ")}`);
    if (summary.changed && !dryRun)
      lines.push(
        `  SHA-256 ${source.file.sha256}`,
        `  What changed: pledgewatch revisions --to ${plan.edition}${typeof values.data === "string" ? ` --data ${values.data}` : ""}`,
      );
    io.out(`${lines.join("\n")}\n`);
    return 0;
  },
};
