import { productionStatements } from "../../analysis/production.ts";
import { withThousands } from "../../data/collation.ts";
import { type Command, DATA_OPTIONS, writeMachineReadable } from "../command.ts";
import { painter, table } from "../format.ts";

const count = (v: number | null) => (v === null ? "-" : withThousands(v));

export const productionCommand: Command = {
  name: "production",
  usage: "pledgewatch production [--json|--csv]",
  help: `  --json, --csv    machine-readable output (every row of context/production.csv)
  --data DIR       read the data package from DIR
  -h, --help       this help

Each row is a statement by an official, a company or an intelligence service, relayed by the
press: a claim, not a measurement. KIND: actual (reported output or capacity), target (a stated
goal), estimate (an intelligence or official estimate).

Examples:
  pledgewatch production
  pledgewatch production --csv`,
  options: DATA_OPTIONS,
  positionals: { min: 0, max: 0 },
  async run(values, _positionals, { io, dataset }) {
    const record = productionStatements(await dataset());
    if (writeMachineReadable(io, values, record, () => record.rows)) return 0;
    const paint = painter(io);
    io.out(`${paint("Artillery ammunition: stated capacity, output and targets", "bold")}\n\n`);
    io.out(
      `${table(
        [
          { header: "SIDE" },
          { header: "PRODUCER" },
          { header: "YEAR" },
          { header: "KIND" },
          { header: "ROUNDS/YR", align: "right" },
          { header: "AS STATED" },
          { header: "ITEM" },
          { header: "SOURCE" },
        ],
        record.rows.map((r) => [
          r.side,
          r.producer,
          String(r.year),
          r.kind,
          `${r.bound === "upper" ? "<" : r.bound === "lower" ? ">" : ""}${count(r.perYear)}${r.perYearFrom === "monthly x 12" ? "*" : ""}`,
          `${count(r.value)} ${r.unit}`,
          r.item,
          r.sourceIds.join(";"),
        ]),
      )}\n`,
    );
    io.out(
      paint(
        `* 12 times a monthly figure. < upper bound, > lower bound.\n${record.note}\nSources: \`pledgewatch sources ID\`.\n`,
        "dim",
      ),
    );
    return 0;
  },
};
