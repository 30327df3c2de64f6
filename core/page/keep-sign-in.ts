import type { FillerPorts, PendingSignIn } from './filler-ports';
import { readSignedInClientId } from './read-amplify-storage';

/** What became of a sign-in the page accepted: a new saved sign-in, a new password for one, or nothing to do. */
export type KeptSignIn = 'saved' | 'updated' | 'unchanged';

/**
 * Keeps a username and password the page accepted: asks the worker how they stand against this origin's saved
 * sign-ins (`page.compareSignIn`), then saves them as a new sign-in, updates the saved sign-in of that username
 * with the new password, or leaves an identical one alone. A new sign-in names the app client the page signed in
 * with when the page's Amplify storage says so, so the worker binds it to that pool where several serve the site.
 * A refused request is answered as it came.
 */
export async function keepSignIn(
  pending: PendingSignIn,
  ports: Pick<FillerPorts, 'request' | 'storage'>,
): Promise<{ ok: true; kept: KeptSignIn } | { ok: false; code: string; message: string }> {
  const { username, password } = pending;
  const { request } = ports;
  const compared = await request('page.compareSignIn', { username, password });
  if (!compared.ok) return compared;
  const standing = compared.data;
  if (standing.status === 'saved') return { ok: true, kept: 'unchanged' };
  const userPoolClientId = readSignedInClientId(ports.storage, username);
  const reply =
    standing.status === 'changed'
      ? await request('page.updateSignIn', { id: standing.signIn.id, password })
      : await request('page.saveSignIn', { username, password, ...(userPoolClientId ? { userPoolClientId } : {}) });
  if (!reply.ok) return reply;
  return { ok: true, kept: standing.status === 'changed' ? 'updated' : 'saved' };
}
