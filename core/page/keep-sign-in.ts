import type { PendingSignIn } from './filler-ports';
import type { PageRequestClient } from './page-messages';

/** What became of a sign-in the page accepted: a new saved sign-in, a new password for one, or nothing to do. */
export type KeptSignIn = 'saved' | 'updated' | 'unchanged';

/**
 * Keeps a username and password the page accepted: asks the worker how they stand against this origin's saved
 * sign-ins (`page.compareSignIn`), then saves them as a new sign-in, updates the saved sign-in of that username
 * with the new password, or leaves an identical one alone. A refused request is answered as it came.
 */
export async function keepSignIn(
  pending: PendingSignIn,
  request: PageRequestClient,
): Promise<{ ok: true; kept: KeptSignIn } | { ok: false; code: string; message: string }> {
  const { username, password } = pending;
  const compared = await request('page.compareSignIn', { username, password });
  if (!compared.ok) return compared;
  const standing = compared.data;
  if (standing.status === 'saved') return { ok: true, kept: 'unchanged' };
  const reply =
    standing.status === 'changed'
      ? await request('page.updateSignIn', { id: standing.signIn.id, password })
      : await request('page.saveSignIn', { username, password });
  if (!reply.ok) return reply;
  return { ok: true, kept: standing.status === 'changed' ? 'updated' : 'saved' };
}
