import { z } from "zod";
import type { Route } from "./routes.ts";

/** The OpenAPI 3.1 document, generated from the same schemas that validate requests. */
export function openApiDocument(routes: readonly Route[], version: string) {
  const paths: Record<string, unknown> = {};
  for (const r of routes) {
    const schema = z.toJSONSchema(r.query, { io: "input", unrepresentable: "any" }) as {
      properties?: Record<string, { description?: string } & Record<string, unknown>>;
    };
    const query = Object.entries(schema.properties ?? {}).map(([name, s]) => {
      const { description, ...rest } = s;
      return { name, in: "query", required: false, description, schema: rest };
    });
    const params = Object.entries(r.params ?? {}).map(([name, description]) => ({
      name,
      in: "path",
      required: true,
      description,
      schema: { type: "string" },
    }));
    const openPath = r.path.replace(/:(\w+)/g, "{$1}");
    paths[openPath] = {
      get: {
        summary: r.summary,
        parameters: [...params, ...query],
        responses: {
          "200": {
            description: "JSON; CSV of the table with Accept: text/csv or a .csv suffix",
            content: { "application/json": {}, "text/csv": {} },
          },
          "304": { description: "Not modified (If-None-Match matched the ETag)" },
          "400": { description: "Bad parameter", content: { "application/problem+json": {} } },
          "404": {
            description: "Unknown ally, source or chart",
            content: { "application/problem+json": {} },
          },
        },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "pledgewatch API",
      version,
      description:
        "NATO allies' defence spending against what they promised. Every figure carries its source ids; see /api/sources.",
    },
    paths,
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
  };
}

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

/** A plain human page from the OpenAPI document. */
export function docsPage(doc: ReturnType<typeof openApiDocument>): string {
  const sections = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(
      item as Record<
        string,
        { summary: string; parameters?: { name: string; in: string; description?: string }[] }
      >,
    ).map(([method, op]) => {
      const rows = (op.parameters ?? [])
        .map(
          (p) =>
            `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${p.in}</td><td>${escapeHtml(p.description ?? "")}</td></tr>`,
        )
        .join("");
      return `<section><h2><code>${method.toUpperCase()} ${escapeHtml(path)}</code></h2><p>${escapeHtml(op.summary)}</p>${rows ? `<table><tr><th>parameter</th><th>in</th><th>meaning</th></tr>${rows}</table>` : ""}</section>`;
    }),
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>pledgewatch API</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}code{background:#f6f8fa;padding:0 .2em}table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:.2em .5em;text-align:left}</style></head>
<body><h1>pledgewatch API</h1><p>${escapeHtml(doc.info.description)} Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a>. <a href="/">Dashboard</a>.</p>
<p>Every table endpoint also answers in CSV: send <code>Accept: text/csv</code> or add <code>.csv</code> to the path. Errors are RFC 9457 <code>application/problem+json</code>.</p>
${sections.join("\n")}</body></html>`;
}
