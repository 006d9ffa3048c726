import { type RevisionsRecord, revisionRows, revisions } from "../../analysis/revisions.ts";
import { sourceNote } from "../../data/citation.ts";
import { lookupAlly } from "../../data/names.ts";
import { isAggregate, isNatoMetric, NATO_METRIC_UNITS } from "../../data/vocabulary.ts";
import { type Command, DATA_OPTIONS, numberOption, writeMachineReadable } from "../command.ts";
import { table } from "../format.ts";
import { UsageError } from "../io.ts";

function allyOption(raw: unknown): string | undefined {
  if (typeof raw !== "string") return undefined;
  const upper = raw.trim().toUpperCase();
  if (isAggregate(upper)) return upper;
  const found = lookupAlly(raw);
  if (!found.ok) throw new UsageError(found.message);
  return found.iso3;
}

function metricOption(raw: unknown) {
  if (typeof raw !== "string") return undefined;
  if (!isNatoMetric(raw))
    throw new UsageError(
      `--metric takes one of ${Object.keys(NATO_METRIC_UNITS).join(", ")} (got "${raw}")`,
    );
  return raw;
}

const number = (x: number) => String(Math.round(x * 10000) / 10000);
const signed = (x: number) => (x > 0 ? `+${number(x)}` : number(x));

function render(r: RevisionsRecord, cite: (ids: readonly string[]) => string): string {
  const scope = [
    r.ally ? `ally ${r.ally}` : "every ally and aggregate",
    r.metric ?? "every metric",
    r.min === null ? "" : `changes of at least ${r.min}`,
  ]
    .filter(Boolean)
    .join(", ");
  const out = [
    `What NATO revised: edition ${r.from} -> ${r.to} (${scope})`,
    `  ${r.revised} figures revised of ${r.compared} in both editions; ${r.confirmed} estimates confirmed unchanged as actuals`,
    "",
  ];
  if (r.revisions.length === 0) {
    out.push("No figure changed.");
  } else {
    out.push(
      table(
        [
          { header: "ALLY" },
          { header: "METRIC" },
          { header: "YEAR", align: "right" },
          { header: r.from, align: "right" },
          { header: r.to, align: "right" },
          { header: "CHANGE", align: "right" },
          { header: "%", align: "right" },
          { header: "NOTE" },
        ],
        r.revisions.map((x) => [
          x.ally,
          x.metric,
          String(x.year),
          `${number(x.from.value)}${x.from.status === "estimate" ? "e" : ""}`,
          `${number(x.to.value)}${x.to.status === "estimate" ? "e" : ""}`,
          signed(x.change),
          x.changePct === null ? "-" : signed(Math.round(x.changePct * 100) / 100),
          x.becameActual ? "estimate became actual" : "",
        ]),
      ),
      "",
      "BY ALLY",
      table(
        [
          { header: "ALLY" },
          { header: "NAME" },
          { header: "REVISED", align: "right" },
          { header: "UP", align: "right" },
          { header: "DOWN", align: "right" },
          { header: "NOW ACTUAL", align: "right" },
          { header: "LARGEST" },
        ],
        r.allies.map((a) => [
          a.ally,
          a.name,
          String(a.revised),
          String(a.up),
          String(a.down),
          String(a.becameActual),
          `${a.largest.metric} ${a.largest.year}: ${signed(a.largest.change)}${a.largest.changePct === null ? "" : ` (${signed(Math.round(a.largest.changePct * 100) / 100)}%)`}`,
        ]),
      ),
    );
  }
  out.push(
    "",
    "e = estimate.",
    `Edition ${r.from}: ${cite(r.sourceIds.from)}`,
    `Edition ${r.to}: ${cite(r.sourceIds.to)}`,
  );
  return `${out.join("\n")}\n`;
}

export const revisionsCommand: Command = {
  name: "revisions",
  usage:
    "pledgewatch revisions [--from ED] [--to ED] [--ally X] [--metric M] [--min N] [--json|--csv]",
  help: `  --from ED        the older edition (default: the one before --to)
  --to ED          the newer edition (default: the latest)
  --ally X         one ally (ISO3 or name) or aggregate (NATO, NEC)
  --metric M       one metric: ${Object.keys(NATO_METRIC_UNITS).join(", ")}
  --min N          leave out changes smaller than N (in the metric's unit)
  --json, --csv    machine-readable output
  --data DIR       read the data package from DIR
  -h, --help       this help

Each edition's own figure is compared (where an edition has several, the one its series
chooses). Estimates the newer edition reports as actual are marked; those it confirmed with the
same value are counted. Largest relative change first.

Examples:
  pledgewatch revisions
  pledgewatch revisions --from 2025 --to 2026 --metric share_gdp_pct --min 0.1
  pledgewatch revisions --ally Germany --json`,
  options: {
    from: { type: "string" },
    to: { type: "string" },
    ally: { type: "string" },
    metric: { type: "string" },
    min: { type: "string" },
    ...DATA_OPTIONS,
  },
  positionals: { min: 0, max: 0 },
  async run(values, _positionals, { io, dataset }) {
    const min = numberOption(values, "min");
    if (min !== undefined && min < 0)
      throw new UsageError(`--min takes a number >= 0 (got ${min})`);
    const data = await dataset();
    const record = revisions(data, {
      from: typeof values.from === "string" ? values.from : undefined,
      to: typeof values.to === "string" ? values.to : undefined,
      ally: allyOption(values.ally),
      metric: metricOption(values.metric),
      min,
    });
    if (writeMachineReadable(io, values, record, () => revisionRows(record))) return 0;
    io.out(
      render(record, (ids) =>
        sourceNote(data, ids)
          .join(", ")
          .replace(/^Sources: /, ""),
      ),
    );
    return 0;
  },
};
