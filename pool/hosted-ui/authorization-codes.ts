import { randomUuid } from '../state/random-string';
import type { PoolState } from '../state/types';
import type { AuthorizeRequest } from './read-authorize-request';

/** Cognito's authorization codes are valid for 5 minutes (token-endpoint docs). */
const authorizationCodeTtlMs = 5 * 60_000;

const kind = 'AUTHORIZATION_CODE';

/** What a code stands for, as the token endpoint needs it. */
export interface AuthorizationGrant {
  poolId: string;
  clientId: string;
  username: string;
  redirectUri: string;
  scopes: string[];
  codeChallenge?: string;
  authTime: number;
  /** Set once redeemed: the origin_jti of the tokens issued, so a second redemption can revoke them. */
  redeemedOriginJti?: string;
  expiresAt: number;
}

/** Stores a fresh single-use code (a UUID, as Cognito's are) for `request` and `username`. */
export function issueAuthorizationCode(
  state: PoolState,
  options: { request: AuthorizeRequest; username: string; now: number; random: (bytes: number) => Uint8Array },
): string {
  for (const [id, session] of Object.entries(state.sessions)) {
    if (session.kind === kind && session.expiresAt <= options.now) delete state.sessions[id];
  }
  const code = randomUuid(options.random);
  const { request } = options;
  state.sessions[`${kind}:${code}`] = {
    id: `${kind}:${code}`,
    kind,
    poolId: request.pool.Id,
    clientId: request.client.ClientId,
    username: options.username,
    createdAt: options.now,
    expiresAt: options.now + authorizationCodeTtlMs,
    data: {
      redirectUri: request.redirectUri,
      scopes: request.scopes,
      authTime: Math.floor(options.now / 1000),
      ...(request.codeChallenge ? { codeChallenge: request.codeChallenge } : {}),
    },
  };
  return code;
}

/** The grant behind `code` (redeemed or not, expired or not); `undefined` for an unknown code. */
export function findAuthorizationGrant(state: PoolState, code: string): AuthorizationGrant | undefined {
  const id = `${kind}:${code}`;
  const session = Object.hasOwn(state.sessions, id) ? state.sessions[id] : undefined;
  if (!session || session.kind !== kind) return undefined;
  const data = session.data ?? {};
  return {
    poolId: session.poolId,
    clientId: session.clientId,
    username: session.username,
    redirectUri: String(data.redirectUri),
    scopes: Array.isArray(data.scopes) ? data.scopes.map(String) : [],
    ...(typeof data.codeChallenge === 'string' ? { codeChallenge: data.codeChallenge } : {}),
    authTime: Number(data.authTime),
    ...(typeof data.redeemedOriginJti === 'string' ? { redeemedOriginJti: data.redeemedOriginJti } : {}),
    expiresAt: session.expiresAt,
  };
}

/** Marks `code` redeemed by tokens with `originJti` (it stays stored until it expires, to detect reuse). */
export function markAuthorizationCodeRedeemed(state: PoolState, code: string, originJti: string): void {
  const session = state.sessions[`${kind}:${code}`];
  if (session) session.data = { ...session.data, redeemedOriginJti: originJti };
}
