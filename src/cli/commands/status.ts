import { type AllianceView, allianceView } from "../../analysis/alliance.ts";
import { WINDOW_YEARS } from "../../analysis/evaluate.ts";
import { sameGrowthForAll } from "../../analysis/historical-growth.ts";
import { targetFor } from "../../analysis/horizon.ts";
import { countsInWords, toRecord, toViewRecord } from "../../analysis/records.ts";
import { STATUS_RULES, STATUSES, VERDICT_RULES } from "../../analysis/status.ts";
import { GUIDELINE_TARGET_IDS, TargetError } from "../../analysis/targets.ts";
import { sourceNote } from "../../data/citation.ts";
import type { Dataset } from "../../data/dataset.ts";
import {
  asOfAndEdition,
  boundedOption,
  COMMON_HELP,
  COMMON_OPTIONS,
  type Command,
  outputFormat,
  type Values,
  wholeOption,
  yearOption,
} from "../command.ts";
import { fixed, json, painter, TERMINAL_STATUS_COLOURS, table, toCsv, usdBn } from "../format.ts";
import { type Io, UsageError } from "../io.ts";

export const TARGET_OPTIONS = {
  target: { type: "string", short: "t" },
  by: { type: "string" },
  horizon: { type: "boolean" },
  "trend-years": { type: "string" },
  "gdp-growth": { type: "string" },
} as const;

export const TARGET_HELP = `  -t, --target T   ${GUIDELINE_TARGET_IDS.join(" | ")} | a pledge id (P001) | a share of GDP (3)
                   default: hague-core
  --by YEAR        move the deadline to YEAR
  --horizon        move the deadline to the threat horizon (the earliest a NATO official stated)
  --trend-years N  years the trend averages over (default 3)
  --gdp-growth P   nominal GDP growth in % a year for every ally (default: IMF WEO, then its
                   last rate held, then the alliance median of IMF rates; see README)`;

/** Parses the target options shared by status and export into engine inputs. */
export function targetFromOptions(values: Values, dataset: Dataset, fallback = "hague-core") {
  const by = yearOption(values, "by");
  const trendYears = wholeOption(values, "trend-years", "trendYears");
  const growth = boundedOption(values, "gdp-growth", "gdpGrowth");
  let chosen: ReturnType<typeof targetFor>;
  try {
    chosen = targetFor(dataset, {
      name: typeof values.target === "string" ? values.target : fallback,
      by,
      horizon: values.horizon === true,
    });
  } catch (error) {
    if (error instanceof TargetError) throw new UsageError(error.message);
    throw error;
  }
  const { target, horizon } = chosen;
  const gdpGrowthPct = sameGrowthForAll(dataset, growth);
  return { target, horizon, trendYears, gdpGrowthPct };
}

export function viewFromOptions(values: Values, dataset: Dataset): AllianceView {
  const { asOf, edition } = asOfAndEdition(values, dataset);
  const { target, trendYears, gdpGrowthPct } = targetFromOptions(values, dataset);
  return allianceView(dataset, target, { asOf, edition, trendYears, gdpGrowthPct });
}

export function describeTarget(view: AllianceView): string[] {
  const t = view.target;
  const lines = [
    `${t.label}`,
    `  threshold ${t.threshold}% ${t.metric === "share_gdp_pct" ? "of GDP" : "of defence spending"}; deadline ${t.deadline ?? "none"} (${t.deadlineFrom}); as of ${view.asOf}`,
  ];
  if (t.caveat) lines.push(`  note: ${t.caveat}`);
  return lines;
}

