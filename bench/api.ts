/**
 * API speed, side by side: /api/status under 50 concurrent connections against a bare Fastify
 * route that sends the same JSON body with no validation, caching or headers of ours, both
 * started in this script and loaded in turn by autocannon in a separate process.
 * Targets: p99 under 10 ms, and at least half the bare route's requests per second.
 * Then the same load again while one client asks for uncached odds, one after another (each a
 * new seed): simulations run on the worker threads, so other routes keep at least a quarter of
 * their idle rate.
 *
 * Usage: npm run bench:api [-- --seconds N]
 */
import { spawnSync } from "node:child_process";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import Fastify from "fastify";
import { loadDataset } from "../src/node/load-dataset.ts";
import { SimulationPool } from "../src/node/simulation-pool.ts";
import { buildServer } from "../src/server/app.ts";

const { values } = parseArgs({ options: { seconds: { type: "string", default: "8" } } });
const seconds = Number(values.seconds);
const CONNECTIONS = 50;
const autocannon = fileURLToPath(
  new URL("../node_modules/autocannon/autocannon.js", import.meta.url),
);

// as `pledgewatch serve` sets it up: every core simulates, this thread answers requests
const pool = new SimulationPool(availableParallelism(), { callerWorks: false, maxQueued: 4 });
const app = await buildServer({ dataset: loadDataset(), webDir: "/nonexistent", pool });
const ours = await app.listen({ port: 0, host: "127.0.0.1" });
const body = (await app.inject({ method: "GET", url: "/api/status" })).body;

const bare = Fastify();
bare.get("/api/status", (_request, reply) =>
  reply.type("application/json; charset=utf-8").send(body),
);
const bareUrl = await bare.listen({ port: 0, host: "127.0.0.1" });

interface Result {
  requests: { average: number };
  latency: { p50: number; p99: number; max: number };
  non2xx: number;
  errors: number;
}

async function load(url: string): Promise<Result> {
  // autocannon runs in its own process so it does not share this event loop with the server
  const { execPath } = process;
  const run = () =>
    new Promise<Result>((resolve, reject) => {
      const child = spawnSyncAsync(execPath, [
        autocannon,
        "-c",
        String(CONNECTIONS),
        "-d",
        String(seconds),
        "-j",
        url,
      ]);
      child.then((out) => resolve(JSON.parse(out) as Result), reject);
    });
  return run();
}

function spawnSyncAsync(cmd: string, args: string[]): Promise<string> {
  return import("node:child_process").then(
    ({ spawn }) =>
      new Promise((resolve, reject) => {
        const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "ignore"] });
        let out = "";
        child.stdout.on("data", (d) => {
          out += d;
        });
        child.on("error", reject);
        child.on("close", (code) =>
          code === 0 ? resolve(out) : reject(new Error(`autocannon exit ${code}`)),
        );
      }),
  );
}

// warm both up briefly (JIT, the answer cache)
spawnSync(process.execPath, [autocannon, "-c", "10", "-d", "1", `${ours}/api/status`], {
  stdio: "ignore",
});
const bareResult = await load(`${bareUrl}/api/status`);
const ourResult = await load(`${ours}/api/status`);

// one client asking for uncached odds, serially, during a second load of /api/status
let stop = false;
let oddsAnswered = 0;
const oddsClient = (async () => {
  for (let seed = 1; !stop; seed++) {
    const r = await fetch(`${ours}/api/odds?paths=10000&seed=${seed}`);
    await r.arrayBuffer();
    if (r.ok) oddsAnswered++;
  }
})();
const busyResult = await load(`${ours}/api/status`);
stop = true;
await oddsClient;
await app.close();
await pool.close();
await bare.close();

const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");
const ratio = ourResult.requests.average / bareResult.requests.average;
console.log(
  `API benchmark: ${CONNECTIONS} connections, ${seconds} s each, body ${(body.length / 1024).toFixed(1)} KB`,
);
console.log("");
console.log("                         req/s    p50 ms   p99 ms   max ms   errors");
for (const [name, r] of [
  ["bare Fastify route", bareResult],
  ["/api/status", ourResult],
  ["... during odds", busyResult],
] as const) {
  console.log(
    `  ${name.padEnd(20)} ${r.requests.average.toFixed(0).padStart(7)}  ${r.latency.p50.toFixed(1).padStart(7)}  ${r.latency.p99.toFixed(1).padStart(7)}  ${r.latency.max.toFixed(1).padStart(7)}   ${r.errors + r.non2xx}`,
  );
}
console.log("");
console.log(
  `  /api/status p99                  ${ourResult.latency.p99.toFixed(1)} ms  (target < 10 ms)   ${verdict(ourResult.latency.p99 < 10)}`,
);
console.log(
  `  /api/status / bare, req/s        ${ratio.toFixed(2)}x     (target >= 0.50)  ${verdict(ratio >= 0.5)}`,
);
const busyRatio = busyResult.requests.average / ourResult.requests.average;
console.log(
  `  during odds / idle, req/s        ${busyRatio.toFixed(2)}x     (target >= 0.25)  ${verdict(busyRatio >= 0.25)}   (${oddsAnswered} odds answered meanwhile)`,
);
