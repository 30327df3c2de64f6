import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPool, type TestPool } from '../support/test-pool';
import { totpNow } from '../support/totp-now';

let pool: TestPool;

beforeAll(async () => {
  pool = await startTestPool({
    mfa: { configuration: 'ON', totp: true },
    users: [
      { username: 'ann', password: 'Passw0rd!' },
      { username: 'ben', password: 'Passw0rd!' },
    ],
  });
});
afterAll(async () => {
  await pool?.stop();
});

async function setupSession(username: string): Promise<string> {
  const started = await pool.call('InitiateAuth', {
    ClientId: pool.clientId,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: username, PASSWORD: 'Passw0rd!' },
  });
  expect(started.body).toMatchObject({
    ChallengeName: 'MFA_SETUP',
    ChallengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' },
  });
  return started.body.Session as string;
}

describe('TOTP setup through the MFA_SETUP Session', () => {
  it('associates, verifies and completes the sign-in, each step with a new Session', async () => {
    const first = await setupSession('ann');
    const associated = await pool.call('AssociateSoftwareToken', { Session: first });
    const secret = associated.body.SecretCode as string;
    expect(associated.body.Session).not.toBe(first);
    const reused = await pool.call('AssociateSoftwareToken', { Session: first });
    expect(reused.body.message).toBe('Invalid session for the user, session can only be used once.');
    const verified = await pool.call('VerifySoftwareToken', {
      Session: associated.body.Session,
      UserCode: totpNow(pool, secret),
    });
    expect(verified.body.Status).toBe('SUCCESS');
    const done = await pool.call('RespondToAuthChallenge', {
      ClientId: pool.clientId,
      ChallengeName: 'MFA_SETUP',
      Session: verified.body.Session,
      ChallengeResponses: { USERNAME: 'ann' },
    });
    expect(done.body.AuthenticationResult).toBeDefined();
  });

  it('refuses to finish MFA_SETUP before a token was verified', async () => {
    const session = await setupSession('ben');
    const early = await pool.call('RespondToAuthChallenge', {
      ClientId: pool.clientId,
      ChallengeName: 'MFA_SETUP',
      Session: session,
      ChallengeResponses: { USERNAME: 'ben' },
    });
    expect(early.body.__type).toBe('InvalidParameterException');
  });

  it('refuses a Session of another challenge and a wrong code', async () => {
    const session = await setupSession('ben');
    const associated = await pool.call('AssociateSoftwareToken', { Session: session });
    const wrong = await pool.call('VerifySoftwareToken', { Session: associated.body.Session, UserCode: '12345' });
    expect(wrong.body.__type).toBe('EnableSoftwareTokenMFAException');
    const notSetup = await pool.call('AssociateSoftwareToken', { Session: 'AYABeMadeUp' });
    expect(notSetup.body.__type).toBe('NotAuthorizedException');
    const neither = await pool.call('AssociateSoftwareToken', {});
    expect(neither.body.__type).toBe('InvalidParameterException');
  });
});

describe('TOTP setup while signed in, and SetUserMFAPreference refusals', () => {
  it('refuses to turn TOTP on before a token is verified, and SMS without a phone number', async () => {
    const signIn = await pool.call('InitiateAuth', {
      ClientId: pool.clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: 'ann', PASSWORD: 'Passw0rd!' },
    });
    expect(signIn.body.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
    await pool.advance(30_000);
    const user = pool.pool.store.getPool(pool.poolId).users.ann!;
    const done = await pool.call('RespondToAuthChallenge', {
      ClientId: pool.clientId,
      ChallengeName: 'SOFTWARE_TOKEN_MFA',
      Session: signIn.body.Session,
      ChallengeResponses: { USERNAME: 'ann', SOFTWARE_TOKEN_MFA_CODE: totpNow(pool, user.mfa.totpSecret!) },
    });
    const accessToken = (done.body.AuthenticationResult as Record<string, string>).AccessToken;
    user.mfa.totpSecret = undefined;
    user.mfa.totpEnabled = false;
    const totp = await pool.call('SetUserMFAPreference', {
      AccessToken: accessToken,
      SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
    });
    expect(totp.body).toEqual({
      __type: 'InvalidParameterException',
      message: 'User has not verified software token mfa',
    });
    const sms = await pool.call('SetUserMFAPreference', {
      AccessToken: accessToken,
      SMSMfaSettings: { Enabled: true },
    });
    expect(sms.body.message).toBe('User does not have delivery config set to turn on SMS_MFA');
    const verifyFirst = await pool.call('VerifySoftwareToken', { AccessToken: accessToken, UserCode: '123456' });
    expect(verifyFirst.body.__type).toBe('InvalidParameterException');
    const associated = await pool.call('AssociateSoftwareToken', { AccessToken: accessToken });
    const secret = associated.body.SecretCode as string;
    await pool.advance(30_000);
    expect(
      (await pool.call('VerifySoftwareToken', { AccessToken: accessToken, UserCode: totpNow(pool, secret) })).body,
    ).toEqual({ Status: 'SUCCESS' });
    const on = await pool.call('SetUserMFAPreference', {
      AccessToken: accessToken,
      SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
    });
    expect(on.status).toBe(200);
    expect(user.mfa).toMatchObject({ totpSecret: secret, totpEnabled: true, preferred: 'SOFTWARE_TOKEN_MFA' });
  });
});