function printTable(view: AllianceView, io: Io, sources: readonly string[]): void {
  const paint = painter(io);
  const money = view.target.metric === "share_gdp_pct" ? "GDP" : "spending";
  const rows = view.evaluations.map((e) => [
    e.ally,
    e.name,
    `${fixed(e.current?.value, 2)}${e.gdpFlags.length > 0 ? "G" : ""}`,
    `${e.current?.year ?? "-"}${e.current?.status === "estimate" ? "e" : ""}`,
    fixed(e.gap?.points, 2),
    usdBn(e.gap?.usdM),
    fixed(e.trend?.perYear, 2, true),
    e.trend ? String(e.trend.reachesIn ?? "not at trend") : "-",
    fixed(e.required?.pointsPerYear, 2, true),
    fixed(e.required?.spendingGrowthPct, 1),
    e.status ? paint(e.status, TERMINAL_STATUS_COLOURS[e.status] ?? "dim") : "no figure",
    e.actuals
      ? `${e.actuals.status}${e.onlyOnEstimates ? "!" : ""} ${e.actuals.current.year}`
      : "-",
    e.windows.map((w) => w.status).join(" / ") || "-",
    e.fragile ? "fragile" : "",
  ]);
  io.out(`${describeTarget(view).join("\n")}\n\n`);
  io.out(
    `${table(
      [
        { header: "ALLY" },
        { header: "NAME" },
        { header: "SHARE%", align: "right" },
        { header: "YEAR" },
        { header: "GAP pp", align: "right" },
        { header: `GAP $bn/yr`, align: "right" },
        { header: "TREND pp/yr", align: "right" },
        { header: "REACHES" },
        { header: "NEED pp/yr", align: "right" },
        { header: "NEED %/yr", align: "right" },
        { header: "STATUS" },
        { header: "ON ACTUALS" },
        { header: `${WINDOW_YEARS.map((y) => `${y}Y`).join(" / ")} TREND` },
        { header: "" },
      ],
      rows,
    )}\n\n`,
  );
  const counts = STATUSES.map(
    (s) => `${paint(s, TERMINAL_STATUS_COLOURS[s] ?? "dim")} ${view.counts[s]}`,
  );
  const missing = view.noFigure.length > 0 ? `; no figure: ${view.noFigure.join(", ")}` : "";
  io.out(`${view.evaluations.length} allies: ${counts.join(", ")}${missing}\n`);
  io.out(`${countsInWords(view)}\n`);
  const flagged = view.evaluations.filter((e) => e.gdpFlags.length > 0);
  if (flagged.length > 0) {
    io.out(
      `GDP checks (G beside the share):\n${flagged.map((e) => `  ${e.ally}: ${e.gdpFlags.join("; ")}`).join("\n")}\n`,
    );
  }
  const trendYears = view.evaluations[0]?.trend;
  io.out(
    paint(
      `e = estimate. ON ACTUALS: the status on actual figures only, and their last year; ! where it differs. ${WINDOW_YEARS.map((y) => `${y}Y`).join(" / ")} TREND: the status with a ${WINDOW_YEARS.join("- and a ")}-year trend; fragile where either differs.\nGAP $bn/yr: gap at the latest ${money} (current USD). TREND: average change over ${trendYears ? `${trendYears.fromYear}-${trendYears.toYear}` : "recent years"}. NEED %/yr: nominal spending growth needed, with GDP growing as the IMF projects, its last rate held after 2029, or the alliance median of IMF rates where the IMF has no row (or --gdp-growth; --json says which).\n${sources.join("\n")} Each in full: \`pledgewatch sources\`. Status rules: \`pledgewatch status --help\`.\n`,
      "dim",
    ),
  );
}

export const statusCommand: Command = {
  name: "status",
  usage: "pledgewatch status [--target T] [--by YEAR | --horizon] [--as-of YEAR] [--json|--csv]",
  help: `${TARGET_HELP}
${COMMON_HELP}

Status rules (one each):
${STATUSES.map((s) => `  ${s.padEnd(10)} ${STATUS_RULES[s]}`).join("\n")}

What a status rests on:
${VERDICT_RULES.map((r) => `  - ${r}`).join("\n")}

Examples:
  pledgewatch status
  pledgewatch status --target hague-total --horizon
  pledgewatch status --target two-percent --as-of 2024 --csv`,
  options: { ...COMMON_OPTIONS, ...TARGET_OPTIONS },
  positionals: { min: 0, max: 0 },
  async run(values, _positionals, { io, dataset }) {
    const data = await dataset();
    const view = viewFromOptions(values, data);
    const format = outputFormat(values);
    if (format === "json") {
      io.out(json(toViewRecord(view)));
    } else if (format === "csv") {
      io.out(toCsv(view.evaluations.map(toRecord)));
    } else {
      printTable(
        view,
        io,
        sourceNote(
          data,
          view.evaluations.flatMap((e) => e.sourceIds),
        ),
      );
    }
    return 0;
  },
};
