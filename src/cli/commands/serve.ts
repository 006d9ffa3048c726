import { availableParallelism } from "node:os";
import { SimulationPool } from "../../projection/odds.ts";
import { buildServer } from "../../server/app.ts";
import { COMMON_OPTIONS, type Command } from "../command.ts";
import { UsageError } from "../io.ts";
import { openStore } from "../store-option.ts";

export const serveCommand: Command = {
  name: "serve",
  summary: "the HTTP API and the dashboard on the bundled data (127.0.0.1 by default)",
  usage: "pledgewatch serve [--port N] [--host H] [--cors ORIGIN ...]",
  help: `  --port N         port (default 8080; 0 picks a free one)
  --host H         address to listen on (default 127.0.0.1: this machine only)
  --cors ORIGIN    allow a browser origin to call the API (repeatable); default: none
  --db PATH        the store of ingested articles and claims (default: $PLEDGEWATCH_DB, else
                   ~/.local/share/pledgewatch/pledgewatch.db)

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
    const pool = new SimulationPool(availableParallelism());
    const store = openStore(values, io);
    const app = await buildServer({
      dataset: dataset(),
      dataDir,
      corsOrigins: Array.isArray(values.cors) ? values.cors : [],
      pool,
      store,
      token: io.env.PLEDGEWATCH_TOKEN || undefined,
    });
    const address = await app.listen({ port, host });
    io.err(
      `pledgewatch: serving the dashboard at ${address}/ and the API at ${address}/api/docs (Ctrl-C stops)\n`,
    );
    await new Promise<void>((resolve) => {
      const stop = () => {
        void app
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
