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

/** One ally to simulate, on its own random stream: its numbers do not depend on who runs it. */
export interface SimulationJob {
  readonly model: AllyModel;
  readonly stream: number;
}

/**
 * Where a run's simulations happen. The engine runs them one after another on the calling
 * thread; a Node face can hand them to worker threads instead (same numbers, sooner).
 */
export interface Simulator {
  /** Threads the simulations use, this one included. */
  readonly threads: number;
  run(
    jobs: readonly SimulationJob[],
    spec: SimulationSpec,
    onResult: (result: AllyOdds) => void,
  ): Promise<void>;
}

/** Every ally in turn on the calling thread: works wherever JavaScript runs. */
export const inThread: Simulator = {
  threads: 1,
  async run(jobs, spec, onResult) {
    for (const job of jobs) onResult(simulateAlly(job.model, spec, job.stream));
  },
};

export interface OddsOptions extends Omit<FitOptions, "to"> {
  readonly target: Target;
  readonly horizon: number | null;
  readonly paths?: number;
  readonly seed?: number;
  /** Where the simulations run (default: this thread, one ally after another). */
  readonly simulator?: Simulator;
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
  const simulator = options.simulator ?? inThread;
  const jobs = models.map((model, stream) => ({ model, stream }));
  const results = new Map<string, AllyOdds>();
  const collect = (r: AllyOdds) => {
    results.set(r.ally, r);
    options.onProgress?.(results.size, models.length);
  };
  await simulator.run(jobs, spec, collect);
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
    threads: simulator.threads,
    allies: allyResults,
    expectedAtDeadline: allyResults.reduce((s, r) => s + r.pDeadline, 0),
    expectedAtHorizon:
      options.horizon === null ? null : allyResults.reduce((s, r) => s + (r.pHorizon ?? 0), 0),
  };
}
