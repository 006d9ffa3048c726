import { rivalsBeyondExchangeRates, rivalsTable } from "../../analysis/rivals.ts";
import { shortCitation } from "../../data/citation.ts";
import { type Command, DATA_OPTIONS, writeMachineReadable } from "../command.ts";
import { fixed, painter, table, usdBn } from "../format.ts";

export const rivalsCommand: Command = {
  name: "rivals",
  usage: "pledgewatch rivals [--json|--csv]",
  help: `  --json, --csv    machine-readable output (CSV: every figure, one per row)
  --data DIR       read the data package from DIR
  -h, --help       this help

Published estimates only, each with its definition and source; where none was found the
output says so. None is summed or ranked with NATO's figures (see \`pledgewatch compare\`).

Examples:
  pledgewatch rivals
  pledgewatch rivals --json`,
  options: DATA_OPTIONS,
  positionals: { min: 0, max: 0 },
  async run(values, _positionals, { io, dataset }) {
    const data = await dataset();
    const record = rivalsBeyondExchangeRates(data);
    if (writeMachineReadable(io, values, record, () => rivalsTable(record))) return 0;
    const paint = painter(io);
    io.out(`${paint("At purchasing power parity (published estimates)", "bold")}\n`);
    io.out(
      `${table(
        [
          { header: "" },
          { header: "YEAR" },
          { header: "USD bn PPP", align: "right" },
          { header: "SIPRI USD bn", align: "right" },
          { header: "RATIO", align: "right" },
          { header: "DEFINITION" },
          { header: "SOURCE" },
        ],
        record.purchasingPower.map((f) => [
          f.name,
          String(f.year),
          usdBn(f.value),
          usdBn(f.sipriUsdCurrentM),
          fixed(f.ratioToSipri, 2),
          f.definition,
          shortCitation(data, f.sourceIds),
        ]),
      )}\n`,
    );
    io.out(
      paint("SIPRI USD bn: SIPRI's figure for the same year at market exchange rates.\n\n", "dim"),
    );
    io.out(`${paint("Russia: 'National defence' in the federal budget", "bold")}\n`);
    io.out(
      `${table(
        [
          { header: "YEAR" },
          { header: "SHARE %", align: "right" },
          { header: "OF" },
          { header: "DEFINITION" },
          { header: "SOURCE" },
        ],
        record.russiaBudget.map((f) => [
          String(f.year),
          fixed(f.value, 2),
          f.metric === "share_federal_spending_pct" ? "federal spending" : "GDP",
          f.definition,
          shortCitation(data, f.sourceIds),
        ]),
      )}\n`,
    );
    io.out(
      `SIPRI's broader military expenditure, % of GDP: ${record.russiaSipriShareGdp.map((f) => `${f.year} ${fixed(f.value, 2)}`).join(", ")} (${shortCitation(data, [...new Set(record.russiaSipriShareGdp.flatMap((f) => f.sourceIds))])})\n\n`,
    );
    io.out(`${paint("Not found", "bold")}\n${record.notFound.map((n) => `  ${n}`).join("\n")}\n\n`);
    io.out(paint(`${record.note}\n`, "dim"));
    return 0;
  },
};
