import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Target } from "../analysis/targets.ts";
import type { Dataset } from "../data/dataset.ts";
import { displayName } from "../data/vocabulary.ts";
import { type AllyModel, type FitOptions, fitModels } from "./model.ts";
import { type AllyOdds, type SimulationSpec, simulateAlly } from "./montecarlo.ts";

/** Paths by default: the standard error of each probability is at most 0.5 / sqrt(10,000) = 0.5 pp. */
export const DEFAULT_PATHS = 10_000;
export const DEFAULT_SEED = 2035;
/** Below this many path-years, threads cost more than they save. */
const PARALLEL_THRESHOLD = 2_000_000;

export interface OddsOptions extends Omit<FitOptions, "to"> {
  readonly target: Target;
  readonly horizon: number | null;
  readonly paths?: number;
  readonly seed?: number;
  /** Worker threads; default: every core when the work is large, else none. */
  readonly threads?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface AllyOddsResult extends AllyOdds {
  readonly name: string;
  readonly model: AllyModel;
}

export interface OddsResult {
  readonly target: Target;
  readonly deadline: number;
  readonly horizon: number | null;
  readonly paths: number;
  readonly seed: number;
  readonly threads: number;
  readonly allies: readonly AllyOddsResult[];
  /** Sum of the allies' probabilities: how many allies to expect at the threshold. */
  readonly expectedAtDeadline: number;
  readonly expectedAtHorizon: number | null;
}

export class OddsError extends Error {
  override name = "OddsError";
}

/**
 * Runs the jobs on this thread and `threads - 1` workers, each taking the next job from a
 * shared counter: this thread starts at once while the workers load, and whoever is free takes
 * the next ally, with no round trip through this thread's event loop.
 */
async function runParallel(
  jobs: { model: AllyModel; stream: number }[],
  spec: SimulationSpec,
  threads: number,
  onResult: (r: AllyOdds) => void,
): Promise<void> {
  const next = new Int32Array(new SharedArrayBuffer(4));
  const workers = Array.from(
    { length: threads - 1 },
    () =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(new URL("./worker.ts", import.meta.url), {
          workerData: { jobs, spec, next },
        });
        let finished = false;
        worker.on("message", (r: AllyOdds | "done") => {
          if (r !== "done") return onResult(r);
          finished = true;
          void worker.terminate().then(() => resolve());
        });
        worker.on("error", reject);
        worker.on("exit", (code) => {
          if (!finished) reject(new OddsError(`a simulation thread stopped (exit ${code})`));
        });
      }),
  );
  for (let i = Atomics.add(next, 0, 1); i < jobs.length; i = Atomics.add(next, 0, 1)) {
    const job = jobs[i] as { model: AllyModel; stream: number };
    onResult(simulateAlly(job.model, spec, job.stream));
    // let the workers' results through (for progress) between allies
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(workers);
}

/** The odds that each ally reaches the target by its deadline and by the horizon. */
export async function runOdds(
  dataset: Dataset,
  allies: readonly string[],
  options: OddsOptions,
): Promise<OddsResult> {
  const deadline = options.target.deadline;
  if (deadline === null)
    throw new OddsError(`target ${options.target.id} has no deadline: give --by YEAR`);
  const paths = options.paths ?? DEFAULT_PATHS;
  if (!Number.isInteger(paths) || paths < 1)
    throw new OddsError(`paths must be a whole number >= 1, not ${paths}`);
  const seed = options.seed ?? DEFAULT_SEED;
  const to = Math.max(deadline, options.horizon ?? deadline);
  const models = fitModels(dataset, allies, { ...options, to });
  if (models.length === 0) throw new OddsError("no ally has the figures the model needs");
  const spec: SimulationSpec = {
    threshold: options.target.threshold,
    deadline,
    horizon: options.horizon,
    to,
    paths,
    seed,
  };
  const work = paths * models.length * Math.max(1, to - (models[0]?.startYear ?? to));
  const threads = Math.min(
    models.length,
    options.threads ?? (work >= PARALLEL_THRESHOLD ? availableParallelism() : 1),
  );
  const jobs = models.map((model, stream) => ({ model, stream }));
  const results = new Map<string, AllyOdds>();
  const collect = (r: AllyOdds) => {
    results.set(r.ally, r);
    options.onProgress?.(results.size, models.length);
  };
  await runParallel(jobs, spec, threads, collect);
  const allyResults = models.map((model) => ({
    ...(results.get(model.ally) as AllyOdds),
    name: displayName(model.ally),
    model,
  }));
  return {
    target: options.target,
    deadline,
    horizon: options.horizon,
    paths,
    seed,
    threads,
    allies: allyResults,
    expectedAtDeadline: allyResults.reduce((s, r) => s + r.pDeadline, 0),
    expectedAtHorizon:
      options.horizon === null ? null : allyResults.reduce((s, r) => s + (r.pHorizon ?? 0), 0),
  };
}
