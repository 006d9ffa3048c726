import {
  UKRAINE_RANKINGS,
  type UkraineRanking,
  type UkraineTotals,
  ukraineSupport,
} from "../../analysis/ukraine.ts";
import { type Command, DATA_OPTIONS, writeMachineReadable } from "../command.ts";
import { fixed, painter, table } from "../format.ts";
import { UsageError } from "../io.ts";

const eur = (v: number | null) => fixed(v, 2);
const pct = (v: number | null) => fixed(v, 2);

function totalsLine(label: string, t: UkraineTotals | null): string[] {
  return [
    label,
    eur(t?.militaryCommittedEurBn ?? null),
    eur(t?.militaryAllocatedEurBn ?? null),
    eur(t?.totalCommittedEurBn ?? null),
    eur(t?.totalAllocatedEurBn ?? null),
  ];
}

export const ukraineCommand: Command = {
  name: "ukraine",
  usage: "pledgewatch ukraine [--rank-by eur|gdp] [--json|--csv]",
  help: `  --rank-by R      eur (total allocated, EUR bn; the default) or gdp (as % of 2021 GDP)
  --json, --csv    machine-readable output (CSV: one row per ally)
  --data DIR       read the data package from DIR
  -h, --help       this help

Figures: the Kiel Institute's Ukraine Support Tracker, the latest release in the data with a
known cut-off. Committed = promised; allocated = earmarked for delivery. Bilateral aid only:
an ally's share of aid through EU institutions is not in its figures.

Examples:
  pledgewatch ukraine
  pledgewatch ukraine --rank-by gdp --csv`,
  options: {
    "rank-by": { type: "string" },
    ...DATA_OPTIONS,
  },
  positionals: { min: 0, max: 0 },
  async run(values, _positionals, { io, dataset }) {
    const rankBy = (values["rank-by"] ?? "eur") as UkraineRanking;
    if (!UKRAINE_RANKINGS.includes(rankBy)) {
      throw new UsageError(`--rank-by takes ${UKRAINE_RANKINGS.join(" or ")} (got "${rankBy}")`);
    }
    const record = ukraineSupport(await dataset(), rankBy);
    if (writeMachineReadable(io, values, record, () => record.rows)) return 0;
    const paint = painter(io);
    io.out(
      `${paint(`Aid to Ukraine: ${record.release}, data to ${record.cutoff}`, "bold")}\nranked by ${rankBy === "eur" ? "total allocated, EUR bn" : "total allocated, % of 2021 GDP"}\n\n`,
    );
    io.out(
      `${table(
        [
          { header: "#", align: "right" },
          { header: "ALLY" },
          { header: "NAME" },
          { header: "MIL. COMMITTED", align: "right" },
          { header: "MIL. ALLOCATED", align: "right" },
          { header: "TOTAL COMMITTED", align: "right" },
          { header: "TOTAL ALLOCATED", align: "right" },
          { header: "MIL. ALLOC. %GDP", align: "right" },
          { header: "TOTAL ALLOC. %GDP", align: "right" },
        ],
        record.rows.map((r) => [
          String(r.rank),
          r.ally,
          r.name,
          eur(r.militaryCommittedEurBn),
          eur(r.militaryAllocatedEurBn),
          eur(r.totalCommittedEurBn),
          eur(r.totalAllocatedEurBn),
          pct(r.militaryAllocatedPctGdp),
          pct(r.totalAllocatedPctGdp),
        ]),
      )}\n\n`,
    );
    io.out(
      `${table(
        [
          { header: "EUR bn" },
          { header: "MIL. COMMITTED", align: "right" },
          { header: "MIL. ALLOCATED", align: "right" },
          { header: "TOTAL COMMITTED", align: "right" },
          { header: "TOTAL ALLOCATED", align: "right" },
        ],
        [
          totalsLine(`${record.rows.length} allies`, record.totals.allies),
          totalsLine("United States", record.totals.unitedStates),
          totalsLine("Allies but the US", record.totals.alliesExceptUnitedStates),
        ],
      )}\n\n`,
    );
    for (const n of record.notCovered) io.out(`${n.ally} ${n.name}: ${n.reason}.\n`);
    if (record.aggregates.length > 0) {
      io.out(`\n${paint("Kiel's own aggregates, as published", "bold")}\n`);
      io.out(
        `${table(
          [
            { header: "DONORS" },
            { header: "METRIC" },
            { header: "VALUE", align: "right" },
            { header: "UNIT" },
            { header: "TO" },
            { header: "SOURCE" },
          ],
          record.aggregates.map((a) => [
            a.name,
            a.metric,
            String(a.value),
            a.unit,
            a.cutoff,
            a.sourceIds.join(";"),
          ]),
        )}\n`,
      );
    }
    io.out(
      paint(
        `\n${record.includes}\nSources: ${record.sourceIds.join(", ")} (see \`pledgewatch sources ID\`).\n`,
        "dim",
      ),
    );
    return 0;
  },
};
