import type { PoolState, UserPool } from '../state/types';
import { webAuthnCeremonyTimeoutMs } from './create-registration-options';

/** A StartWebAuthnRegistration challenge waiting for CompleteWebAuthnRegistration. */
export interface PendingRegistration {
  challenge: string;
  clientId: string;
  rpId: string;
}

const kind = 'WEBAUTHN_REGISTRATION';

function sessionId(poolId: string, username: string): string {
  return `${kind}:${poolId}:${username}`;
}

/**
 * Remembers the registration challenge for one user (a newer Start replaces an older one), as a PoolSession so it
 * is persisted with the rest of the state. It expires after {@link webAuthnCeremonyTimeoutMs}.
 */
export function savePendingRegistration(
  state: PoolState,
  target: { pool: UserPool; username: string; now: number },
  pending: PendingRegistration,
): void {
  const id = sessionId(target.pool.Id, target.username);
  state.sessions[id] = {
    id,
    kind,
    poolId: target.pool.Id,
    clientId: pending.clientId,
    username: target.username,
    createdAt: target.now,
    expiresAt: target.now + webAuthnCeremonyTimeoutMs,
    data: { challenge: pending.challenge, rpId: pending.rpId },
  };
}

/** The live pending registration of a user, if any (expired ones are dropped). */
export function findPendingRegistration(
  state: PoolState,
  target: { pool: UserPool; username: string; now: number },
): PendingRegistration | undefined {
  const id = sessionId(target.pool.Id, target.username);
  const session = Object.hasOwn(state.sessions, id) ? state.sessions[id] : undefined;
  if (!session) return undefined;
  if (session.expiresAt <= target.now) {
    delete state.sessions[id];
    return undefined;
  }
  const challenge = session.data?.challenge;
  const rpId = session.data?.rpId;
  if (typeof challenge !== 'string' || typeof rpId !== 'string') return undefined;
  return { challenge, rpId, clientId: session.clientId };
}

/** Forgets the pending registration of a user (a challenge is good for one completion). */
export function dropPendingRegistration(state: PoolState, target: { pool: UserPool; username: string }): void {
  delete state.sessions[sessionId(target.pool.Id, target.username)];
}
