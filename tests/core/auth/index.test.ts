import { createRemoteJWKSet, jwtVerify } from 'jose';
import { Secret, TOTP } from 'otpauth';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestPool, type TestPool } from '../../pool/support/test-pool';
import { enableTotpMfa } from './enable-totp-mfa';
import { createPoolAuthClient } from './pool-auth-client';

const pools: TestPool[] = [];
afterAll(async () => {
  for (const pool of pools) await pool.stop();
});
async function poolWith(options: Parameters<typeof startTestPool>[0]): Promise<TestPool> {
  const pool = await startTestPool(options);
  pools.push(pool);
  return pool;
}

/** A TOTP code for the pool's current time, `stepsAhead` periods on (the pool refuses a code used twice). */
const totpCode = (pool: TestPool, secret: string, stepsAhead = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: pool.pool.clock.now() + stepsAhead * 30_000 });
const wrongCode = (code: string) => (code === '000000' ? '111111' : '000000');

describe('createAuthClient against the local pool: passwords', () => {
  const users = [{ username: 'alice', password: 'Passw0rd!' }];

  it('signs in by SRP (the default) and by USER_PASSWORD_AUTH, and refuses wrong passwords with NotAuthorizedException', async () => {
    const pool = await poolWith({ users });
    const { auth } = createPoolAuthClient(pool);
    for (const authFlowType of ['USER_SRP_AUTH', 'USER_PASSWORD_AUTH'] as const) {
      await expect(
        auth.signIn({ username: 'alice', password: 'Wrong-Passw0rd!', options: { authFlowType } }),
      ).rejects.toMatchObject({
        code: 'NotAuthorizedException',
        message: 'Incorrect username or password.',
      });
      expect(await auth.signIn({ username: 'alice', password: 'Passw0rd!', options: { authFlowType } })).toEqual({
        isSignedIn: true,
        nextStep: { signInStep: 'DONE' },
      });
      expect(await auth.getCurrentUser()).toMatchObject({
        username: 'alice',
        signInDetails: { loginId: 'alice', authFlowType },
      });
      await auth.signOut();
    }
  });

  it('issues tokens that verify against the pool JWKS, and a forced refresh returns new ones', async () => {
    const pool = await poolWith({ users });
    const { auth } = createPoolAuthClient(pool);
    await auth.signIn({ username: 'alice', password: 'Passw0rd!' });
    const first = await auth.fetchAuthSession();
    const jwks = createRemoteJWKSet(new URL(`${pool.url}/${pool.poolId}/.well-known/jwks.json`));
    const { payload } = await jwtVerify(first.tokens!.accessToken.toString(), jwks, {
      issuer: `${pool.url}/${pool.poolId}`,
    });
    expect(payload).toMatchObject({ username: 'alice', token_use: 'access', client_id: pool.clientId });
    await jwtVerify(first.tokens!.idToken!.toString(), jwks, { audience: pool.clientId });
    await pool.advance(2_000);
    const refreshed = await auth.fetchAuthSession({ forceRefresh: true });
    expect(refreshed.tokens?.accessToken.toString()).not.toBe(first.tokens?.accessToken.toString());
    await jwtVerify(refreshed.tokens!.accessToken.toString(), jwks);
    expect(refreshed.userSub).toBe(first.userSub);
  });

  it('keeps the rotated refresh token when the app client rotates them, and the old one stops working', async () => {
    const pool = await poolWith({
      users,
      clientInput: { RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 0 } },
    });
    const { auth, storage } = createPoolAuthClient(pool);
    await auth.signIn({ username: 'alice', password: 'Passw0rd!' });
    const key = `CognitoIdentityServiceProvider.${pool.clientId}.alice.refreshToken`;
    const first = storage.entries.get(key);
    await auth.fetchAuthSession({ forceRefresh: true });
    const second = storage.entries.get(key);
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
    const reuse = await pool.call('GetTokensFromRefreshToken', { ClientId: pool.clientId, RefreshToken: first });
    expect(reuse.status).toBe(400);
    expect((await auth.fetchAuthSession({ forceRefresh: true })).tokens).toBeDefined();
  });

  it('sends SECRET_HASH the pool accepts when the app client has a secret', async () => {
    const pool = await poolWith({ users, clientInput: { GenerateSecret: true } });
    expect(pool.clientSecret).toBeTruthy();
    const { auth } = createPoolAuthClient(pool, { clientSecret: pool.clientSecret });
    expect((await auth.signIn({ username: 'alice', password: 'Passw0rd!' })).nextStep.signInStep).toBe('DONE');
    await auth.fetchAuthSession({ forceRefresh: true });
    await auth.signOut();
    const { auth: noSecret } = createPoolAuthClient(pool);
    await expect(noSecret.signIn({ username: 'alice', password: 'Passw0rd!' })).rejects.toMatchObject({
      code: 'NotAuthorizedException',
    });
  });

  it('sends SecretHash on sign-up, resend, confirmation and password reset for a client with a secret', async () => {
    const pool = await poolWith({
      poolInput: { AutoVerifiedAttributes: ['email'] },
      clientInput: { GenerateSecret: true },
    });
    const { auth, sent } = createPoolAuthClient(pool, { clientSecret: pool.clientSecret });
    await auth.signUp({
      username: 'sid',
      password: 'Passw0rd!',
      options: { userAttributes: { email: 'sid@example.com' } },
    });
    await auth.resendSignUpCode({ username: 'sid' });
    await auth.confirmSignUp({ username: 'sid', confirmationCode: (await pool.codes('sid')).at(-1)! });
    await auth.resetPassword({ username: 'sid' });
    await auth.confirmResetPassword({
      username: 'sid',
      confirmationCode: (await pool.codes('sid')).at(-1)!,
      newPassword: 'N3w-Passw0rd!',
    });
    expect((await auth.signIn({ username: 'sid', password: 'N3w-Passw0rd!' })).nextStep.signInStep).toBe('DONE');
    const operations = ['SignUp', 'ResendConfirmationCode', 'ConfirmSignUp', 'ForgotPassword', 'ConfirmForgotPassword'];
    for (const operation of operations)
      expect(sent.find((request) => request.operation === operation)?.body.SecretHash, operation).toEqual(
        expect.any(String),
      );
  });

  it('revokes the refresh token on sign-out, and every session of the user on global sign-out', async () => {
    const pool = await poolWith({ users });
    const { auth, storage } = createPoolAuthClient(pool);
    const refreshKey = `CognitoIdentityServiceProvider.${pool.clientId}.alice.refreshToken`;
    await auth.signIn({ username: 'alice', password: 'Passw0rd!' });
    const local = storage.entries.get(refreshKey);
    await auth.signOut();
    const afterLocal = await pool.call('GetTokensFromRefreshToken', { ClientId: pool.clientId, RefreshToken: local });
    expect(afterLocal.body.__type).toBe('NotAuthorizedException');

    const { auth: other, storage: otherStorage } = createPoolAuthClient(pool);
    await other.signIn({ username: 'alice', password: 'Passw0rd!', options: { authFlowType: 'USER_PASSWORD_AUTH' } });
    await auth.signIn({ username: 'alice', password: 'Passw0rd!', options: { authFlowType: 'USER_PASSWORD_AUTH' } });
    await auth.signOut({ global: true });
    const elsewhere = await pool.call('GetTokensFromRefreshToken', {
      ClientId: pool.clientId,
      RefreshToken: otherStorage.entries.get(refreshKey),
    });
    expect(elsewhere.body.__type).toBe('NotAuthorizedException');
    expect(await other.fetchAuthSession({ forceRefresh: true })).toEqual({});
  });

  it('changes a temporary password: CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED, then DONE', async () => {
    const pool = await poolWith({ users: [{ username: 'tina', password: 'Temp0rary!', temporary: true }] });
    const { auth } = createPoolAuthClient(pool);
    const step = await auth.signIn({ username: 'tina', password: 'Temp0rary!' });
    expect(step.nextStep).toMatchObject({ signInStep: 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED' });
    expect((await auth.confirmSignIn({ challengeResponse: 'N3w-Passw0rd!' })).nextStep.signInStep).toBe('DONE');
    await auth.signOut();
    expect((await auth.signIn({ username: 'tina', password: 'N3w-Passw0rd!' })).nextStep.signInStep).toBe('DONE');
  });
});

describe('createAuthClient against the local pool: TOTP', () => {
  it('associates, verifies and prefers TOTP, then refuses a wrong code with CodeMismatchException and accepts the right one', async () => {
    const pool = await poolWith({
      users: [{ username: 'tom', password: 'Passw0rd!' }],
    });
    await enableTotpMfa(pool, 'OPTIONAL');
    const { auth } = createPoolAuthClient(pool);
    await auth.signIn({ username: 'tom', password: 'Passw0rd!' });
    const setup = await auth.setUpTOTP();
    expect(setup.getSetupUri('Sidekey').href).toBe(
      `otpauth://totp/Sidekey:tom?secret=${setup.sharedSecret}&issuer=Sidekey`,
    );
    await auth.verifyTOTPSetup({ code: totpCode(pool, setup.sharedSecret) });
    await auth.updateMFAPreference({ totp: 'PREFERRED' });
    await auth.signOut();

    await pool.advance(30_000);
    const step = await auth.signIn({ username: 'tom', password: 'Passw0rd!' });
    expect(step).toEqual({ isSignedIn: false, nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' } });
    const code = totpCode(pool, setup.sharedSecret);
    await expect(auth.confirmSignIn({ challengeResponse: wrongCode(code) })).rejects.toMatchObject({
      code: 'CodeMismatchException',
    });
    expect(await auth.confirmSignIn({ challengeResponse: code })).toEqual({
      isSignedIn: true,
      nextStep: { signInStep: 'DONE' },
    });
  });

  it('sets TOTP up during sign-in when MFA is ON with only TOTP: CONTINUE_SIGN_IN_WITH_TOTP_SETUP, then DONE', async () => {
    const pool = await poolWith({ users: [{ username: 'mona', password: 'Passw0rd!' }] });
    await enableTotpMfa(pool, 'ON');
    const { auth } = createPoolAuthClient(pool);
    const step = await auth.signIn({ username: 'mona', password: 'Passw0rd!' });
    if (step.nextStep.signInStep !== 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP') throw new Error(step.nextStep.signInStep);
    const secret = step.nextStep.totpSetupDetails.sharedSecret;
    expect((await auth.confirmSignIn({ challengeResponse: totpCode(pool, secret) })).nextStep.signInStep).toBe('DONE');
    await auth.signOut();
    await pool.advance(30_000);
    expect((await auth.signIn({ username: 'mona', password: 'Passw0rd!' })).nextStep.signInStep).toBe(
      'CONFIRM_SIGN_IN_WITH_TOTP_CODE',
    );
    expect((await auth.confirmSignIn({ challengeResponse: totpCode(pool, secret) })).nextStep.signInStep).toBe('DONE');
  });
});

describe('createAuthClient against the local pool: USER_AUTH and resuming', () => {
  const emailPool = () =>
    poolWith({
      poolInput: { Policies: { SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP'] } } },
      users: [
        { username: 'erin', password: 'Passw0rd!', attributes: { email: 'erin@example.com', email_verified: 'true' } },
      ],
    });

  it('signs in with EMAIL_OTP using the code from the outbox', async () => {
    const pool = await emailPool();
    const { auth } = createPoolAuthClient(pool);
    const step = await auth.signIn({
      username: 'erin',
      options: { authFlowType: 'USER_AUTH', preferredChallenge: 'EMAIL_OTP' },
    });
    expect(step.nextStep).toEqual({
      signInStep: 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE',
      codeDeliveryDetails: { deliveryMedium: 'EMAIL', destination: 'e***@e***' },
    });
    const code = (await pool.codes('erin')).at(-1)!;
    await expect(
      auth.confirmSignIn({ challengeResponse: code === '00000000' ? '11111111' : '00000000' }),
    ).rejects.toMatchObject({
      code: 'CodeMismatchException',
    });
    expect((await auth.confirmSignIn({ challengeResponse: code })).nextStep.signInStep).toBe('DONE');
  });

  it('offers the first factors without a preference, then PASSWORD_SRP → CONFIRM_SIGN_IN_WITH_PASSWORD → DONE', async () => {
    const pool = await emailPool();
    const { auth } = createPoolAuthClient(pool);
    expect((await auth.signIn({ username: 'erin', options: { authFlowType: 'USER_AUTH' } })).nextStep).toEqual({
      signInStep: 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION',
      availableChallenges: ['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP'],
    });
    expect((await auth.confirmSignIn({ challengeResponse: 'PASSWORD_SRP' })).nextStep.signInStep).toBe(
      'CONFIRM_SIGN_IN_WITH_PASSWORD',
    );
    expect((await auth.confirmSignIn({ challengeResponse: 'Passw0rd!' })).nextStep.signInStep).toBe('DONE');
  });

  it('lets a second createAuthClient on the same storage finish a sign-in the first began', async () => {
    const pool = await emailPool();
    const { auth, another } = createPoolAuthClient(pool);
    await auth.signIn({ username: 'erin', options: { authFlowType: 'USER_AUTH', preferredChallenge: 'EMAIL_OTP' } });
    const code = (await pool.codes('erin')).at(-1)!;
    const restarted = another();
    expect(await restarted.confirmSignIn({ challengeResponse: code })).toEqual({
      isSignedIn: true,
      nextStep: { signInStep: 'DONE' },
    });
    expect((await restarted.getCurrentUser()).username).toBe('erin');
  });

  it('finishes a TOTP setup in a second client, with the secret kept for it', async () => {
    const pool = await poolWith({ users: [{ username: 'mo', password: 'Passw0rd!' }] });
    await enableTotpMfa(pool, 'ON');
    const { auth, another } = createPoolAuthClient(pool);
    const step = await auth.signIn({ username: 'mo', password: 'Passw0rd!' });
    if (step.nextStep.signInStep !== 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP') throw new Error(step.nextStep.signInStep);
    const code = totpCode(pool, step.nextStep.totpSetupDetails.sharedSecret);
    expect(await another().confirmSignIn({ challengeResponse: code })).toEqual({
      isSignedIn: true,
      nextStep: { signInStep: 'DONE' },
    });
  });

  it('refuses to go on past three minutes with SignInSessionExpired and forgets the attempt', async () => {
    const pool = await emailPool();
    const { auth, another, clock, storage } = createPoolAuthClient(pool);
    await auth.signIn({ username: 'erin', options: { authFlowType: 'USER_AUTH', preferredChallenge: 'EMAIL_OTP' } });
    const code = (await pool.codes('erin')).at(-1)!;
    await pool.advance(181_000);
    clock.offset += 181_000;
    await expect(another().confirmSignIn({ challengeResponse: code })).rejects.toMatchObject({
      code: 'SignInSessionExpired',
      message: 'The sign-in expired; start again.',
    });
    expect([...storage.entries.keys()].filter((key) => key.startsWith('CognitoSignInState'))).toEqual([]);
  });
});

describe('createAuthClient against the local pool: sign-up', () => {
  it('signs up, confirms with the outbox code, then autoSignIn → DONE', async () => {
    const pool = await poolWith({ poolInput: { AutoVerifiedAttributes: ['email'] }, users: [] });
    const { auth } = createPoolAuthClient(pool);
    const signedUp = await auth.signUp({
      username: 'sam',
      password: 'Passw0rd!',
      options: { userAttributes: { email: 'sam@example.com' }, autoSignIn: true },
    });
    expect(signedUp.nextStep.signUpStep).toBe('CONFIRM_SIGN_UP');
    const code = (await pool.codes('sam')).at(-1)!;
    expect((await auth.confirmSignUp({ username: 'sam', confirmationCode: code })).nextStep.signUpStep).toBe(
      'COMPLETE_AUTO_SIGN_IN',
    );
    expect(await auth.autoSignIn()).toEqual({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
  });
});
