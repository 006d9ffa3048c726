import { parentPort, workerData } from "node:worker_threads";
import type { AllyModel } from "./model.ts";
import { type SimulationSpec, simulateAlly } from "./montecarlo.ts";

const { jobs, spec, next } = workerData as {
  jobs: { model: AllyModel; stream: number }[];
  spec: SimulationSpec;
  /** Shared counter: the index of the next job not yet taken by any thread. */
  next: Int32Array;
};
for (let i = Atomics.add(next, 0, 1); i < jobs.length; i = Atomics.add(next, 0, 1)) {
  const job = jobs[i] as { model: AllyModel; stream: number };
  parentPort?.postMessage(simulateAlly(job.model, spec, job.stream));
}
parentPort?.postMessage("done");
