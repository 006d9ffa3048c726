import { timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import type { Dataset } from "../data/dataset.ts";
import { FetchError } from "../intake/fetch.ts";
import { prepareUrl } from "../intake/intake.ts";
import { acceptIntoRegistry, EDITABLE } from "../store/acceptance.ts";
import { MAX_ARTICLE_BYTES, prepareArticle, readingNotes } from "../store/ingest.ts";
import { registry } from "../store/registry.ts";
import { type ArticleInput, type Store, StoreError } from "../store/store.ts";
import { badRequest, ProblemError } from "./problem.ts";

/** Listings come in pages: a client asks for the next one, no answer grows without bound. */
export const PAGE = { default: 50, max: 500 } as const;

const pageFields = {
  limit: z.coerce
    .number({ error: "a whole number" })
    .int("a whole number")
    .min(1, "at least 1")
    .max(PAGE.max, `at most ${PAGE.max}`)
    .default(PAGE.default)
    .describe(`rows per page (default ${PAGE.default}, at most ${PAGE.max})`),
  offset: z.coerce
    .number({ error: "a whole number" })
    .int("a whole number")
    .min(0, "0 or more")
    .default(0)
    .describe("rows to skip (default 0)"),
};

export const claimsQuery = z
  .object({
    status: z
      .enum(["pending", "accepted", "rejected"])
      .optional()
      .describe("only claims with this status"),
    ...pageFields,
  })
  .strict();

export const articlesQuery = z.object(pageFields).strict();

export const ingestBody = z
  .object({
    articles: z
      .array(
        z
          .object({
            text: z.string().min(1, "the article's text"),
            date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD"),
            source: z
              .string()
              .refine((v) => /^https?:\/\//i.test(v), "an http or https URL")
              .optional(),
            format: z.enum(["text", "markdown", "html"]).default("text"),
            name: z.string().optional().describe("a name for the article, e.g. its file name"),
          })
          .strict(),
      )
      .min(1, "at least one article")
      .max(500, "at most 500 articles a request"),
  })
  .strict();

export const ingestUrlBody = z
  .object({
    url: z
      .string()
      .regex(/^https?:\/\//i, "an http:// or https:// URL")
      .max(2000, "at most 2,000 characters"),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD")
      .optional()
      .describe("the publication date; default: the page's metadata"),
    source: z.string().url("a URL").optional().describe("default: the address read"),
  })
  .strict();

export const acceptBody = z.object({ edits: EDITABLE.default({}) }).strict();

/** Write endpoints: off unless a token is configured; then `Authorization: Bearer <token>`. */
function authorise(request: FastifyRequest, token: string | undefined): void {
  if (!token) {
    throw new ProblemError(
      403,
      "Writes are off",
      "this server has no token: start it with PLEDGEWATCH_TOKEN set to allow writes",
    );
  }
  checkToken(request, token);
}

/**
 * Reads of the store (articles as published, claims nobody has reviewed yet): open when the
 * server has no token, as on one's own machine; once a token is set, they need it too.
 */
function authoriseRead(request: FastifyRequest, token: string | undefined): void {
  if (token) checkToken(request, token);
}

function checkToken(request: FastifyRequest, token: string): void {
  const header = request.headers.authorization ?? "";
  // the scheme is case-insensitive (RFC 9110 11.1)
  const given = /^bearer +(\S+)\s*$/i.exec(header)?.[1];
  if (!given) throw new ProblemError(401, "Token required", "send Authorization: Bearer <token>");
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    throw new ProblemError(403, "Wrong token", "the bearer token does not match this server's");
  }
}

function parsed<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const errors = r.error.issues.map((i) => ({
    parameter: `${where}${i.path.length ? `.${i.path.join(".")}` : ""}`,
    expected: i.message,
  }));
  throw badRequest(errors.map((e) => `${e.parameter}: ${e.expected}`).join("; "), errors);
}

/**
 * Articles and claims (read), ingest and review (write). Store-backed answers are never
 * cached; `onWrite` lets the server drop its cached answers after a change.
 */
export function registerReview(
  app: FastifyInstance,
  options: {
    store: Store;
    dataset: Dataset;
    token?: string;
    onWrite: () => void;
    /** Let POST /api/ingest/url fetch private and loopback addresses (off by default). */
    allowPrivateFetch?: boolean;
  },
): void {
  const { store } = options;
  const noStore = { "Cache-Control": "no-store" };
  app.get("/api/articles", (request, reply) => {
    authoriseRead(request, options.token);
    const q = parsed(articlesQuery, request.query, "query");
    return reply.headers(noStore).send({
      total: store.countArticles(),
      limit: q.limit,
      offset: q.offset,
      articles: store.articles(q),
    });
  });
  app.get("/api/articles/:id", (request, reply) => {
    authoriseRead(request, options.token);
    const id = Number((request.params as { id: string }).id);
    const article = Number.isSafeInteger(id) ? store.article(id) : undefined;
    if (article === undefined) throw new ProblemError(404, "Unknown article", `no article ${id}`);
    return reply.headers(noStore).send(article);
  });
  app.get("/api/claims", (request, reply) => {
    authoriseRead(request, options.token);
    const q = parsed(claimsQuery, request.query, "query");
    return reply.headers(noStore).send({
      total: store.countClaims(q.status),
      limit: q.limit,
      offset: q.offset,
      claims: store.claims(q.status, q),
    });
  });
  app.get("/api/registry", (_request, reply) =>
    reply.headers(noStore).send({
      pledges: registry(options.dataset, store.userPledges(), store.pledgeLinks()),
    }),
  );

  const write = (work: () => unknown) => {
    try {
      const result = work();
      options.onWrite();
      return result;
    } catch (error) {
      if (error instanceof StoreError) throw badRequest(error.message);
      throw error;
    }
  };
  // a batch of articles may be larger than the default 1 MB body; each article is capped
  app.post("/api/ingest", { bodyLimit: 4 * MAX_ARTICLE_BYTES }, (request, reply) => {
    authorise(request, options.token);
    const body = parsed(ingestBody, request.body, "body");
    const prepared = body.articles.map((a, i) =>
      prepareArticle(a.name ?? `article-${i + 1}`, a.text, a.format, {
        date: a.date,
        source: a.source,
      }),
    );
    const bad = prepared.filter((p) => "reason" in p);
    if (bad.length > 0) {
      throw badRequest(
        "nothing was stored: some articles could not be read",
        bad.map((b) => ({
          parameter: `body.articles[${b.file}]`,
          expected: (b as { reason: string }).reason,
        })),
      );
    }
    const inputs = prepared.filter((p) => !("reason" in p)) as ArticleInput[];
    const result = write(() => store.ingest(inputs)) as ReturnType<Store["ingest"]>;
    const notes = readingNotes(inputs);
    return reply
      .code(201)
      .headers(noStore)
      .send({ ...result, notes });
  });
  app.post("/api/ingest/url", async (request, reply) => {
    authorise(request, options.token);
    const body = parsed(ingestUrlBody, request.body, "body");
    let fetched: Awaited<ReturnType<typeof prepareUrl>>;
    try {
      fetched = await prepareUrl(body.url, {
        date: body.date,
        source: body.source,
        allowPrivate: options.allowPrivateFetch ?? false,
      });
    } catch (error) {
      if (error instanceof FetchError) throw badRequest(error.message);
      throw error;
    }
    if ("reason" in fetched.article) {
      throw badRequest(`nothing was stored: ${fetched.article.reason}`, [
        { parameter: "body.url", expected: fetched.article.reason },
      ]);
    }
    const article = fetched.article;
    const result = write(() => store.ingest([article])) as ReturnType<Store["ingest"]>;
    const notes = readingNotes([article]);
    return reply
      .code(201)
      .headers(noStore)
      .send({
        ...result,
        notes,
        url: fetched.url,
        title: fetched.title,
        readerView: fetched.readerView,
      });
  });
  app.post("/api/claims/:id/accept", (request, reply) => {
    authorise(request, options.token);
    const id = Number((request.params as { id: string }).id);
    const body = parsed(acceptBody, request.body ?? {}, "body");
    const accepted = write(() =>
      acceptIntoRegistry(store, options.dataset, id, body.edits),
    ) as ReturnType<typeof acceptIntoRegistry>;
    return reply
      .headers(noStore)
      .send(
        accepted.outcome === "added"
          ? { outcome: "added", pledge: accepted.pledge }
          : { outcome: "linked", linkedTo: accepted.linkedTo },
      );
  });
  app.post("/api/claims/:id/reject", (request, reply) => {
    authorise(request, options.token);
    const id = Number((request.params as { id: string }).id);
    write(() => store.reject(id));
    return reply.headers(noStore).send({ claim: store.claim(id) });
  });
}

/** The write and store endpoints, for the OpenAPI document. */
export const REVIEW_OPENAPI = {
  "/api/articles": {
    get: {
      summary: "Ingested articles, a page at a time; needs the bearer token when one is set",
      parameters: (["limit", "offset"] as const).map((name) => ({
        name,
        in: "query",
        schema: z.toJSONSchema(articlesQuery.shape[name], { io: "input" }),
      })),
    },
  },
  "/api/articles/{id}": {
    get: { summary: "One article with its text; needs the bearer token when one is set" },
  },
  "/api/claims": {
    get: {
      summary:
        "Extracted claims, by status, a page at a time; needs the bearer token when one is set",
      parameters: (["status", "limit", "offset"] as const).map((name) => ({
        name,
        in: "query",
        schema: z.toJSONSchema(claimsQuery.shape[name], { io: "input" }),
      })),
    },
  },
  "/api/registry": { get: { summary: "The registry: bundled pledges and accepted claims" } },
  "/api/ingest": {
    post: {
      summary: "Ingest articles (all or nothing); needs the bearer token",
      security: [{ bearer: [] }],
      requestBody: {
        content: { "application/json": { schema: z.toJSONSchema(ingestBody, { io: "input" }) } },
      },
    },
  },
  "/api/ingest/url": {
    post: {
      summary:
        "Fetch a page (http/https; private addresses refused unless allowed) and ingest its main text; needs the bearer token",
      security: [{ bearer: [] }],
      requestBody: {
        content: {
          "application/json": { schema: z.toJSONSchema(ingestUrlBody, { io: "input" }) },
        },
      },
    },
  },
  "/api/claims/{id}/accept": {
    post: {
      summary:
        "Accept a claim as a registry pledge, or as a further source of the same pledge (ally, share, year) already there; needs the bearer token",
      security: [{ bearer: [] }],
      requestBody: {
        content: { "application/json": { schema: z.toJSONSchema(acceptBody, { io: "input" }) } },
      },
    },
  },
  "/api/claims/{id}/reject": {
    post: { summary: "Reject a claim; needs the bearer token", security: [{ bearer: [] }] },
  },
};
