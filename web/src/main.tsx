import { lazy, StrictMode, Suspense, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import type { Dataset } from "../../src/data/index.ts";
import { loadDataset } from "./data.ts";
import { AllyPage } from "./pages/Ally.tsx";
import { ComparePage } from "./pages/Compare.tsx";
import { OverviewPage } from "./pages/Overview.tsx";
import { PledgesPage } from "./pages/Pledges.tsx";
import { ReviewPage } from "./pages/Review.tsx";
import "./styles.css";

// pages beyond the first load come in their own chunks, fetched when opened
const UkrainePage = lazy(() => import("./pages/Ukraine.tsx"));
const ProductionPage = lazy(() => import("./pages/Production.tsx"));
const BacktestPage = lazy(() => import("./pages/Backtest.tsx"));
const CapabilitiesPage = lazy(() =>
  import("./Capabilities.tsx").then((m) => ({ default: m.CapabilitiesPage })),
);
const RevisionsPage = lazy(() =>
  import("./pages/Revisions.tsx").then((m) => ({ default: m.RevisionsPage })),
);

import { hrefFor, useUrlState } from "./url.ts";

const PAGES = [
  { id: "overview", label: "Overview" },
  { id: "ally", label: "Ally" },
  { id: "pledges", label: "Pledges" },
  { id: "compare", label: "Compare" },
  { id: "ukraine", label: "Ukraine" },
  { id: "production", label: "Production" },
  { id: "backtest", label: "Track record" },
  { id: "revisions", label: "Revisions" },
  { id: "capabilities", label: "Capabilities" },
  { id: "review", label: "Review" },
] as const;

function App() {
  const [dataset, setDataset] = useState<Dataset | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [params, update] = useUrlState();
  useEffect(() => {
    loadDataset().then(setDataset, (e: Error) => setError(e.message));
  }, []);
  const page = params.get("page") ?? "overview";
  return (
    <>
      <header>
        <a className="brand" href="/">
          pledgewatch
        </a>
        <nav aria-label="Pages">
          {PAGES.map((p) => (
            <a
              key={p.id}
              href={hrefFor({ page: p.id === "overview" ? null : p.id }, params)}
              aria-current={page === p.id ? "page" : undefined}
              onClick={(e) => {
                e.preventDefault();
                update({ page: p.id === "overview" ? null : p.id });
              }}
            >
              {p.label}
            </a>
          ))}
          <a href="/api/docs">API</a>
        </nav>
      </header>
      <main>
        {error && <p role="alert">The data did not load: {error}</p>}
        {!dataset && !error && <p aria-live="polite">Loading the data…</p>}
        {dataset && page === "overview" && (
          <OverviewPage dataset={dataset} params={params} update={update} />
        )}
        {dataset && page === "ally" && (
          <AllyPage dataset={dataset} params={params} update={update} />
        )}
        {dataset && page === "pledges" && (
          <PledgesPage dataset={dataset} params={params} update={update} />
        )}
        {dataset && page === "compare" && (
          <ComparePage dataset={dataset} params={params} update={update} />
        )}
        {dataset && (page === "ukraine" || page === "production") && (
          <Suspense fallback={<p aria-live="polite">Loading the page…</p>}>
            {page === "ukraine" ? (
              <UkrainePage dataset={dataset} params={params} update={update} />
            ) : (
              <ProductionPage dataset={dataset} params={params} update={update} />
            )}
          </Suspense>
        )}
        {dataset && page === "backtest" && (
          <Suspense fallback={<p aria-live="polite">Loading the page…</p>}>
            <BacktestPage dataset={dataset} params={params} update={update} />
          </Suspense>
        )}
        {dataset && page === "capabilities" && (
          <Suspense fallback={<p aria-live="polite">Loading the page…</p>}>
            <CapabilitiesPage dataset={dataset} params={params} update={update} />
          </Suspense>
        )}
        {dataset && page === "revisions" && (
          <Suspense fallback={<p aria-live="polite">Loading the page…</p>}>
            <RevisionsPage dataset={dataset} params={params} update={update} />
          </Suspense>
        )}
        {dataset && page === "review" && (
          <ReviewPage dataset={dataset} params={params} update={update} />
        )}
      </main>
      <footer>
        Figures: NATO, SIPRI, IMF, the Kiel Institute and national statements, each cited to its
        source. Open data and code; every table is also at <a href="/api/docs">the API</a> as JSON
        and CSV.
      </footer>
    </>
  );
}

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
