import { SidekeyError } from '../errors/sidekey-error';
import { parseOrigin } from '../origins/parse-origin';

/** Checks that `text` is exactly an origin an entry may be bound to (Sidekey's one origin rule) and returns it. */
export function normaliseOrigin(text: string): string {
  return parseOrigin(text, { code: 'VaultBadOrigin', bare: true });
}

/** Normalises a list of origins, dropping repeats; at most 32 per entry. */
export function normaliseOrigins(list: readonly string[]): string[] {
  if (list.length > 32) throw new SidekeyError({ code: 'VaultBadOrigin', message: 'At most 32 origins per entry.' });
  return [...new Set(list.map(normaliseOrigin))];
}
