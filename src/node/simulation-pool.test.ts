import { availableParallelism } from "node:os";
import { afterAll, describe, expect, it } from "vitest";
import { targetFor } from "../analysis/horizon.ts";
import { runOdds } from "../projection/odds.ts";
import { loadDataset } from "./load-dataset.ts";
import { PoolBusyError, SimulationPool, threadsFor } from "./simulation-pool.ts";

const data = loadDataset();
const target = targetFor(data, { name: "hague-core" }).target;
const allies = ["DEU", "FRA", "ITA", "POL", "USA", "ESP"];
const base = { asOf: 2026, target, horizon: 2030, paths: 3000 } as const;
const probabilities = (r: Awaited<ReturnType<typeof runOdds>>) =>
  r.allies.map((a) => [a.ally, a.pDeadline, a.pHorizon, a.fan]);

// a server's pool: every thread a worker, this one free
const pool = new SimulationPool(2, { callerWorks: false, maxQueued: 64 });
afterAll(() => pool.close());

describe("the simulation pool", () => {
  it("is sized to one thread for small work and every core from 2 million path-years", () => {
    expect(threadsFor(10_000, 1, 10)).toBe(1);
    expect(threadsFor(10_000, 20, 9)).toBe(1);
    expect(threadsFor(10_000, 20, 10)).toBe(availableParallelism());
  });

  it("gives the numbers a run gives on one thread, with this thread working too", async () => {
    const cli = new SimulationPool(2);
    try {
      const alone = await runOdds(data, allies, { ...base, seed: 5 });
      const threaded = await runOdds(data, allies, { ...base, seed: 5, simulator: cli });
      expect(threaded.threads).toBe(2);
      expect(alone.threads).toBe(1);
      expect(probabilities(threaded)).toEqual(probabilities(alone));
    } finally {
      await cli.close();
    }
  });
});

describe("the simulation pool shared by concurrent runs", () => {
  it("gives each of many concurrent runs the numbers it gives alone", async () => {
    const seeds = Array.from({ length: 12 }, (_, i) => i + 1);
    const alone = [];
    for (const seed of seeds)
      alone.push(probabilities(await runOdds(data, allies, { ...base, seed })));
    const together = await Promise.all(
      seeds.map((seed) => runOdds(data, allies, { ...base, seed, simulator: pool })),
    );
    expect(together.map(probabilities)).toEqual(alone);
    // distinct seeds really differ, so a mix-up could not pass unseen
    expect(new Set(alone.map((a) => JSON.stringify(a))).size).toBe(seeds.length);
    // and the pool still works afterwards
    const after = await runOdds(data, allies, { ...base, seed: 3, simulator: pool });
    expect(probabilities(after)).toEqual(alone[2]);
  });

  it("refuses a run when its queue is full, and runs the queued ones", async () => {
    const small = new SimulationPool(1, { callerWorks: false, maxQueued: 1 });
    try {
      const first = runOdds(data, allies, { ...base, seed: 1, simulator: small });
      const second = runOdds(data, allies, { ...base, seed: 2, simulator: small });
      const third = runOdds(data, allies, { ...base, seed: 3, simulator: small });
      await expect(third).rejects.toThrow(PoolBusyError);
      const [a, b] = await Promise.all([first, second]);
      expect(a.seed).toBe(1);
      expect(b.seed).toBe(2);
      expect(small.queued).toBe(0);
      const fourth = await runOdds(data, allies, { ...base, seed: 4, simulator: small });
      expect(fourth.allies).toHaveLength(allies.length);
    } finally {
      await small.close();
    }
  });
});
