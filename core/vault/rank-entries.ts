/**
 * The order the popup lists entries in: those bound to `origin` first, each group keeping the given (name) order,
 * cut to the first `limit` when one is given. Works on cached entries, so a first screenful needs codes (HMACs)
 * and a reply for only the entries it shows.
 */
export function rankEntries<T extends { entry: { origins: readonly string[] } }>(
  sorted: readonly T[],
  options: { origin?: string; limit?: number },
): T[] {
  const limit = options.limit ?? sorted.length;
  const { origin } = options;
  if (limit <= 0) return [];
  if (origin === undefined) return sorted.slice(0, limit);
  const bound: T[] = [];
  const rest: T[] = [];
  for (const cached of sorted) {
    if (cached.entry.origins.includes(origin)) bound.push(cached);
    else if (rest.length < limit) rest.push(cached);
  }
  return bound.concat(rest).slice(0, limit);
}
