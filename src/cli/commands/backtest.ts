import { DEFAULT_TREND_YEARS } from "../../analysis/evaluate.ts";
import {
  BACKTEST_PATHS,
  BACKTEST_PRIORS,
  BACKTEST_WINDOWS,
  backtest,
  backtestRows,
  toBacktestRecord,
} from "../../projection/backtest.ts";
import { DEFAULT_PRIOR } from "../../projection/model.ts";
import {
  asOfAndEdition,
  COMMON_HELP,
  COMMON_OPTIONS,
  type Command,
  outputFormat,
  wholeOption,
} from "../command.ts";
import { fixed, json, painter, table, toCsv } from "../format.ts";
import { UsageError } from "../io.ts";
import { targetFromOptions } from "./status.ts";

const pct = (p: number) => `${(p * 100).toFixed(0)}%`;

export const backtestCommand: Command = {
  name: "backtest",
  usage: "pledgewatch backtest --target T --as-of YEAR [--by YEAR] [--json|--csv]",
  help: `  -t, --target T   a share-of-GDP target: two-percent, hague-core, a pledge id, or a share (2)
  --by YEAR        the deadline to score against (default: the target's own)
  --as-of YEAR     make the calls with figures up to YEAR only (required)
  --paths N        simulated paths per ally for the odds (default ${BACKTEST_PATHS.toLocaleString("en")})
  --seed S         random seed
${COMMON_HELP}

Status calls: met or on_track means "will be at the threshold in the deadline year", under each
trend window (${BACKTEST_WINDOWS.join(", ")} years). Odds: P(at the threshold in the deadline year)
under each prior weight (${BACKTEST_PRIORS.join(", ")}; 0 = own history alone). Scored per ally and
as a confusion matrix, hit rate and Brier score. Figures up to --as-of are as the data has them
now (later editions revise them).

Examples:
  pledgewatch backtest --target two-percent --as-of 2018
  pledgewatch backtest --target 2 --by 2022 --as-of 2017 --json`,
  options: {
    ...COMMON_OPTIONS,
    target: { type: "string", short: "t" },
    by: { type: "string" },
    paths: { type: "string" },
    seed: { type: "string" },
  },
  positionals: { min: 0, max: 0 },
  async run(values, _positionals, { io, dataset }) {
    if (values["as-of"] === undefined) {
      throw new UsageError("give --as-of YEAR: the year the calls are made from");
    }
    const paths = wholeOption(values, "paths", "backtestPaths");
    const seed = wholeOption(values, "seed", "seed");
    const data = await dataset();
    const { asOf, edition } = asOfAndEdition(values, data);
    const { target } = targetFromOptions(values, data, "two-percent");
    const b = backtest(data, { target, asOf, edition, paths, seed });
    const format = outputFormat(values);
    if (format === "json") {
      io.out(json(toBacktestRecord(b)));
      return 0;
    }
    if (format === "csv") {
      io.out(toCsv(backtestRows(b)));
      return 0;
    }
    const paint = painter(io);
    const defaultWindow = BACKTEST_WINDOWS.indexOf(DEFAULT_TREND_YEARS as 3);
    const defaultPrior = BACKTEST_PRIORS.indexOf(DEFAULT_PRIOR as 3);
    io.out(
      `${paint(b.target.label, "bold")}: ${b.target.threshold}% by ${b.deadline}, called as of ${b.asOf}\n\n`,
    );
    io.out(
      `${table(
        [
          { header: "ALLY" },
          { header: `THEN`, align: "right" },
          { header: `STATUS (${DEFAULT_TREND_YEARS}y)` },
          { header: "1y 2y 3y 4y 5y" },
          { header: `P(k=${DEFAULT_PRIOR})`, align: "right" },
          { header: "P(own)", align: "right" },
          { header: `IN ${b.deadline}`, align: "right" },
          { header: "REACHED" },
          { header: "CALL" },
        ],
        b.rows.map((r) => {
          const status = r.statusByWindow[defaultWindow]?.status ?? "off_track";
          const called = status === "met" || status === "on_track";
          return [
            `${r.ally} ${r.name}`,
            `${fixed(r.atAsOf.value, 2)}${r.atAsOf.status === "estimate" ? "e" : ""} ${r.atAsOf.year}`,
            status,
            r.statusByWindow
              .map((w) => (w.status === "met" || w.status === "on_track" ? "Y " : "n "))
              .join(" ")
              .trimEnd(),
            pct(r.oddsByPrior[defaultPrior]?.p ?? Number.NaN),
            pct(r.oddsByPrior[0]?.p ?? Number.NaN),
            `${fixed(r.outcome.value, 2)}${r.outcome.status === "estimate" ? "e" : ""}`,
            r.reached ? "yes" : "no",
            called === r.reached ? "right" : paint("wrong", "red"),
          ];
        }),
      )}\n\n`,
    );
    io.out(
      `${table(
        [
          { header: "STATUS RULES" },
          { header: "CALLED+REACHED", align: "right" },
          { header: "CALLED+MISSED", align: "right" },
          { header: "NOT+REACHED", align: "right" },
          { header: "NOT+MISSED", align: "right" },
          { header: "HIT RATE", align: "right" },
          { header: "BRIER", align: "right" },
        ],
        [
          ...b.windows.map((w) => [
            `${w.years}-year trend${w.years === DEFAULT_TREND_YEARS ? " (default)" : ""}`,
            String(w.truePositive),
            String(w.falsePositive),
            String(w.falseNegative),
            String(w.trueNegative),
            fixed(w.hitRate * 100, 1),
            fixed(w.brier, 3),
          ]),
          ...b.priors.map((p) => [
            `odds, prior weight ${p.prior}${p.prior === 0 ? " (own)" : ""}${p.prior === DEFAULT_PRIOR ? " (default)" : ""}`,
            String(p.truePositive),
            String(p.falsePositive),
            String(p.falseNegative),
            String(p.trueNegative),
            fixed(p.hitRate * 100, 1),
            fixed(p.brier, 3),
          ]),
        ],
      )}\n\n`,
    );
    const w = b.windows[defaultWindow];
    if (w) {
      io.out(
        `As of ${b.asOf}, the default rules called ${w.truePositive + w.trueNegative} of ${b.rows.length} allies right for ${b.target.threshold}% by ${b.deadline}; ${b.rows.filter((r) => r.reached).length} reached it.\n`,
      );
    }
    if (b.excluded.length > 0) {
      io.out(`Left out: ${b.excluded.map((e) => `${e.ally} (${e.reason})`).join(", ")}\n`);
    }
    io.out(
      paint(
        `Call: met or on_track = "will reach it"; odds call it at p >= 50%. Brier: mean (p - outcome)^2; 0 perfect, 0.25 a coin toss.\nNote: ${b.caveat}.\n`,
        "dim",
      ),
    );
    return 0;
  },
};
