import { parentPort } from "node:worker_threads";
import type { AllyModel } from "../projection/model.ts";
import { type SimulationSpec, simulateAlly } from "../projection/montecarlo.ts";
import type { SimulationJob } from "../projection/odds.ts";
import type { WorkerMessage } from "./simulation-pool.ts";

interface Run {
  readonly run: number;
  readonly jobs: readonly SimulationJob[];
  readonly spec: SimulationSpec;
  /** Shared counter: the index of the next job not yet taken by any thread. */
  readonly next: Int32Array;
}

/** A short run on a throwaway stream, so the first real ally does not pay for compiling. */
function warmUp(): void {
  const model: AllyModel = {
    ally: "warm-up",
    startYear: 2026,
    startShare: 2,
    mu: 0.1,
    sigma: 0.3,
    own: { mu: null, sigma: null, changes: 0 },
    gdp0: 1,
    gdpGrowthPct: [3],
    gdpSigmaPct: 1,
  };
  const spec = { threshold: 3.5, deadline: 2035, horizon: null, to: 2035, paths: 4096, seed: 0 };
  for (let i = 0; i < 3; i++) simulateAlly(model, spec, 0);
}

warmUp();
parentPort?.postMessage("ready");
const send = (m: WorkerMessage) => parentPort?.postMessage(m);
parentPort?.on("message", ({ run, jobs, spec, next }: Run) => {
  try {
    for (let i = Atomics.add(next, 0, 1); i < jobs.length; i = Atomics.add(next, 0, 1)) {
      const job = jobs[i] as SimulationJob;
      send({ run, result: simulateAlly(job.model, spec, job.stream) });
    }
    send({ run });
  } catch (error) {
    send({ run, error: (error as Error).message });
  }
});
