import { useState } from "react";

/**
 * "Add an article": a pasted text, or a page's address for the server to fetch and read; the
 * claims found join the review list. Writes need the server's token.
 */
export function AddArticle({ token, onAdded }: { token: string; onAdded: () => void }) {
  const [mode, setMode] = useState<"url" | "text">("url");
  const [url, setUrl] = useState("");
  const [text, setText] = useState("");
  const [date, setDate] = useState("");
  const [source, setSource] = useState("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const submit = async () => {
    setBusy(true);
    setMessage(null);
    const body =
      mode === "url"
        ? { url, ...(date ? { date } : {}), ...(source ? { source } : {}) }
        : { articles: [{ text, date, ...(source ? { source } : {}), name: "pasted article" }] };
    try {
      const r = await fetch(mode === "url" ? "/api/ingest/url" : "/api/ingest", {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      const answer = (await r.json()) as {
        detail?: string;
        added?: { claims: number }[];
        skipped?: string[];
        readerView?: boolean;
        notes?: { note: string }[];
      };
      if (!r.ok) {
        setMessage(`Not added: ${answer.detail ?? `HTTP ${r.status}`}`);
        return;
      }
      const claims = (answer.added ?? []).reduce((n, a) => n + a.claims, 0);
      setMessage(
        (answer.skipped?.length ?? 0) > 0
          ? "This article is already in the store."
          : `Article added: ${claims} claim${claims === 1 ? "" : "s"} to review.${answer.readerView === false ? " No article was found by the reader view: the whole page's text was kept." : ""}${(answer.notes ?? []).map((n) => ` The article ${n.note}.`).join("")}`,
      );
      setText("");
      setUrl("");
      onAdded();
    } catch (error) {
      setMessage(`Not added: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="add-article">
      <summary>Add an article</summary>
      <form
        className="controls"
        aria-label="Add an article"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <fieldset>
          <legend>From</legend>
          <label className="check">
            <input type="radio" checked={mode === "url"} onChange={() => setMode("url")} /> a link
          </label>
          <label className="check">
            <input type="radio" checked={mode === "text"} onChange={() => setMode("text")} /> pasted
            text
          </label>
        </fieldset>
        {mode === "url" ? (
          <label>
            Address (http or https)
            <input
              type="url"
              required
              pattern="https?://.+"
              value={url}
              onChange={(e) => setUrl(e.target.value)}
            />
          </label>
        ) : (
          <label>
            Text
            <textarea required rows={8} value={text} onChange={(e) => setText(e.target.value)} />
          </label>
        )}
        <label>
          Date{mode === "url" ? " (default: the page's own)" : ""}
          <input
            type="date"
            required={mode === "text"}
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
        </label>
        <label>
          Source{mode === "url" ? " (default: the address)" : ""}
          <input type="url" value={source} onChange={(e) => setSource(e.target.value)} />
        </label>
        <button type="submit" disabled={busy || !token}>
          {busy ? "Adding…" : "Add"}
        </button>
        {!token && <span className="caveat">Enter the token above to add articles.</span>}
      </form>
      {message && <p role="status">{message}</p>}
    </details>
  );
}
