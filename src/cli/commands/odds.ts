import { defaultHorizon } from "../../analysis/horizon.ts";
import { withThousands } from "../../data/collation.ts";
import type { Dataset } from "../../data/dataset.ts";
import { ALLIES } from "../../data/vocabulary.ts";
import { SimulationPool, threadsFor } from "../../node/simulation-pool.ts";
import {
  comparedOddsRecords,
  compareOdds,
  DEFAULT_FIT_YEARS,
  DEFAULT_ODDS_MODEL,
  DEFAULT_PATHS,
  DEFAULT_PRIOR,
  DEFAULT_SEED,
  modelLine,
  ODDS_MODEL_NAMES,
  ODDS_MODELS,
  type OddsModel,
  oddsDiffer,
  toComparedOddsRecord,
} from "../../projection/index.ts";
import {
  asOfAndEdition,
  boundedOption,
  COMMON_HELP,
  COMMON_OPTIONS,
  type Command,
  outputFormat,
  type Values,
  wholeOption,
} from "../command.ts";
import { fixed, json, painter, table, toCsv } from "../format.ts";
import { type Io, UsageError } from "../io.ts";
import { TARGET_HELP, TARGET_OPTIONS, targetFromOptions } from "./status.ts";

/** A one-line bar on stderr, redrawn in place; only on a terminal. */
function progressBar(io: Io) {
  if (!io.errIsTTY) return undefined;
  return (done: number, total: number) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    io.err(`\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total} allies`);
    if (done === total) io.err("\r\u001b[2K");
  };
}

const pct = (p: number | null) => (p === null ? "-" : `${(p * 100).toFixed(1)}%`);

export const oddsCommand: Command = {
  name: "odds",
  usage:
    "pledgewatch odds [--target T] [--by YEAR] [--horizon] [--paths N] [--seed S] [--json|--csv]",
  help: `${TARGET_HELP}
  --paths N        simulated paths per ally (default ${withThousands(DEFAULT_PATHS)}: standard error <= 0.5 pp)
  --seed S         random seed (default ${DEFAULT_SEED}); the same seed repeats exactly
  --threads N      threads (default: every core when the work is large)
  --fit-years N    yearly changes each ally's model is fitted to (default ${DEFAULT_FIT_YEARS})
  --model M        ${ODDS_MODEL_NAMES.join(" | ")} (default ${DEFAULT_ODDS_MODEL}):
${ODDS_MODEL_NAMES.map((m) => `                     ${m}: ${ODDS_MODELS[m]}`).join("\n")}
  --prior K        the pooled model's prior weight in years of data (default ${DEFAULT_PRIOR})
${COMMON_HELP}

The model and its limits: docs/montecarlo.md. The horizon column uses the earliest threat
horizon a NATO official stated; --horizon moves the deadline itself there.

Examples:
  pledgewatch odds
  pledgewatch odds --target hague-total --paths 100000 --seed 7 --json`,
  options: {
    ...COMMON_OPTIONS,
    ...TARGET_OPTIONS,
    paths: { type: "string" },
    seed: { type: "string" },
    threads: { type: "string" },
    "fit-years": { type: "string" },
    model: { type: "string" },
    prior: { type: "string" },
  },
  positionals: { min: 0, max: 0 },
  async run(values, _positionals, { io, dataset }) {
    const paths = wholeOption(values, "paths", "paths");
    const seed = wholeOption(values, "seed", "seed");
    const threads = wholeOption(values, "threads", "threads");
    const fitYears = wholeOption(values, "fit-years", "fitYears");
    const model = modelOption(values);
    const prior = boundedOption(values, "prior", "prior");
    // Start the threads first: they warm up while this one loads the data.
    const pool = new SimulationPool(
      threads ?? threadsFor(paths ?? DEFAULT_PATHS, ALLIES.length, YEARS_AHEAD),
    );
    try {
      return await report(values, io, await dataset(), pool, {
        paths,
        seed,
        fitYears,
        model,
        prior,
      });
    } finally {
      await pool.close();
    }
  },
};

function modelOption(values: Values): OddsModel | undefined {
  const m = values.model;
  if (m === undefined) return undefined;
  if (typeof m === "string" && (ODDS_MODEL_NAMES as string[]).includes(m)) return m as OddsModel;
  throw new UsageError(`--model takes ${ODDS_MODEL_NAMES.join(" or ")} (got ${String(m)})`);
}

