import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { type AllyOdds, type SimulationSpec, simulateAlly } from "../projection/montecarlo.ts";
import { OddsError, type SimulationJob, type Simulator } from "../projection/odds.ts";

/** Below this many path-years, threads cost more than they save. */
const PARALLEL_THRESHOLD = 2_000_000;

/** The pool's queue is full: the caller should try again later. */
export class PoolBusyError extends Error {
  override name = "PoolBusyError";
}

interface Queued {
  readonly start: () => void;
}

/**
 * Worker threads for the simulation, started (and warmed up) as soon as the pool is made, so a
 * caller can make it before loading data and have the threads ready when the work comes.
 *
 * One run uses the pool at a time: runs wait their turn in a bounded queue, and each message
 * carries its run's number, so no run ever collects another's results.
 */
export class SimulationPool implements Simulator {
  readonly threads: number;
  /** Settles when every worker has started and warmed up. */
  readonly ready: Promise<void>;
  readonly #workers: Worker[];
  /** Whether this thread simulates too (a CLI run) or only hands out work (a server). */
  readonly #callerWorks: boolean;
  readonly #maxQueued: number;
  readonly #queue: Queued[] = [];
  #busy = false;
  #runs = 0;
  #failure: Error | null = null;

  /**
   * `threads` counts this thread too (a pool of 2 starts one worker) unless `callerWorks` is
   * false, as in a server, whose own thread must stay free to answer other requests: then
   * every thread is a worker. `maxQueued` runs may wait for the pool; one more is refused.
   */
  constructor(threads: number, options: { callerWorks?: boolean; maxQueued?: number } = {}) {
    this.threads = threads;
    this.#callerWorks = options.callerWorks ?? true;
    this.#maxQueued = options.maxQueued ?? Number.POSITIVE_INFINITY;
    const workers = this.#callerWorks ? Math.max(0, threads - 1) : Math.max(1, threads);
    this.#workers = Array.from({ length: workers }, () => {
      const worker = new Worker(new URL("./simulation-worker.ts", import.meta.url));
      worker.on("error", (error) => {
        this.#failure = error;
      });
      return worker;
    });
    this.ready = Promise.all(
      this.#workers.map((w) => new Promise<void>((resolve) => w.once("message", () => resolve()))),
    ).then(() => undefined);
  }

  /** Runs waiting for their turn (not counting the one under way). */
  get queued(): number {
    return this.#queue.length;
  }

  /**
   * Runs the jobs on the workers (and this thread, when it works too), each taking the next job
   * from a shared counter: whoever is free takes the next ally, with no round trip through this
   * thread. Waits for any run before it; throws PoolBusyError when the queue is full.
   */
  async run(jobs: readonly SimulationJob[], spec: SimulationSpec, onResult: (r: AllyOdds) => void) {
    if (this.#failure) throw new OddsError(`a simulation thread failed: ${this.#failure.message}`);
    if (this.#busy) {
      if (this.#queue.length >= this.#maxQueued)
        throw new PoolBusyError(`${this.#queue.length} simulations are already waiting`);
      await new Promise<void>((start) => this.#queue.push({ start }));
    }
    this.#busy = true;
    try {
      await this.#run(jobs, spec, onResult);
    } finally {
      const next = this.#queue.shift();
      if (next) next.start();
      else this.#busy = false;
    }
  }

  async #run(
    jobs: readonly SimulationJob[],
    spec: SimulationSpec,
    onResult: (r: AllyOdds) => void,
  ) {
    const id = ++this.#runs;
    const next = new Int32Array(new SharedArrayBuffer(4));
    const finished = this.#workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          const stop = () => {
            worker.off("message", onMessage);
            worker.off("exit", onExit);
          };
          const onMessage = (m: WorkerMessage) => {
            if (m === "ready" || m.run !== id) return;
            if (m.result) return onResult(m.result);
            stop();
            if (m.error) reject(new OddsError(`a simulation thread failed: ${m.error}`));
            else resolve();
          };
          const onExit = (code: number) => {
            stop();
            reject(this.#failure ?? new OddsError(`a simulation thread stopped (exit ${code})`));
          };
          worker.on("message", onMessage);
          worker.on("exit", onExit);
          worker.postMessage({ run: id, jobs, spec, next });
        }),
    );
    if (this.#callerWorks) {
      for (let i = Atomics.add(next, 0, 1); i < jobs.length; i = Atomics.add(next, 0, 1)) {
        const job = jobs[i] as SimulationJob;
        onResult(simulateAlly(job.model, spec, job.stream));
        // let the workers' results through (for progress) between allies
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    await Promise.all(finished);
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w.terminate()));
  }
}

/** What a worker sends: "ready" once, then per run its results and an end (with any error). */
export type WorkerMessage =
  | "ready"
  | { readonly run: number; readonly result?: AllyOdds; readonly error?: string };

/** How many threads a run of this size should use: every core when the work is large. */
export function threadsFor(paths: number, allies: number, years: number): number {
  return paths * allies * years >= PARALLEL_THRESHOLD ? availableParallelism() : 1;
}
