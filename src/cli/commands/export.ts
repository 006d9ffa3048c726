import { resolve } from "node:path";
import { allianceView } from "../../analysis/alliance.ts";
import { toRecord } from "../../analysis/records.ts";
import { GUIDELINE_TARGET_IDS } from "../../analysis/targets.ts";
import { asOfAndEdition, COMMON_OPTIONS, type Command } from "../command.ts";
import { json, toCsv } from "../format.ts";
import { UsageError } from "../io.ts";
import { writeAtomic } from "../write.ts";
import { TARGET_HELP, TARGET_OPTIONS, targetFromOptions } from "./status.ts";

export const exportCommand: Command = {
  name: "export",
  usage: "pledgewatch export --format csv|json [--out FILE] [--target T] [--as-of YEAR]",
  help: `  --format F       csv or json (required)
  --out FILE       write to FILE (atomically); default: standard output
${TARGET_HELP}
                   default: all of ${GUIDELINE_TARGET_IDS.join(", ")}
  --as-of YEAR     use figures up to YEAR
  --edition ED     use one NATO edition only
  --data DIR       read the data package from DIR
  -h, --help       this help

Examples:
  pledgewatch export --format csv --out pledgewatch.csv
  pledgewatch export --format json --target hague-core --horizon`,
  options: {
    format: { type: "string", short: "f" },
    out: { type: "string", short: "o" },
    ...TARGET_OPTIONS,
    "as-of": COMMON_OPTIONS["as-of"],
    edition: COMMON_OPTIONS.edition,
    data: COMMON_OPTIONS.data,
    help: COMMON_OPTIONS.help,
  },
  positionals: { min: 0, max: 0 },
  async run(values, _positionals, { io, dataset }) {
    const format = values.format;
    if (format !== "csv" && format !== "json") {
      throw new UsageError(
        `--format takes csv or json (got ${format === undefined ? "nothing" : `"${format}"`})`,
      );
    }
    const data = await dataset();
    const { asOf, edition } = asOfAndEdition(values, data);
    const names = typeof values.target === "string" ? [values.target] : GUIDELINE_TARGET_IDS;
    const records = names.flatMap((name) => {
      const { target, trendYears, gdpGrowthPct } = targetFromOptions(
        { ...values, target: name },
        data,
      );
      const view = allianceView(data, target, { asOf, edition, trendYears, gdpGrowthPct });
      // every ally appears, those without a figure with the reason
      return [...view.evaluations, ...view.withoutFigure].map(toRecord);
    });
    const text = format === "csv" ? toCsv(records) : json(records);
    if (typeof values.out === "string") {
      const path = resolve(io.cwd, values.out);
      writeAtomic(path, text);
      io.err(`wrote ${records.length} rows to ${path}\n`);
    } else {
      io.out(text);
    }
    return 0;
  },
};
