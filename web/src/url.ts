import { useCallback, useEffect, useState } from "react";

/** The view's state lives in the URL, so any view can be shared as a link. */
export function useUrlState(): [URLSearchParams, (changes: Record<string, string | null>) => void] {
  const [params, setParams] = useState(() => new URLSearchParams(window.location.search));
  useEffect(() => {
    const onPop = () => setParams(new URLSearchParams(window.location.search));
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);
  const update = useCallback((changes: Record<string, string | null>) => {
    const next = new URLSearchParams(window.location.search);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === "") next.delete(k);
      else next.set(k, v);
    }
    const query = next.toString();
    window.history.pushState(null, "", query ? `?${query}` : window.location.pathname);
    setParams(next);
    window.scrollTo(0, 0);
  }, []);
  return [params, update];
}

export function hrefFor(changes: Record<string, string | null>, base?: URLSearchParams): string {
  const next = new URLSearchParams(base);
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === "") next.delete(k);
    else next.set(k, v);
  }
  const query = next.toString();
  return query ? `?${query}` : "/";
}
