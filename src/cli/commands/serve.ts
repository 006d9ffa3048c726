import { availableParallelism } from "node:os";
import { SimulationPool } from "../../node/simulation-pool.ts";
import { buildServer, MIN_TOKEN_LENGTH } from "../../server/app.ts";
import { COMMON_OPTIONS, type Command } from "../command.ts";
import { UsageError } from "../io.ts";

/** Simulations that may wait for the threads; more are answered 503 with Retry-After. */
const MAX_QUEUED_SIMULATIONS = 4;

/** Why the server could not start listening, in words a user can act on. */
function listenFailure(error: unknown, port: number, host: string): unknown {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === "EADDRINUSE")
    return new UsageError(`port ${port} is in use on ${host}: choose another with --port`);
  if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND" || code === "EAI_AGAIN")
    return new UsageError(`cannot listen on --host ${host}: not an address of this machine`);
  if (code === "EACCES")
    return new UsageError(`port ${port} needs privileges: choose one above 1023 with --port`);
  return error;
}

import { openStore } from "../store-option.ts";

export const serveCommand: Command = {
  name: "serve",
  usage: "pledgewatch serve [--port N] [--host H] [--cors ORIGIN ...] [--allow-private-fetch]",
  help: `  --port N         port (default 8080; 0 picks a free one)
  --host H         address to listen on (default 127.0.0.1: this machine only)
  --cors ORIGIN    allow a browser origin to call the API (repeatable); default: none
  --db PATH        the store of ingested articles and claims (default: $PLEDGEWATCH_DB, else
                   ~/.local/share/pledgewatch/pledgewatch.db)

  --allow-private-fetch
                   let "Add an article" (POST /api/ingest/url) fetch pages at private,
                   loopback and link-local addresses; off by default, so that a remote user
                   cannot make the server read this machine's or its network's pages

Write endpoints (ingest, accept, reject) need PLEDGEWATCH_TOKEN set when the server starts, and
then "Authorization: Bearer <token>"; without a token they are off.
  --data DIR       read the data package from DIR
  -h, --help       this help

The API's documentation is at /api/docs once it runs; the dashboard at /.`,
  options: {
    port: { type: "string" },
    host: { type: "string" },
    cors: { type: "string", multiple: true },
    db: { type: "string" },
    "allow-private-fetch": { type: "boolean", default: false },
    data: COMMON_OPTIONS.data,
    help: COMMON_OPTIONS.help,
  },
  positionals: { min: 0, max: 0 },
  async run(values, _positionals, { io, dataset, dataDir }) {
    const port = values.port === undefined ? 8080 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new UsageError(`--port takes a port number 0-65535 (got "${values.port}")`);
    }
    const host = typeof values.host === "string" ? values.host : "127.0.0.1";
    if (host.trim() === "") {
      throw new UsageError(
        "--host takes an address (127.0.0.1 for this machine only, 0.0.0.0 for every interface)",
      );
    }
    const token = io.env.PLEDGEWATCH_TOKEN || undefined;
    if (token !== undefined && token.length < MIN_TOKEN_LENGTH) {
      throw new UsageError(
        `PLEDGEWATCH_TOKEN is ${token.length} characters: give at least ${MIN_TOKEN_LENGTH} (e.g. \`openssl rand -hex 24\`)`,
      );
    }
    // Data and store first: if either fails, no thread has been started to keep the process up.
    const data = await dataset();
    const store = openStore(values, io);
    // Every core simulates; this thread stays free to answer other requests meanwhile.
    const pool = new SimulationPool(availableParallelism(), {
      callerWorks: false,
      maxQueued: MAX_QUEUED_SIMULATIONS,
    });
    let app: Awaited<ReturnType<typeof buildServer>> | undefined;
    let address: string;
    try {
      app = await buildServer({
        dataset: data,
        dataDir,
        corsOrigins: Array.isArray(values.cors) ? values.cors : [],
        pool,
        store,
        token,
        allowPrivateFetch: values["allow-private-fetch"] === true,
      });
      address = await app.listen({ port, host });
    } catch (error) {
      await app?.close();
      await pool.close();
      store.close();
      throw listenFailure(error, port, host);
    }
    const server = app;
    io.err(
      `pledgewatch: serving the dashboard at ${address}/ and the API at ${address}/api/docs (Ctrl-C stops)\n`,
    );
    await new Promise<void>((resolve) => {
      const stop = () => {
        void server
          .close()
          .then(() => pool.close())
          .then(() => store.close())
          .then(() => resolve());
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
    return 0;
  },
};
