import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Target } from "../analysis/targets.ts";
import type { Dataset } from "../data/dataset.ts";
import { displayName } from "../data/vocabulary.ts";
import { type AllyModel, type FitOptions, fitModels } from "./model.ts";
import {
  type AllyOdds,
  DEFAULT_PATHS,
  DEFAULT_SEED,
  type SimulationSpec,
  simulateAlly,
} from "./montecarlo.ts";

export { DEFAULT_PATHS, DEFAULT_SEED } from "./montecarlo.ts";

/** Below this many path-years, threads cost more than they save. */
const PARALLEL_THRESHOLD = 2_000_000;

export interface OddsOptions extends Omit<FitOptions, "to"> {
  readonly target: Target;
  readonly horizon: number | null;
  readonly paths?: number;
  readonly seed?: number;
  /** Threads; default: every core when the work is large, else this one only. */
  readonly threads?: number;
  /** Threads already started (see SimulationPool); used as they are, and left open. */
  readonly pool?: SimulationPool;
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
 * Worker threads for the simulation, started (and warmed up) as soon as the pool is made, so a
 * caller can make it before loading data and have the threads ready when the work comes.
 */
export class SimulationPool {
  readonly threads: number;
  /** Settles when every worker has started and warmed up. */
  readonly ready: Promise<void>;
  readonly #workers: Worker[];
  #failure: Error | null = null;

  /** `threads` counts this thread too: a pool of 2 starts one worker. */
  constructor(threads: number) {
    this.threads = threads;
    this.#workers = Array.from({ length: Math.max(0, threads - 1) }, () => {
      const worker = new Worker(new URL("./worker.ts", import.meta.url));
      worker.on("error", (error) => {
        this.#failure = error;
      });
      return worker;
    });
    this.ready = Promise.all(
      this.#workers.map((w) => new Promise<void>((resolve) => w.once("message", () => resolve()))),
    ).then(() => undefined);
  }

  /**
   * Runs the jobs on this thread and the workers, each taking the next job from a shared
   * counter: whoever is free takes the next ally, with no round trip through this thread.
   */
  async run(
    jobs: readonly { model: AllyModel; stream: number }[],
    spec: SimulationSpec,
    onResult: (r: AllyOdds) => void,
  ): Promise<void> {
    // a worker still starting up takes its first job when ready; until then this thread works
    const next = new Int32Array(new SharedArrayBuffer(4));
    const finished = this.#workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          const onMessage = (r: AllyOdds | "ready" | "done") => {
            if (r === "ready") return;
            if (r !== "done") return onResult(r);
            worker.off("message", onMessage);
            worker.off("exit", onExit);
            resolve();
          };
          const onExit = (code: number) =>
            reject(this.#failure ?? new OddsError(`a simulation thread stopped (exit ${code})`));
          worker.on("message", onMessage);
          worker.on("exit", onExit);
          worker.postMessage({ jobs, spec, next });
        }),
    );
    for (let i = Atomics.add(next, 0, 1); i < jobs.length; i = Atomics.add(next, 0, 1)) {
      const job = jobs[i] as { model: AllyModel; stream: number };
      onResult(simulateAlly(job.model, spec, job.stream));
      // let the workers' results through (for progress) between allies
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(finished);
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w.terminate()));
  }
}

/** How many threads a run of this size should use: every core when the work is large. */
export function threadsFor(paths: number, allies: number, years: number): number {
  return paths * allies * years >= PARALLEL_THRESHOLD ? availableParallelism() : 1;
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
  const years = Math.max(1, to - (models[0]?.startYear ?? to));
  const threads =
    options.pool?.threads ?? options.threads ?? threadsFor(paths, models.length, years);
  const jobs = models.map((model, stream) => ({ model, stream }));
  const results = new Map<string, AllyOdds>();
  const collect = (r: AllyOdds) => {
    results.set(r.ally, r);
    options.onProgress?.(results.size, models.length);
  };
  const pool = options.pool ?? new SimulationPool(threads);
  try {
    await pool.run(jobs, spec, collect);
  } finally {
    if (!options.pool) await pool.close();
  }
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
