import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthClient } from '../../../../core/auth/index';
import { isSidekeyError } from '../../../../core/errors/sidekey-error';
import { startTestPool, type TestPool } from '../../../pool/support/test-pool';
import { totpNow } from '../../../pool/support/totp-now';
import { createMemoryStorage } from '../memory-storage';

/*
 * Network faults between the engine and the local pool (docs/reliability-suite.md §3): 5xx, time-outs, throttling,
 * a dropped connection during RespondToAuthChallenge and an expired session. Retries only where Cognito allows
 * them (docs/cognito-api.md §1.3), a typed error otherwise, and nothing stored half-way.
 */

type Fault = 'status-500' | 'throttled' | 'timeout' | 'dropped-after-answer';
interface Planned {
  operation: string;
  challenge?: string;
  faults: Fault[];
}

const PASSWORD = 'Correct-horse-1';
let pool: TestPool;
let secret: string;

/**
 * The engine's fetch with faults planned per operation (and challenge): a fault answers instead of the pool, except
 * `dropped-after-answer`, which lets the pool act and loses its answer. `reached` counts what the pool saw.
 */
function faultyNetwork() {
  const plans: Planned[] = [];
  const reached: string[] = [];
  const fetchWithFaults: typeof fetch = async (input, init) => {
    const operation = new Headers(init?.headers).get('x-amz-target')?.split('.').pop() ?? '';
    const body = JSON.parse(String(init?.body)) as { ChallengeName?: string };
    const label = body.ChallengeName ? `${operation}:${body.ChallengeName}` : operation;
    const plan = plans.find(
      (entry) => entry.operation === operation && (!entry.challenge || entry.challenge === body.ChallengeName),
    );
    const fault = plan?.faults.shift();
    if (fault === 'status-500')
      return new Response('{"__type":"InternalErrorException","message":"x"}', { status: 500 });
    if (fault === 'throttled') {
      return new Response('{"__type":"TooManyRequestsException","message":"Too many requests"}', { status: 400 });
    }
    if (fault === 'timeout') throw new DOMException('The operation timed out.', 'TimeoutError');
    reached.push(label);
    const answer = await fetch(input, init);
    if (fault === 'dropped-after-answer') {
      await answer.text();
      throw new TypeError('fetch failed'); // what fetch throws when the connection drops
    }
    return answer;
  };
  return { plans, reached, fetch: fetchWithFaults };
}

function engine(network: ReturnType<typeof faultyNetwork>) {
  const storage = createMemoryStorage();
  const clock = { offset: 0 };
  const auth = createAuthClient({
    userPoolId: pool.poolId,
    userPoolClientId: pool.clientId,
    userPoolEndpoint: pool.url,
    storage,
    fetch: network.fetch,
    clock: () => Date.now() + clock.offset,
  });
  const tokens = () => [...storage.entries.keys()].filter((key) => /(accessToken|idToken|refreshToken)$/.test(key));
  return { auth, storage, clock, tokens };
}

/** What a promise rejected with (the test fails if it resolved). */
async function rejection(promise: Promise<unknown>): Promise<{ code: string }> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(isSidekeyError(error)).toBe(true);
  return error as { code: string };
}

/** A fresh TOTP period on the pool, so a code is not refused as already used. */
async function nextCode(): Promise<string> {
  await pool.advance(30_000);
  return totpNow(pool, secret);
}

/** tess signed in with her password and at her TOTP step, `faults` planned for her answer; with a fresh code. */
async function atTotpStep(faults: Fault[]) {
  const network = faultyNetwork();
  const signedIn = engine(network);
  await signedIn.auth.signIn({ username: 'tess', password: PASSWORD });
  network.plans.push({ operation: 'RespondToAuthChallenge', challenge: 'SOFTWARE_TOKEN_MFA', faults });
  return { network, ...signedIn, code: await nextCode() };
}

beforeAll(async () => {
  pool = await startTestPool({
    mfa: { configuration: 'OPTIONAL', totp: true },
    users: [{ username: 'tess', password: PASSWORD }],
  });
  // tess turns on TOTP MFA through the engine itself.
  const { auth } = engine(faultyNetwork());
  await auth.signIn({ username: 'tess', password: PASSWORD });
  secret = (await auth.setUpTOTP()).sharedSecret;
  await auth.verifyTOTPSetup({ code: totpNow(pool, secret) });
  await auth.updateMFAPreference({ totp: 'PREFERRED' });
  await auth.signOut();
});
afterAll(() => pool.stop());

