import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthClient } from '../../../core/auth/index';
import { SIGN_IN_SESSION_MS, type SignInState } from '../../../core/auth/sign-in-state';
import { createSignInStateStore } from '../../../core/auth/sign-in-state-store';
import { startTestPool, type TestPool } from '../../pool/support/test-pool';
import { enableTotpMfa } from './enable-totp-mfa';
import { createMemoryStorage } from './memory-storage';
import { createPoolAuthClient } from './pool-auth-client';

const startedAt = 1_700_000_000_000;
const base: SignInState = {
  username: 'alice',
  session: 'S1',
  challengeName: 'EMAIL_OTP',
  challengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL', CODE_DELIVERY_DESTINATION: 'a***@e***' },
  signInDetails: { loginId: 'alice', authFlowType: 'USER_SRP_AUTH' },
  startedAt,
};

/** A client whose every request fails, on a storage already holding `state`, with a clock the test moves. */
async function clientHolding(state: SignInState) {
  const storage = createMemoryStorage();
  const clock = { now: startedAt + 1_000 };
  await createSignInStateStore({ storage, clientId: 'c1', now: () => clock.now }).save(state);
  const requests: string[] = [];
  const auth = createAuthClient({
    userPoolId: 'us-east-1_pool',
    userPoolClientId: 'c1',
    userPoolEndpoint: 'http://localhost:1/',
    storage,
    clock: () => clock.now,
    fetch: async (input) => {
      requests.push(String(input));
      throw new Error('no network in this test');
    },
  });
  return { auth, storage, clock, requests };
}

describe('getPendingSignIn from the stored state', () => {
  it('answers the code step and the username without any request', async () => {
    const { auth, requests } = await clientHolding(base);
    expect(await auth.getPendingSignIn()).toEqual({
      username: 'alice',
      nextStep: {
        signInStep: 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE',
        codeDeliveryDetails: { deliveryMedium: 'EMAIL', destination: 'a***@e***' },
      },
    });
    expect(requests).toEqual([]);
  });

  it('answers undefined when no sign-in is in progress', async () => {
    const { auth, storage } = await clientHolding(base);
    await storage.clear();
    expect(await auth.getPendingSignIn()).toBeUndefined();
  });

  it('gives TOTP setup back with the stored secret, so the same QR code can be shown again', async () => {
    const { auth } = await clientHolding({
      ...base,
      challengeName: 'MFA_SETUP',
      challengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' },
      totpSharedSecret: 'JBSWY3DPEHPK3PXP',
    });
    const pending = await auth.getPendingSignIn();
    if (pending?.nextStep.signInStep !== 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP') throw new Error('not TOTP setup');
    expect(pending.nextStep.totpSetupDetails.sharedSecret).toBe('JBSWY3DPEHPK3PXP');
    expect(pending.nextStep.totpSetupDetails.getSetupUri('Sidekey').href).toBe(
      'otpauth://totp/Sidekey:alice?secret=JBSWY3DPEHPK3PXP&issuer=Sidekey',
    );
  });

  it('answers undefined for a row that is internal work, not a step, and for a challenge the table does not know', async () => {
    for (const challengeName of ['PASSWORD_VERIFIER', 'WEB_AUTHN', 'NOT_A_CHALLENGE']) {
      const { auth, requests } = await clientHolding({ ...base, challengeName });
      expect(await auth.getPendingSignIn()).toBeUndefined();
      expect(requests).toEqual([]);
    }
    const noSecretYet = {
      ...base,
      challengeName: 'MFA_SETUP',
      challengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' },
    };
    expect(await (await clientHolding(noSecretYet)).auth.getPendingSignIn()).toBeUndefined();
  });

  it('throws SignInSessionExpired after three minutes and forgets the sign-in', async () => {
    const { auth, storage, clock } = await clientHolding(base);
    clock.now = startedAt + SIGN_IN_SESSION_MS;
    await expect(auth.getPendingSignIn()).rejects.toMatchObject({ code: 'SignInSessionExpired' });
    expect(storage.entries.size).toBe(0);
    expect(await auth.getPendingSignIn()).toBeUndefined();
  });

  it('cancelSignIn forgets the sign-in in progress', async () => {
    const { auth, storage } = await clientHolding(base);
    await auth.cancelSignIn();
    expect(storage.entries.size).toBe(0);
    expect(await auth.getPendingSignIn()).toBeUndefined();
  });
});

describe('getPendingSignIn against the local pool', () => {
  let pool: TestPool;
  beforeAll(async () => {
    pool = await startTestPool({ users: [{ username: 'mona', password: 'Passw0rd!' }] });
    await enableTotpMfa(pool, 'ON');
  });
  afterAll(() => pool.stop());

  it('lets a new client on the same storage show the same step and finish the sign-in', async () => {
    const { auth, another } = createPoolAuthClient(pool);
    const started = await auth.signIn({ username: 'mona', password: 'Passw0rd!' });
    if (started.nextStep.signInStep !== 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP')
      throw new Error(started.nextStep.signInStep);
    const secret = started.nextStep.totpSetupDetails.sharedSecret;

    const reopened = another();
    const pending = await reopened.getPendingSignIn();
    expect(pending?.username).toBe('mona');
    if (pending?.nextStep.signInStep !== 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP') throw new Error('not TOTP setup');
    expect(pending.nextStep.totpSetupDetails.sharedSecret).toBe(secret);

    const code = new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: pool.pool.clock.now() });
    expect(await reopened.confirmSignIn({ challengeResponse: code })).toEqual({
      isSignedIn: true,
      nextStep: { signInStep: 'DONE' },
    });
    expect(await reopened.getPendingSignIn()).toBeUndefined();
  });
});
