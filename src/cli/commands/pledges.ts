import { CORE_ONLY_NOTE, PLEDGE_VERDICTS } from "../../analysis/pledges.ts";
import { pledgesRecord } from "../../analysis/records.ts";
import { shortCitation } from "../../data/citation.ts";
import { resolveAlly } from "../ally-name.ts";
import {
  asOfAndEdition,
  COMMON_HELP,
  COMMON_OPTIONS,
  type Command,
  outputFormat,
} from "../command.ts";
import { json, painter, TERMINAL_STATUS_COLOURS, table, toCsv } from "../format.ts";

export const pledgesCommand: Command = {
  name: "pledges",
  usage: "pledgewatch pledges [ALLY] [--as-of YEAR] [--json|--csv]",
  help: `${COMMON_HELP}

Verdicts:
${Object.entries(PLEDGE_VERDICTS)
  .map(([k, v]) => `  ${k.padEnd(15)} ${v}`)
  .join("\n")}

Examples:
  pledgewatch pledges
  pledgewatch pledges Latvia --json`,
  options: COMMON_OPTIONS,
  positionals: { min: 0, max: 1 },
  async run(values, positionals, { io, dataset }) {
    const data = await dataset();
    const ally = positionals[0] === undefined ? undefined : resolveAlly(positionals[0]);
    const { asOf, edition } = asOfAndEdition(values, data);
    const pledges = ally ? data.pledgesOf(ally) : data.pledges;
    const record = pledgesRecord(data, pledges, asOf, { edition });
    const records = record.pledges;
    const format = outputFormat(values);
    if (format === "json") io.out(json(record));
    else if (format === "csv") io.out(toCsv(records));
    else {
      const paint = painter(io);
      io.out(
        `${table(
          [
            { header: "ID" },
            { header: "ALLY" },
            { header: "MADE" },
            { header: "BY WHOM" },
            { header: "TARGET" },
            { header: "YEAR" },
            { header: "BASIS" },
            { header: "VERDICT" },
            { header: "ON ACTUALS" },
            { header: "SOURCES" },
          ],
          records.map((r) => [
            r.id,
            r.ally,
            r.madeOn,
            r.speaker.length > 28 ? `${r.speaker.slice(0, 27)}…` : r.speaker,
            [
              r.targetShareGdpPct === null
                ? ""
                : `${r.targetShareGdpPct}%${r.judgedAgainstPct !== r.targetShareGdpPct ? ` (core ${r.judgedAgainstPct}%)` : ""}${r.coreOnly ? "*" : ""}`,
              r.targetAmountBn === null ? "" : `${r.currency} ${r.targetAmountBn}bn`,
            ]
              .filter(Boolean)
              .join(" ") || "-",
            String(r.targetYear ?? "-"),
            r.basis,
            paint(r.verdict, TERMINAL_STATUS_COLOURS[r.verdict] ?? "dim"),
            r.verdictOnActuals === null
              ? "-"
              : `${r.verdictOnActuals}${r.onlyOnEstimates ? "!" : ""}`,
            shortCitation(data, r.sourceIds),
          ]),
        )}\n`,
      );
      io.out(
        paint(
          `${records.length} pledges, checked against figures up to ${asOf}; ${records.filter((r) => r.onlyOnEstimates).length} of the verdicts rest on estimates (ON ACTUALS: the verdict on actual figures only; ! where it differs).\n(core N%): a total pledge judged against the core component it states. *: ${CORE_ONLY_NOTE}, so the total is judged on core spending alone.\nDetails: \`pledgewatch ally ISO3\` or --json.\n`,
          "dim",
        ),
      );
    }
    return 0;
  },
};