/** Typical years simulated (to the Hague deadline), for sizing the thread pool up front. */
const YEARS_AHEAD = 10;

async function report(
  values: Values,
  io: Io,
  data: Dataset,
  pool: SimulationPool,
  options: {
    paths?: number;
    seed?: number;
    fitYears?: number;
    model?: OddsModel;
    prior?: number;
  },
): Promise<number> {
  const { paths, seed, fitYears, model, prior } = options;
  const { asOf, edition } = asOfAndEdition(values, data);
  const { target, gdpGrowthPct } = targetFromOptions(values, data);
  const horizon = defaultHorizon(data)?.horizonYear ?? null;
  const compared = await compareOdds(data, target.allies ?? data.alliesWithData(), {
    simulator: pool,
    asOf,
    edition,
    target,
    horizon,
    paths,
    seed,
    fitYears,
    gdpGrowthPct,
    model,
    prior,
    onProgress: progressBar(io),
  });
  const result = compared.headline;
  const rows = comparedOddsRecords(compared);
  const format = outputFormat(values);
  if (format === "json") {
    io.out(json(toComparedOddsRecord(compared)));
    return 0;
  }
  if (format === "csv") {
    io.out(toCsv(rows));
    return 0;
  }
  const paint = painter(io);
  io.out(
    `${paint(result.target.label, "bold")}: ${result.target.threshold}% by ${result.deadline}; horizon ${result.horizon ?? "none"}\n`,
  );
  io.out(
    `  ${withThousands(result.paths)} paths per ally, seed ${result.seed}, ${result.threads} thread${result.threads === 1 ? "" : "s"}\n`,
  );
  if (result.target.caveat) io.out(`  note: ${result.target.caveat}\n`);
  io.out(
    `\n${table(
      [
        { header: "ALLY" },
        { header: "NOW%", align: "right" },
        { header: "MEAN pp/yr", align: "right" },
        { header: "SD pp/yr", align: "right" },
        { header: `P(${result.deadline})`, align: "right" },
        { header: `P(${result.horizon ?? "-"})`, align: "right" },
        { header: `p10-p50-p90 in ${result.deadline}` },
        { header: "OWN", align: "right" },
        { header: "POOLED", align: "right" },
        { header: `ACTUALS`, align: "right" },
      ],
      rows.map((r) => [
        `${r.ally} ${r.name}`,
        fixed(r.startPct, 2),
        fixed(r.muPp, 3, true),
        fixed(r.sigmaPp, 3),
        pct(r.pDeadline),
        pct(r.pHorizon),
        r.p50AtDeadline === null
          ? "-"
          : `${fixed(r.p10AtDeadline, 2)} - ${fixed(r.p50AtDeadline, 2)} - ${fixed(r.p90AtDeadline, 2)}`,
        pct(r.pOwnDeadline),
        pct(r.pPooledDeadline),
        r.pActualsDeadline === null ? "-" : `${pct(r.pActualsDeadline)} ${r.actualsStartYear}`,
      ]),
    )}\n\n`,
  );
  io.out(
    `Expected allies at ${result.target.threshold}%: ${fixed(result.expectedAtDeadline, 1)} of ${rows.length} by ${result.deadline}` +
      `${result.expectedAtHorizon === null ? "" : `, ${fixed(result.expectedAtHorizon, 1)} by ${result.horizon}`}\n`,
  );
  io.out(`${modelLine(compared)}\n`);
  const differ = oddsDiffer(compared);
  io.out(
    `P(${result.deadline}) moves by 10 points or more for ${differ.otherModel} of ${differ.allies} allies under the ${compared.model === "own" ? "pooled" : "own-history"} model, and for ${differ.actualsOnly} on actual figures only (--json: oddsNote).\n`,
  );
  const worst = Math.max(...result.allies.map((a) => a.seDeadline));
  io.out(
    paint(
      `OWN, POOLED, ACTUALS: P(${result.deadline}) with own history alone (prior weight 0), with the pooled model (prior weight ${compared.model === "pooled" ? compared.prior : (prior ?? DEFAULT_PRIOR)}), and with the headline model fitted and started on actual figures only (first year shown); ${withThousands(compared.comparisonPaths)} paths each.\nLargest standard error of a headline probability: ${(worst * 100).toFixed(2)} pp.\n`,
      "dim",
    ),
  );
  return 0;
}
