import type { AuthorizeRequest } from '../hosted-ui/read-authorize-request';
import { randomString } from '../state/random-string';
import type { PoolState } from '../state/types';

const kind = 'FEDERATED_SIGN_IN';

/** How long a person may take on the provider's page before the pool forgets the app's request (assumed). */
const federatedSignInTtlMs = 15 * 60_000;

/** An app's authorize request waiting for the identity provider's answer. */
export interface FederatedSignIn {
  poolId: string;
  providerName: string;
  /** The app's `/oauth2/authorize` query, checked again when the provider answers. */
  authorizeQuery: string;
}

/**
 * Keeps the app's authorize request while the person is at the identity provider and returns the `state` the pool
 * sends the provider: Cognito's own opaque value, not the app's (the app's state goes back to the app only).
 */
export function startFederatedSignIn(
  state: PoolState,
  options: {
    request: AuthorizeRequest;
    providerName: string;
    authorizeQuery: string;
    now: number;
    random: (bytes: number) => Uint8Array;
  },
): string {
  for (const [id, session] of Object.entries(state.sessions)) {
    if (session.kind === kind && session.expiresAt <= options.now) delete state.sessions[id];
  }
  const id = randomString(options.random, { length: 43, alphabet: 'mixed' });
  state.sessions[`${kind}:${id}`] = {
    id: `${kind}:${id}`,
    kind,
    poolId: options.request.pool.Id,
    clientId: options.request.client.ClientId,
    username: '',
    createdAt: options.now,
    expiresAt: options.now + federatedSignInTtlMs,
    data: { providerName: options.providerName, authorizeQuery: options.authorizeQuery },
  };
  return id;
}

/** The waiting request behind the provider's `state`, removed (single use); `undefined` when unknown or expired. */
export function takeFederatedSignIn(
  state: PoolState,
  options: { id: string; now: number },
): FederatedSignIn | undefined {
  const key = `${kind}:${options.id}`;
  const session = Object.hasOwn(state.sessions, key) ? state.sessions[key] : undefined;
  if (!session || session.kind !== kind) return undefined;
  delete state.sessions[key];
  if (session.expiresAt <= options.now) return undefined;
  return {
    poolId: session.poolId,
    providerName: String(session.data?.providerName),
    authorizeQuery: String(session.data?.authorizeQuery),
  };
}
