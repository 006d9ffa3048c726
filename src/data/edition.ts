/**
 * Editions are NATO report years ("2026") or older releases kept for revisions ("other-2024").
 * A numbered edition outranks an "other-" release of the same year.
 */
export function editionRank(edition: string): number {
  const match = /^(other-)?(\d{4})$/.exec(edition);
  if (!match) return Number.NEGATIVE_INFINITY;
  return Number(match[2]) * 2 + (match[1] ? 0 : 1);
}

export function compareEditionsDesc(a: string, b: string): number {
  return editionRank(b) - editionRank(a);
}
