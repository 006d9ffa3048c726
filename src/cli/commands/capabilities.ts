import {
  type AllyCapabilities,
  allyCapabilities,
  CAPABILITY_LABELS,
  CAPABILITY_METRICS,
  capabilityRanking,
  capabilityText,
  isCapabilityMetric,
} from "../../analysis/capabilities.ts";
import { sourceNote } from "../../data/citation.ts";
import type { Dataset } from "../../data/dataset.ts";
import { resolveAlly } from "../ally-name.ts";
import {
  asOfAndEdition,
  COMMON_HELP,
  COMMON_OPTIONS,
  type Command,
  outputFormat,
} from "../command.ts";
import { json, table, toCsv } from "../format.ts";
import { UsageError } from "../io.ts";

const HEADERS: Record<string, string> = {
  personnel_k: "PERS. k",
  spend_per_capita_usd: "$/HEAD",
  gdp_per_capita_usd_k: "GDP/HEAD $k",
  gdp_usd_current_bn: "GDP $bn",
  equipment_share_pct: "EQUIP%",
  personnel_share_pct: "PERS%",
  infrastructure_share_pct: "INFRA%",
  other_share_pct: "OTHER%",
};

/** The ally's cash and capabilities over time, as `ally` and `capabilities --ally` print it. */
export function capabilitiesText(data: Dataset, c: AllyCapabilities, withSources = true): string {
  const shown = CAPABILITY_METRICS.filter((m) => !c.missing.includes(m));
  const lines = [
    table(
      [
        { header: "YEAR" },
        ...shown.map((m) => ({ header: HEADERS[m] ?? m, align: "right" as const })),
      ],
      c.years.map((y) => [String(y.year), ...shown.map((m) => capabilityText(m, y.figures[m]))]),
    ),
    `e = estimate; * = derived (GDP = spending / share of GDP).${c.missing.length > 0 ? ` No figure in the data for: ${c.missing.map((m) => CAPABILITY_LABELS[m]).join("; ")} (\`pledgewatch import nato\` adds them from NATO's workbook).` : ""}`,
    ...(withSources
      ? sourceNote(
          data,
          c.years.flatMap((y) => Object.values(y.figures).flatMap((f) => f?.sourceIds ?? [])),
        )
      : []),
  ];
  return `${lines.join("\n")}\n`;
}

export const capabilitiesCommand: Command = {
  name: "capabilities",
  usage: "pledgewatch capabilities [--metric M | --ally X] [--as-of YEAR] [--json|--csv]",
  help: `  --metric M       rank every ally by M (default equipment_share_pct): ${CAPABILITY_METRICS.join(", ")}
  --ally X         one ally's figures over time instead
${COMMON_HELP}

Each ally's latest figure up to --as-of; NATO's own where the data has it, GDP otherwise derived
from spending and its share of GDP. The bundled data holds few of these tables: \`pledgewatch
import nato\` adds them from NATO's workbook.

Examples:
  pledgewatch capabilities --metric personnel_share_pct
  pledgewatch capabilities --ally BGR --json`,
  options: { ...COMMON_OPTIONS, metric: { type: "string" }, ally: { type: "string" } },
  positionals: { min: 0, max: 0 },
  async run(values, _positionals, { io, dataset }) {
    const data = await dataset();
    const { asOf, edition } = asOfAndEdition(values, data);
    const format = outputFormat(values);
    if (typeof values.ally === "string") {
      if (values.metric !== undefined) throw new UsageError("choose one of --ally and --metric");
      const c = allyCapabilities(data, resolveAlly(values.ally), { asOf, edition });
      if (format === "json") io.out(json(c));
      else if (format === "csv")
        io.out(
          toCsv(
            c.years.flatMap((y) =>
              Object.entries(y.figures).map(([metric, f]) => ({
                ally: c.ally,
                year: y.year,
                metric,
                ...f,
              })),
            ),
          ),
        );
      else
        io.out(
          `${c.name} (${c.ally}): cash and capabilities, as of ${asOf}\n\n${capabilitiesText(data, c)}`,
        );
      return 0;
    }
    const metric = typeof values.metric === "string" ? values.metric : "equipment_share_pct";
    if (!isCapabilityMetric(metric))
      throw new UsageError(
        `--metric takes one of ${CAPABILITY_METRICS.join(", ")} (got "${metric}")`,
      );
    const r = capabilityRanking(data, metric, { asOf, edition });
    if (format === "json") io.out(json(r));
    else if (format === "csv") io.out(toCsv(r.rows));
    else {
      io.out(
        `Allies ranked by ${r.label}, latest figure up to ${asOf}\n\n${table(
          [
            { header: "#", align: "right" },
            { header: "ALLY" },
            { header: "NAME" },
            { header: "YEAR" },
            { header: "VALUE", align: "right" },
            { header: "EDITION" },
          ],
          r.rows.map((x) => [
            String(x.rank),
            x.ally,
            x.name,
            String(x.year),
            capabilityText(metric, x),
            x.edition,
          ]),
        )}\n${r.rows.length} allies${r.noFigure.length > 0 ? `; no figure: ${r.noFigure.join(", ")}` : ""}. e = estimate; * = derived.\n${sourceNote(
          data,
          r.rows.flatMap((x) => x.sourceIds),
        ).join("\n")}\n`,
      );
    }
    return 0;
  },
};
