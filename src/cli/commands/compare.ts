import { burdenSharing, latestMoneyYear } from "../../analysis/alliance.ts";
import { compareWithRivals } from "../../analysis/compare.ts";
import { toBurdenRecord } from "../../analysis/records.ts";
import { shortCitation, sourceNote } from "../../data/citation.ts";
import {
  asOfAndEdition,
  COMMON_HELP,
  COMMON_OPTIONS,
  type Command,
  outputFormat,
} from "../command.ts";
import { fixed, json, painter, table, toCsv, usdBn } from "../format.ts";
import { UsageError } from "../io.ts";

export const compareCommand: Command = {
  name: "compare",
  usage: "pledgewatch compare [--as-of YEAR] [--json|--csv]",
  help: `${COMMON_HELP}

NATO figures (NATO definition) and SIPRI figures (SIPRI's broader definition) are shown side
by side and never summed or ranked together. --csv prints the burden-sharing table.

Examples:
  pledgewatch compare
  pledgewatch compare --as-of 2024 --json`,
  options: COMMON_OPTIONS,
  positionals: { min: 0, max: 0 },
  async run(values, _positionals, { io, dataset }) {
    const data = await dataset();
    const { asOf, edition } = asOfAndEdition(values, data);
    const year = latestMoneyYear(data, asOf, { edition });
    if (year === null) {
      throw new UsageError(
        `no alliance spending in USD up to ${asOf}${edition ? ` in edition ${edition}` : ""}: try the default edition`,
      );
    }
    const comparison = compareWithRivals(data, year, ["RUS", "CHN"], { edition });
    const burden = burdenSharing(data, year, { edition });
    const burdenRecords = burden.rows.map((r) => toBurdenRecord(r, burden.year));
    const format = outputFormat(values);
    if (format === "json") {
      io.out(json({ year, comparison, burdenSharing: burdenRecords }));
      return 0;
    }
    if (format === "csv") {
      io.out(toCsv(burdenRecords));
      return 0;
    }
    const paint = painter(io);
    const n = comparison.nato;
    io.out(`${paint(`NATO (NATO definition), ${year}`, "bold")}\n`);
    io.out(
      `${table(
        [
          { header: "" },
          { header: "USD bn", align: "right" },
          { header: "USD bn 2021", align: "right" },
          { header: "SHARE% GDP", align: "right" },
          { header: "SOURCE" },
        ],
        n.groups.map((g) => [
          `${g.name}${g.usdCurrent?.status === "estimate" ? " (e)" : ""}`,
          usdBn(g.usdCurrent?.value),
          usdBn(g.usdConstant?.value),
          fixed(g.shareGdp?.value, 2),
          g.usdCurrent ? shortCitation(data, g.usdCurrent.sourceIds) : "-",
        ]),
      )}\n`,
    );
    io.out(`US share of NATO spending: ${fixed(n.usSharePct, 1)}%\n\n`);
    io.out(`${paint("Russia and China (SIPRI definition)", "bold")}\n`);
    io.out(
      `${table(
        [
          { header: "" },
          { header: "YEAR" },
          { header: "USD bn", align: "right" },
          { header: "SHARE% GDP", align: "right" },
          { header: "SOURCE" },
        ],
        comparison.comparators.map((c) => [
          c.name,
          String(c.year ?? "-"),
          usdBn(c.usdCurrent?.value),
          fixed(c.shareGdp?.value, 2),
          c.usdCurrent ? shortCitation(data, c.usdCurrent.sourceIds) : "no figure",
        ]),
      )}\n`,
    );
    io.out(
      paint(
        `${comparison.note}\nAt purchasing power parity, and Russia's budget shares: \`pledgewatch rivals\`.\n\n`,
        "dim",
      ),
    );
    io.out(
      `${paint(`Burden sharing, ${year}: share of allies' spending against share of their GDP`, "bold")}\n`,
    );
    io.out(
      `${table(
        [
          { header: "ALLY" },
          { header: "SPENDING %", align: "right" },
          { header: "GDP %", align: "right" },
          { header: "RATIO", align: "right" },
        ],
        burden.rows.map((r) => [
          `${r.ally} ${r.name}`,
          fixed(r.spendingSharePct, 2),
          fixed(r.gdpSharePct, 2),
          fixed(r.ratio, 2),
        ]),
      )}\n`,
    );
    io.out(
      paint(
        "RATIO above 1: carries more of the spending than of the GDP. GDP = spending / share (derived).\n",
        "dim",
      ),
    );
    const ids = [
      ...n.groups.flatMap((g) => g.usdCurrent?.sourceIds ?? []),
      ...comparison.comparators.flatMap((c) => c.usdCurrent?.sourceIds ?? []),
      ...burden.rows.flatMap((r) => [...r.spending.sourceIds, ...r.gdp.sourceIds]),
    ];
    io.out(
      paint(`${sourceNote(data, ids).join("\n")} Each in full: \`pledgewatch sources\`.\n`, "dim"),
    );
    return 0;
  },
};
