import { normaliseOrigin } from './normalise-origin';

/**
 * The origin to match entries against when listing: canonical when valid, `undefined` otherwise (a popup opened
 * on `chrome://newtab` simply matches nothing, it is not an error).
 */
export function matchOrigin(origin: string | undefined): string | undefined {
  if (origin === undefined) return undefined;
  try {
    return normaliseOrigin(origin);
  } catch {
    return undefined;
  }
}
