import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { STATUS_CODES } from "node:http";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import type { Dataset } from "../data/dataset.ts";
import { toCsv } from "../data/to-csv.ts";
import { isInputError } from "../input/error-kinds.ts";
import { InputError } from "../input/limits.ts";
import { loadScenario } from "../node/load-scenario.ts";
import { DEFAULT_DATA_DIR } from "../node/read-data.ts";
import { PoolBusyError, type SimulationPool } from "../node/simulation-pool.ts";
import type { Scenario } from "../projection/scenario.ts";
import type { Store } from "../store/store.ts";
import { docsPage, openApiDocument } from "./openapi.ts";
import { badRequest, ProblemError } from "./problem.ts";
import { REVIEW_OPENAPI, registerReview } from "./review-routes.ts";
import { ROUTES } from "./routes.ts";

export const WEB_DIST = fileURLToPath(new URL("../../web/dist/", import.meta.url));
const VERSION = (
  JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    version: string;
  }
).version;

export interface ServerOptions {
  readonly dataset: Dataset;
  /** Origins allowed to call the API from a browser; none by default (CORS off). */
  readonly corsOrigins?: readonly string[];
  /** Threads for /api/odds, started once. */
  readonly pool?: SimulationPool;
  /** Serve the dashboard from this folder (default web/dist, when built). */
  readonly webDir?: string;
  /** The data package's folder, published at /data/ for the dashboard (default data/). */
  readonly dataDir?: string;
  readonly logger?: boolean;
  /** Let the server fetch pages at private and loopback addresses for /api/ingest/url. */
  readonly allowPrivateFetch?: boolean;
  /** Scenario files (.yaml, .yml, .json) offered at /api/scenarios; default: scenarios/. */
  readonly scenarioDir?: string;
  /** The user's store: articles and claims to review; without it those endpoints are absent. */
  readonly store?: Store;
  /** Bearer token for the write endpoints; none: writes are off. */
  readonly token?: string;
}

const CACHE = "public, max-age=300";
/** What a client asked to wait when the simulation queue is full. */
const RETRY_AFTER_S = 5;

/**
 * Sent with every answer. The dashboard loads only its own files; Vega compiles chart
 * expressions with Function(), hence 'unsafe-eval'; charts set inline styles.
 */
const SECURITY_HEADERS = {
  "Content-Security-Policy":
    "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "no-referrer",
};

interface Rendered {
  readonly type: string;
  /** Encoded once: a cached answer is sent as the same bytes every time. */
  readonly body: Buffer;
  readonly etag: string;
}

function rendered(type: string, text: string): Rendered {
  const body = Buffer.from(text, "utf8");
  return { type, body, etag: `"${createHash("sha1").update(body).digest("base64url")}"` };
}

function send(request: FastifyRequest, reply: FastifyReply, r: Rendered) {
  reply.header("ETag", r.etag).header("Cache-Control", CACHE).header("Vary", "Accept");
  if (request.headers["if-none-match"] === r.etag) return reply.code(304).send();
  return reply.type(r.type).send(r.body);
}

/**
 * Answers computed once per distinct request: the Dataset never changes while the server runs,
 * so the same route, parameters and format always give the same bytes.
 */
class AnswerCache {
  readonly #entries = new Map<string, Rendered>();

  clear(): void {
    this.#entries.clear();
  }

  readonly #limit: number;

  constructor(limit: number) {
    this.#limit = limit;
  }

