import { useCallback, useEffect, useState } from "react";
import type { StoredClaim } from "../../../src/store/store.ts";
import { AddArticle } from "./AddArticle.tsx";
import type { PageProps } from "./props.ts";

interface Article {
  readonly id: number;
  readonly text: string;
}

const TOKEN_KEY = "pledgewatch-token";
/** Claims shown a page at a time: each page loads only its own articles. */
const PAGE_SIZE = 50;

/** The claim's sentence in its article, marked; React escapes all of it: text, never HTML. */
function Evidence({ claim, article }: { claim: StoredClaim; article: Article | undefined }) {
  if (!article)
    return (
      <blockquote>
        <mark>{claim.sentence}</mark>
      </blockquote>
    );
  const before = article.text.slice(Math.max(0, claim.start - 160), claim.start);
  const after = article.text.slice(claim.end, claim.end + 160);
  return (
    <blockquote>
      {claim.start > 160 ? "…" : ""}
      {before}
      <mark>{article.text.slice(claim.start, claim.end)}</mark>
      {after}
      {claim.end + 160 < article.text.length ? "…" : ""}
    </blockquote>
  );
}

function summary(c: StoredClaim): string {
  if (c.kind === "horizon")
    return `Threat horizon: ${c.horizonYear}${c.threat ? ` · ${c.threat}` : ""} ("${c.phrase}")`;
  return [
    c.stance ?? "target",
    c.ally ?? "no ally",
    c.sharePct === null ? null : `${c.sharePct}% of GDP`,
    c.amountBn === null ? null : `${c.currency ?? ""} ${c.amountBn}bn`,
    c.targetYear === null ? (c.annually ? "annually" : "no year") : `by ${c.targetYear}`,
    c.basis ? `basis: ${c.basis}` : null,
  ]
    .filter(Boolean)
    .join(" · ");
}

export function ReviewPage({ params, update }: PageProps) {
  const status = params.get("status") ?? "pending";
  const offset = Math.max(0, Number(params.get("offset") ?? 0) || 0);
  const [claims, setClaims] = useState<StoredClaim[] | null>(null);
  const [total, setTotal] = useState(0);
  const [articles, setArticles] = useState<Map<number, Article>>(new Map());
  const [message, setMessage] = useState<string | null>(null);
  const [token, setToken] = useState(() => sessionStorage.getItem(TOKEN_KEY) ?? "");

  const load = useCallback(async () => {
    // a server with a token wants it for reading claims and articles too
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    const r = await fetch(
      `/api/claims?status=${encodeURIComponent(status)}&limit=${PAGE_SIZE}&offset=${offset}`,
      { headers },
    );
    if (!r.ok) {
      setMessage(
        r.status === 404
          ? "This server has no store of articles."
          : r.status === 401 || r.status === 403
            ? "This server needs its token to show claims: enter it above."
            : `Could not load claims: HTTP ${r.status}`,
      );
      setClaims([]);
      return;
    }
    const page = (await r.json()) as { claims: StoredClaim[]; total: number };
    setClaims(page.claims);
    setTotal(page.total);
    const ids = [...new Set(page.claims.map((c) => c.articleId))];
    const loaded = await Promise.all(
      ids.map(async (id) => {
        const a = await fetch(`/api/articles/${id}`, { headers });
        return a.ok ? ((await a.json()) as Article) : undefined;
      }),
    );
    setArticles(new Map(loaded.filter((a): a is Article => a !== undefined).map((a) => [a.id, a])));
  }, [status, offset, token]);

  useEffect(() => {
    void load();
  }, [load]);

  const decide = async (id: number, decision: "accept" | "reject") => {
    const r = await fetch(`/api/claims/${id}/${decision}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(decision === "accept" ? { edits: {} } : {}),
    });
    const body = (await r.json()) as {
      detail?: string;
      outcome?: "added" | "linked";
      linkedTo?: { pledge: { id: string } };
    };
    setMessage(
      r.ok
        ? body.outcome === "linked"
          ? `Claim ${id} accepted as a further source of pledge ${body.linkedTo?.pledge.id}, already in the registry.`
          : `Claim ${id} ${decision === "accept" ? "accepted" : "rejected"}.`
        : `Claim ${id}: ${body.detail ?? `HTTP ${r.status}`}`,
    );
    if (r.ok) void load();
  };

  return (
    <>
      <h1>Review extracted claims</h1>
      <form className="controls" onSubmit={(e) => e.preventDefault()} aria-label="Claims to show">
        <label>
          Status
          <select
            value={status}
            onChange={(e) =>
              update({ status: e.target.value === "pending" ? null : e.target.value, offset: null })
            }
          >
            <option value="pending">pending</option>
            <option value="accepted">accepted</option>
            <option value="rejected">rejected</option>
          </select>
        </label>
        <label>
          Token (if the server has one)
          <input
            type="password"
            autoComplete="off"
            value={token}
            onChange={(e) => {
              setToken(e.target.value);
              sessionStorage.setItem(TOKEN_KEY, e.target.value);
            }}
          />
        </label>
      </form>
      <AddArticle token={token} onAdded={() => void load()} />
      {message && <p role="status">{message}</p>}
      {claims === null && <p aria-live="polite">Loading claims…</p>}
      {claims?.length === 0 && (
        <p>
          No {status} claims. Add articles with <code>pledgewatch ingest</code>.
        </p>
      )}
      <ol className="claims">
        {claims?.map((c) => (
          <li key={c.id}>
            <p>
              <strong>#{c.id}</strong> {summary(c)}{" "}
              <span className="caveat">(confidence {c.confidence.toFixed(2)})</span>
              <br />
              {c.speaker ?? "speaker not named"}
              {c.role ? `, ${c.role}` : ""} · {c.file} · {c.publishedOn}
              {c.sourceUrl ? ` · ${c.sourceUrl}` : ""}
            </p>
            <Evidence claim={c} article={articles.get(c.articleId)} />
            {c.status === "pending" && (
              <p className="downloads">
                <button
                  type="button"
                  onClick={() => void decide(c.id, "accept")}
                  disabled={c.kind !== "target"}
                >
                  Accept as pledge
                </button>
                <button type="button" onClick={() => void decide(c.id, "reject")}>
                  Reject
                </button>
              </p>
            )}
          </li>
        ))}
      </ol>
      {total > PAGE_SIZE && (
        <nav className="downloads" aria-label="Pages of claims">
          <span>
            {offset + 1}–{Math.min(offset + PAGE_SIZE, total)} of {total}
          </span>{" "}
          <button
            type="button"
            disabled={offset === 0}
            onClick={() =>
              update({ offset: offset - PAGE_SIZE > 0 ? String(offset - PAGE_SIZE) : null })
            }
          >
            Previous
          </button>
          <button
            type="button"
            disabled={offset + PAGE_SIZE >= total}
            onClick={() => update({ offset: String(offset + PAGE_SIZE) })}
          >
            Next
          </button>
        </nav>
      )}
    </>
  );
}