describe('network faults against the pool', () => {
  it('retries a 5xx and a time-out on InitiateAuth (a fresh challenge each time), then signs in', async () => {
    const network = faultyNetwork();
    network.plans.push({ operation: 'InitiateAuth', faults: ['status-500', 'timeout'] });
    const { auth, tokens } = engine(network);
    const { nextStep } = await auth.signIn({ username: 'tess', password: PASSWORD });
    expect(nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_TOTP_CODE');
    expect(await auth.confirmSignIn({ challengeResponse: await nextCode() })).toMatchObject({ isSignedIn: true });
    expect(network.reached.filter((label) => label === 'InitiateAuth')).toHaveLength(1);
    expect(tokens()).toHaveLength(3);
  });

  it('re-sends a throttled TOTP answer, which the pool spends once, and signs in', async () => {
    const network = faultyNetwork();
    network.plans.push({ operation: 'RespondToAuthChallenge', challenge: 'SOFTWARE_TOKEN_MFA', faults: ['throttled'] });
    const { auth, tokens } = engine(network);
    await auth.signIn({ username: 'tess', password: PASSWORD });
    expect(await auth.confirmSignIn({ challengeResponse: await nextCode() })).toMatchObject({ isSignedIn: true });
    expect(network.reached.filter((label) => label.endsWith('SOFTWARE_TOKEN_MFA'))).toHaveLength(1);
    expect(tokens()).toHaveLength(3);
  });

  it('gives up on throttling after three attempts with TooManyRequestsException, keeping the step to answer again', async () => {
    const { auth, tokens, code } = await atTotpStep(['throttled', 'throttled', 'throttled']);
    expect(await rejection(auth.confirmSignIn({ challengeResponse: code }))).toMatchObject({
      code: 'TooManyRequestsException',
    });
    expect(tokens()).toEqual([]);
    expect(await auth.getPendingSignIn()).toMatchObject({ nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' } });
    expect(await auth.confirmSignIn({ challengeResponse: code })).toMatchObject({ isSignedIn: true });
  });

  it('does not re-send a TOTP answer after a 5xx; the step stays and the same, unspent code then signs in', async () => {
    const { network, auth, tokens, code } = await atTotpStep(['status-500']);
    expect(await rejection(auth.confirmSignIn({ challengeResponse: code }))).toMatchObject({
      code: 'InternalErrorException',
    });
    expect(tokens()).toEqual([]);
    expect(await auth.getPendingSignIn()).toMatchObject({ username: 'tess' });
    expect(await auth.confirmSignIn({ challengeResponse: code })).toMatchObject({ isSignedIn: true });
    expect(network.reached.filter((label) => label.endsWith('SOFTWARE_TOKEN_MFA'))).toHaveLength(1);
  });

  it('does not replay a TOTP answer whose connection dropped after the pool spent it: NetworkError, nothing stored', async () => {
    const { network, auth, tokens, code } = await atTotpStep(['dropped-after-answer']);
    expect(await rejection(auth.confirmSignIn({ challengeResponse: code }))).toMatchObject({ code: 'NetworkError' });
    // Sent once: a replay would have met a spent Session and a used code.
    expect(network.reached.filter((label) => label.endsWith('SOFTWARE_TOKEN_MFA'))).toHaveLength(1);
    expect(tokens()).toEqual([]);
    // The user's own retry gets Cognito's clear refusal of the spent Session; starting again signs in.
    expect(await rejection(auth.confirmSignIn({ challengeResponse: code }))).toMatchObject({
      code: 'NotAuthorizedException',
    });
    expect(tokens()).toEqual([]);
    await auth.signIn({ username: 'tess', password: PASSWORD });
    expect(await auth.confirmSignIn({ challengeResponse: await nextCode() })).toMatchObject({ isSignedIn: true });
    expect(tokens()).toHaveLength(3);
  });

  it('ends a sign-in whose session expired mid-flow with SignInSessionExpired, storing nothing', async () => {
    const { auth, clock, tokens } = engine(faultyNetwork());
    await auth.signIn({ username: 'tess', password: PASSWORD });
    clock.offset += 3 * 60_000 + 1;
    await pool.advance(3 * 60_000 + 1);
    expect(await rejection(auth.confirmSignIn({ challengeResponse: totpNow(pool, secret) }))).toMatchObject({
      code: 'SignInSessionExpired',
    });
    expect(await auth.getPendingSignIn()).toBeUndefined();
    expect(tokens()).toEqual([]);
  });

  it('reports a Session the pool let expire first (clocks apart) as NotAuthorizedException, storing nothing', async () => {
    const { auth, tokens } = engine(faultyNetwork());
    await auth.signIn({ username: 'tess', password: PASSWORD });
    await pool.advance(3 * 60_000 + 1);
    expect(await rejection(auth.confirmSignIn({ challengeResponse: totpNow(pool, secret) }))).toMatchObject({
      code: 'NotAuthorizedException',
    });
    expect(tokens()).toEqual([]);
  });
});
