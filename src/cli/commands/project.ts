import { pledgeTargetText } from "../../analysis/pledges.ts";
import { sourceNote } from "../../data/citation.ts";
import {
  PATH_DESCRIPTIONS,
  PATH_KINDS,
  type PathKind,
  pathRecords,
  projectionEnd,
  projectPath,
  toProjectionRecord,
} from "../../projection/index.ts";
import { resolveAlly } from "../ally-name.ts";
import {
  asOfAndEdition,
  COMMON_HELP,
  COMMON_OPTIONS,
  type Command,
  outputFormat,
  yearOption,
} from "../command.ts";
import { fixed, json, painter, table, toCsv, usdBn } from "../format.ts";
import { UsageError } from "../io.ts";
import { TARGET_HELP, TARGET_OPTIONS, targetFromOptions } from "./status.ts";

export const projectCommand: Command = {
  name: "project",
  usage: "pledgewatch project <ALLY> [--path trend|linear|pledge|flat] [--to YEAR] [--json|--csv]",
  help: `  --path P         ${PATH_KINDS.join(" | ")} (default trend):
${PATH_KINDS.map((k) => `                     ${k.padEnd(7)} ${PATH_DESCRIPTIONS[k]}`).join("\n")}
  --to YEAR        last year projected (default: the target's deadline, at least the Hague one)
  --pledge ID      the pledge the pledge path follows (default: the ally's latest comparable one)
${TARGET_HELP}
${COMMON_HELP}

GDP grows as IMF WEO projects where it has the year (data/context/macro.csv), then at the IMF's
last rate held; an ally the IMF does not cover takes the median of the IMF rates; years before
any IMF row use the ally's own last five years. Each year says which. --gdp-growth replaces all.

Examples:
  pledgewatch project DEU
  pledgewatch project Poland --path linear --target hague-total --csv
  pledgewatch project DEU --path pledge --pledge P001 --json`,
  options: {
    ...COMMON_OPTIONS,
    ...TARGET_OPTIONS,
    path: { type: "string", short: "p" },
    to: { type: "string" },
    pledge: { type: "string" },
  },
  positionals: { min: 1, max: 1 },
  async run(values, positionals, { io, dataset }) {
    const ally = resolveAlly(positionals[0] ?? "");
    const kind = (values.path ?? "trend") as PathKind;
    if (!PATH_KINDS.includes(kind)) {
      throw new UsageError(`--path takes ${PATH_KINDS.join(", ")} (got "${values.path}")`);
    }
    const data = await dataset();
    const { asOf, edition } = asOfAndEdition(values, data);
    const { target, trendYears, gdpGrowthPct } = targetFromOptions(values, data);
    const to = yearOption(values, "to") ?? projectionEnd(data, target);
    const path = projectPath(data, ally, kind, {
      asOf,
      to,
      target,
      trendYears,
      gdpGrowthPct: gdpGrowthPct?.[ally],
      pledgeId: typeof values.pledge === "string" ? values.pledge.toUpperCase() : undefined,
      edition,
    });
    const records = pathRecords(path);
    const format = outputFormat(values);
    if (format === "json") {
      io.out(json(toProjectionRecord(path)));
      return 0;
    }
    if (format === "csv") {
      io.out(toCsv(records));
      return 0;
    }
    const paint = painter(io);
    const s = path.start;
    io.out(
      `${paint(`${path.name} (${ally}): ${path.kind} path`, "bold")} - ${PATH_DESCRIPTIONS[path.kind]}\n`,
    );
    io.out(
      `  from ${s.value.toFixed(2)}% in ${s.year}${s.status === "estimate" ? " (estimate)" : ""}` +
        `${path.perYear === null ? "" : `; trend ${fixed(path.perYear, 3, true)} pp/yr`}` +
        `${path.pledge ? `; pledge ${path.pledge.id}: ${pledgeTargetText(path.pledge)} (${path.pledge.speaker})` : ""}\n`,
    );
    io.out(
      `  ${path.target.label}: ${path.crossesIn === null ? `not reached by ${to}` : `reached in ${path.crossesIn}`}\n`,
    );
    for (const note of [...path.notes, ...(path.target.caveat ? [path.target.caveat] : [])]) {
      io.out(`  note: ${note}\n`);
    }
    io.out(
      `\n${table(
        [
          { header: "YEAR" },
          { header: "SHARE%", align: "right" },
          { header: "GDP $bn", align: "right" },
          { header: "SPEND $bn", align: "right" },
          { header: "SPEND $bn 2021", align: "right" },
          { header: "EXTRA $bn", align: "right" },
          { header: "CUMUL. $bn", align: "right" },
          { header: "GDP GROWTH" },
        ],
        path.years.map((y) => [
          String(y.year),
          fixed(y.sharePct, 2),
          usdBn(y.gdpUsdM),
          usdBn(y.spendingUsdM),
          usdBn(y.spendingConstantUsdM),
          usdBn(y.extraVsFlatUsdM),
          usdBn(y.cumulativeExtraUsdM),
          y.growth ? `${fixed(y.growth.nominalPct, 2)}% ${y.growth.nominalFrom}` : "observed",
        ]),
      )}\n`,
    );
    io.out(
      paint(
        `EXTRA: spending above the flat path (share held at ${s.value.toFixed(2)}%), current USD.\n${sourceNote(data, path.sourceIds).join("\n")}\n`,
        "dim",
      ),
    );
    return 0;
  },
};