  async get(key: string, make: () => Promise<Rendered>): Promise<Rendered> {
    const hit = this.#entries.get(key);
    if (hit) return hit;
    const value = await make();
    if (this.#entries.size >= this.#limit) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    this.#entries.set(key, value);
    return value;
  }
}

function problem(reply: FastifyReply, request: FastifyRequest, error: ProblemError) {
  return reply
    .code(error.status)
    .header("Cache-Control", "no-store")
    .type("application/problem+json")
    .send(JSON.stringify(error.body(request.url)));
}

export const SCENARIO_DIR = fileURLToPath(new URL("../../scenarios/", import.meta.url));

/** The scenario files of a folder, by name (file name without its extension). */
function bundledScenarios(dir: string): Map<string, Scenario> {
  const found = new Map<string, Scenario>();
  if (!existsSync(dir)) return found;
  for (const file of readdirSync(dir).sort()) {
    const name = file.replace(/\.(ya?ml|json)$/i, "");
    if (name !== file) found.set(name, loadScenario(join(dir, file)));
  }
  return found;
}

/** A shorter bearer token could be guessed. */
export const MIN_TOKEN_LENGTH = 16;

/** The HTTP API (and the dashboard, when built) over one loaded Dataset. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  if (options.token !== undefined && options.token.length < MIN_TOKEN_LENGTH) {
    throw new InputError(
      "PLEDGEWATCH_TOKEN",
      `PLEDGEWATCH_TOKEN is ${options.token.length} characters: give at least ${MIN_TOKEN_LENGTH} (e.g. \`openssl rand -hex 24\`)`,
    );
  }
  const app = Fastify({
    logger: options.logger ?? false,
    // a malformed URL or an over-long path parameter is refused before any hook runs: answer it
    // in the same shape, with the same headers, as every other error
    frameworkErrors: (error, request, reply) => {
      const status = (error as { statusCode?: number }).statusCode ?? 400;
      reply.headers(SECURITY_HEADERS);
      return problem(
        reply,
        request,
        new ProblemError(
          status,
          STATUS_CODES[status] ?? "Bad request",
          status === 414 ? "a path parameter is too long" : "the URL could not be read",
        ),
      );
    },
  });
  const doc = openApiDocument(ROUTES, VERSION);
  const origins = new Set(options.corsOrigins ?? []);
  const cache = new AnswerCache(1000);
  const scenarios = bundledScenarios(options.scenarioDir ?? SCENARIO_DIR);

  app.addHook("onRequest", async (request, reply) => {
    reply.headers(SECURITY_HEADERS);
    const origin = request.headers.origin;
    if (origin && origins.has(origin)) {
      reply.header("Access-Control-Allow-Origin", origin).header("Vary", "Origin");
    }
  });

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof ProblemError) return problem(reply, request, error);
    if (error instanceof InputError) {
      return problem(
        reply,
        request,
        badRequest(error.message, [{ parameter: error.field, expected: error.message }]),
      );
    }
    if (isInputError(error)) return problem(reply, request, badRequest(error.message));
    if (error instanceof PoolBusyError) {
      reply.header("Retry-After", String(RETRY_AFTER_S));
      return problem(
        reply,
        request,
        new ProblemError(
          503,
          "Busy",
          `the simulation threads are busy (${error.message}): try again in ${RETRY_AFTER_S} s`,
        ),
      );
    }
    // Fastify's own errors for what a client sent (bad JSON, a body too large, an unknown
    // content type, a forbidden static path) keep their 4xx status and message.
    const status = (error as { statusCode?: number }).statusCode;
    if (status !== undefined && status >= 400 && status < 500) {
      return problem(
        reply,
        request,
        new ProblemError(status, STATUS_CODES[status] ?? "Client error", (error as Error).message),
      );
    }
    request.log.error(error);
    return problem(
      reply,
      request,
      new ProblemError(500, "Internal error", "the server could not answer this request"),
    );
  });
  app.setNotFoundHandler((request, reply) =>
    problem(
      reply,
      request,
      new ProblemError(404, "Not found", `no resource at ${request.url}; see /api/docs`),
    ),
  );

  for (const route of ROUTES) {
    const handler = async (request: FastifyRequest, reply: FastifyReply, csv: boolean) => {
      const parsed = route.query.safeParse(request.query);
      if (!parsed.success) {
        const errors = parsed.error.issues.map((i) => ({
          parameter:
            i.path.length > 0
              ? i.path.join(".")
              : ((i as { keys?: string[] }).keys ?? []).join(", "),
          expected: i.code === "unrecognized_keys" ? "no such parameter" : i.message,
        }));
        throw badRequest(
          `bad query parameter${errors.length > 1 ? "s" : ""}: ${errors.map((e) => `${e.parameter} (${e.expected})`).join("; ")}`,
          errors,
        );
      }
      const wantsCsv = csv || (request.headers.accept ?? "").includes("text/csv");
      const params = request.params as Record<string, string>;
      const key = JSON.stringify([route.path, params, parsed.data, wantsCsv]);
      const answer = await cache.get(key, async () => {
        const a = await route.handler(
          { query: parsed.data, params },
          { dataset: options.dataset, pool: options.pool, store: options.store, scenarios },
        );
        return wantsCsv && a.table
          ? rendered("text/csv; charset=utf-8", toCsv(a.table))
          : rendered("application/json; charset=utf-8", JSON.stringify(a.json));
      });
      return send(request, reply, answer);
    };
    app.get(route.path, (request, reply) => handler(request, reply, false));
    const csvPath = route.path.includes(":")
      ? `${route.path.replace(/(:\w+)$/, "$1.csv")}`
      : `${route.path}.csv`;
    app.get(csvPath, (request, reply) => handler(request, reply, true));
  }

  if (options.store) {
    registerReview(app, {
      store: options.store,
      dataset: options.dataset,
      token: options.token,
      onWrite: () => cache.clear(),
      allowPrivateFetch: options.allowPrivateFetch,
    });
    Object.assign(doc.paths, REVIEW_OPENAPI);
  }
  const openapi = rendered("application/json; charset=utf-8", JSON.stringify(doc));
  const docs = rendered("text/html; charset=utf-8", docsPage(doc));
  app.get("/api/openapi.json", (request, reply) => send(request, reply, openapi));
  app.get("/api/docs", (request, reply) => send(request, reply, docs));

  // The dashboard builds its Dataset from the same files, with the same engine code.
  await app.register(fastifyStatic, {
    root: options.dataDir ?? DEFAULT_DATA_DIR,
    prefix: "/data/",
    decorateReply: false,
    maxAge: 300_000,
  });
  const webDir = options.webDir ?? WEB_DIST;
  if (existsSync(webDir)) {
    await app.register(fastifyStatic, { root: webDir, prefix: "/", index: ["index.html"] });
  } else {
    app.get("/", (_request, reply) =>
      reply
        .type("text/html; charset=utf-8")
        .send(
          '<!doctype html><meta charset="utf-8"><title>pledgewatch</title><p>The dashboard is not built: run <code>npm run build</code>. The API is at <a href="/api/docs">/api/docs</a>.</p>',
        ),
    );
  }
  return app;
}
