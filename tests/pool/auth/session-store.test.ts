import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { countWrongAnswer, issueSession, openSession, spendSession } from '../../../pool/auth/session-store';
import { isCognitoError } from '../../../pool/errors/cognito-error';
import { PoolStore } from '../../../pool/state/pool-store';

function setup() {
  let now = 1_795_692_190_000;
  const ctx = {
    store: new PoolStore(),
    clock: { now: () => now },
    random: (bytes: number) => new Uint8Array(randomBytes(bytes)),
  };
  const where = { poolId: 'us-east-1_Abc', clientId: 'client1', challengeName: 'SMS_MFA' };
  const id = issueSession(ctx, { ...where, username: 'alice', flow: { round: 1 } });
  return { ctx, id, where, advance: (ms: number) => (now += ms) };
}

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (isCognitoError(error, 'NotAuthorizedException')) return error.message;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('challenge sessions', () => {
  it('issues long, distinct base64url strings carrying at least 256 random bits', () => {
    const { ctx, where } = setup();
    const a = issueSession(ctx, { ...where, username: 'alice', flow: {} });
    const b = issueSession(ctx, { ...where, username: 'alice', flow: {} });
    expect(a).toMatch(/^[A-Za-z0-9_-]{500,}$/);
    expect(a).not.toBe(b);
  });

  it('opens a live session for its own pool, client and challenge, with its flow data', () => {
    const { ctx, id, where } = setup();
    const session = openSession<{ round: number }>(ctx, { ...where, session: id });
    expect(session.username).toBe('alice');
    expect(session.data.flow.round).toBe(1);
  });

  it('refuses a session answered with another challenge, another client, or one never issued', () => {
    const { ctx, id, where } = setup();
    expect(refusal(() => openSession(ctx, { ...where, session: id, challengeName: 'SOFTWARE_TOKEN_MFA' }))).toBe(
      'Invalid session for the user.',
    );
    expect(refusal(() => openSession(ctx, { ...where, session: id, clientId: 'other' }))).toBe(
      'Invalid session for the user.',
    );
    expect(refusal(() => openSession(ctx, { ...where, session: 'made-up' }))).toBe('Invalid session for the user.');
    expect(refusal(() => openSession(ctx, { ...where }))).toBe('Invalid session for the user.');
  });

  it('refuses a session after three minutes as expired', () => {
    const { ctx, id, where, advance } = setup();
    advance(179_999);
    expect(openSession(ctx, { ...where, session: id }).id).toBe(id);
    advance(1);
    expect(refusal(() => openSession(ctx, { ...where, session: id }))).toBe(
      'Invalid session for the user, session is expired.',
    );
  });

  it('lives as long as the app client says when given its AuthSessionValidity', () => {
    const { ctx, where, advance } = setup();
    const id = issueSession(ctx, { ...where, username: 'alice', flow: {}, ttlMs: 10 * 60_000 });
    advance(9 * 60_000);
    expect(openSession(ctx, { ...where, session: id }).id).toBe(id);
    advance(60_000);
    expect(() => openSession(ctx, { ...where, session: id })).toThrow(/session is expired/);
  });

  it('refuses a spent session as used once', () => {
    const { ctx, id, where } = setup();
    spendSession(ctx, id);
    expect(refusal(() => openSession(ctx, { ...where, session: id }))).toBe(
      'Invalid session for the user, session can only be used once.',
    );
  });

  it('keeps a session through four wrong codes and drops it at the fifth', () => {
    const { ctx, id, where } = setup();
    for (let i = 0; i < 4; i++) countWrongAnswer(ctx, id);
    expect(openSession(ctx, { ...where, session: id }).data.wrongAnswers).toBe(4);
    countWrongAnswer(ctx, id);
    expect(() => openSession(ctx, { ...where, session: id })).toThrow(/only be used once/);
  });

  it('finds a session by its SRP secret block when no Session is sent', () => {
    const { ctx, where } = setup();
    const srp = { ...where, challengeName: 'PASSWORD_VERIFIER' };
    const id = issueSession(ctx, { ...srp, username: 'bob', flow: {}, secretBlock: 'c2VjcmV0' });
    expect(openSession(ctx, { ...srp, secretBlock: 'c2VjcmV0' }).id).toBe(id);
    expect(() => openSession(ctx, { ...srp, secretBlock: 'b3RoZXI=' })).toThrow(/Invalid session/);
  });
});
