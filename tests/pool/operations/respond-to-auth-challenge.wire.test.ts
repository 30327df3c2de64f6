import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPool, type TestPool } from '../support/test-pool';
import { totpNow } from '../support/totp-now';

const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
let pool: TestPool;

beforeAll(async () => {
  pool = await startTestPool({
    mfa: { configuration: 'OPTIONAL', totp: true, sms: true },
    poolInput: { Policies: { SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP', 'SMS_OTP'] } } },
    users: [
      { username: 'tina', password: 'Passw0rd!' },
      { username: 'tess', password: 'Passw0rd!' },
      { username: 'eve', password: 'Passw0rd!', attributes: { email: 'eve@example.com', email_verified: 'true' } },
      {
        username: 'sid',
        password: 'Passw0rd!',
        attributes: { phone_number: '+15550000002', phone_number_verified: 'true' },
      },
    ],
  });
  for (const name of ['tina', 'tess']) {
    const user = pool.pool.store.getPool(pool.poolId).users[name]!;
    Object.assign(user.mfa, { totpSecret: secret, totpEnabled: true, preferred: 'SOFTWARE_TOKEN_MFA' });
  }
  pool.pool.store.getPool(pool.poolId).users.sid!.mfa.smsEnabled = true;
});
afterAll(async () => {
  await pool?.stop();
});

async function totpChallenge(username = 'tina'): Promise<string> {
  const started = await pool.call('InitiateAuth', {
    ClientId: pool.clientId,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: username, PASSWORD: 'Passw0rd!' },
  });
  expect(started.body.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
  return started.body.Session as string;
}

function answer(challengeName: string, session: string, responses: Record<string, string>) {
  return pool.call('RespondToAuthChallenge', {
    ClientId: pool.clientId,
    ChallengeName: challengeName,
    Session: session,
    ChallengeResponses: responses,
  });
}

const totp = (session: string, code: string) =>
  answer('SOFTWARE_TOKEN_MFA', session, { USERNAME: 'tina', SOFTWARE_TOKEN_MFA_CODE: code });

describe('challenge Sessions on the wire', () => {
  it('refuses a Session answered after three minutes as expired', async () => {
    const session = await totpChallenge();
    await pool.advance(181_000);
    expect((await totp(session, totpNow(pool, secret))).body).toEqual({
      __type: 'NotAuthorizedException',
      message: 'Invalid session for the user, session is expired.',
    });
  });

  it('refuses a Session used a second time, and gives a new Session with every challenge', async () => {
    const session = await totpChallenge();
    const other = await totpChallenge();
    expect(other).not.toBe(session);
    await pool.advance(30_000);
    expect((await totp(session, totpNow(pool, secret))).body.AuthenticationResult).toBeDefined();
    await pool.advance(30_000);
    expect((await totp(session, totpNow(pool, secret))).body).toEqual({
      __type: 'NotAuthorizedException',
      message: 'Invalid session for the user, session can only be used once.',
    });
  });

  it('refuses a Session answered with another challenge name or for another user, and one never issued', async () => {
    const session = await totpChallenge();
    const wrongChallenge = await answer('SMS_MFA', session, { USERNAME: 'tina', SMS_MFA_CODE: '123456' });
    expect(wrongChallenge.body).toEqual({ __type: 'NotAuthorizedException', message: 'Invalid session for the user.' });
    const fresh = await totpChallenge();
    const otherUser = await answer('SOFTWARE_TOKEN_MFA', fresh, { USERNAME: 'eve', SOFTWARE_TOKEN_MFA_CODE: '123456' });
    expect(otherUser.body.__type).toBe('NotAuthorizedException');
    const made = await totp('AYABeMadeUpSession', '123456');
    expect(made.body).toEqual({ __type: 'NotAuthorizedException', message: 'Invalid session for the user.' });
  });

  it('keeps the Session after a wrong code so the right one still signs in', async () => {
    await pool.advance(30_000);
    const session = await totpChallenge();
    expect((await totp(session, '000000' === totpNow(pool, secret) ? '111111' : '000000')).body).toEqual({
      __type: 'CodeMismatchException',
      message: 'Invalid code received for user',
    });
    expect((await totp(session, totpNow(pool, secret))).body.AuthenticationResult).toBeDefined();
  });
});

describe('MFA code lockout on the wire', () => {
  it('locks the user out after five wrong MFA codes, as after five wrong passwords', async () => {
    const session = await totpChallenge('tess');
    const wrong = totpNow(pool, secret) === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) {
      const reply = await answer('SOFTWARE_TOKEN_MFA', session, { USERNAME: 'tess', SOFTWARE_TOKEN_MFA_CODE: wrong });
      expect(reply.body.__type).toBe('CodeMismatchException');
    }
    const again = await pool.call('InitiateAuth', {
      ClientId: pool.clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: 'tess', PASSWORD: 'Passw0rd!' },
    });
    expect(again.body).toEqual({ __type: 'NotAuthorizedException', message: 'Password attempts exceeded' });
    await pool.advance(1_000);
    expect(await totpChallenge('tess')).toBeTruthy();
  });
});

describe('sign-in codes on the wire', () => {
  async function emailChallenge(): Promise<{ session: string; code: string }> {
    const started = await pool.call('InitiateAuth', {
      ClientId: pool.clientId,
      AuthFlow: 'USER_AUTH',
      AuthParameters: { USERNAME: 'eve', PREFERRED_CHALLENGE: 'EMAIL_OTP' },
    });
    expect(started.body).toMatchObject({
      ChallengeName: 'EMAIL_OTP',
      ChallengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL', CODE_DELIVERY_DESTINATION: 'e***@e***' },
    });
    return { session: started.body.Session as string, code: (await pool.codes('eve')).at(-1)! };
  }
  const email = (session: string, code: string) =>
    answer('EMAIL_OTP', session, { USERNAME: 'eve', EMAIL_OTP_CODE: code });

  it('refuses a wrong code with CodeMismatchException', async () => {
    const { session, code } = await emailChallenge();
    const wrong = code === '12345678' ? '87654321' : '12345678';
    expect((await email(session, wrong)).body).toEqual({
      __type: 'CodeMismatchException',
      message: 'Invalid code or auth state for the user.',
    });
    expect((await email(session, code)).body.AuthenticationResult).toBeDefined();
  });

  it('refuses a code after its three minutes with the expired-Session error', async () => {
    const { session, code } = await emailChallenge();
    await pool.advance(180_000);
    expect((await email(session, code)).body).toEqual({
      __type: 'NotAuthorizedException',
      message: 'Invalid session for the user, session is expired.',
    });
  });

  it('refuses a used code in a later sign-in', async () => {
    const first = await emailChallenge();
    expect((await email(first.session, first.code)).body.AuthenticationResult).toBeDefined();
    const second = await emailChallenge();
    if (second.code === first.code) return; // one chance in 10^8: the new code happens to equal the old one
    expect((await email(second.session, first.code)).body.__type).toBe('CodeMismatchException');
  });
});

describe('SMS codes on the wire', () => {
  it('sends an SMS_MFA code to the masked phone after the password and signs in with it', async () => {
    const started = await pool.call('InitiateAuth', {
      ClientId: pool.clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: 'sid', PASSWORD: 'Passw0rd!' },
    });
    expect(started.body).toMatchObject({
      ChallengeName: 'SMS_MFA',
      ChallengeParameters: { CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS', CODE_DELIVERY_DESTINATION: '+*******0002' },
    });
    const code = (await pool.codes('sid')).at(-1)!;
    const done = await answer('SMS_MFA', started.body.Session as string, { USERNAME: 'sid', SMS_MFA_CODE: code });
    expect(done.body.AuthenticationResult).toBeDefined();
  });

  it('signs in with an SMS_OTP first factor and no MFA after it', async () => {
    const started = await pool.call('InitiateAuth', {
      ClientId: pool.clientId,
      AuthFlow: 'USER_AUTH',
      AuthParameters: { USERNAME: 'sid', PREFERRED_CHALLENGE: 'SMS_OTP' },
    });
    expect(started.body.ChallengeName).toBe('SMS_OTP');
    const code = (await pool.codes('sid')).at(-1)!;
    expect(code).toMatch(/^\d{6}$/);
    const done = await answer('SMS_OTP', started.body.Session as string, { USERNAME: 'sid', SMS_OTP_CODE: code });
    expect(done.body.AuthenticationResult).toBeDefined();
  });

  it('falls back to SELECT_CHALLENGE when the preferred factor is not available to the user', async () => {
    const started = await pool.call('InitiateAuth', {
      ClientId: pool.clientId,
      AuthFlow: 'USER_AUTH',
      AuthParameters: { USERNAME: 'eve', PREFERRED_CHALLENGE: 'SMS_OTP' },
    });
    expect(started.body).toMatchObject({
      ChallengeName: 'SELECT_CHALLENGE',
      AvailableChallenges: ['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP'],
    });
  });

  it('answers SELECT_CHALLENGE with EMAIL_OTP', async () => {
    const started = await pool.call('InitiateAuth', {
      ClientId: pool.clientId,
      AuthFlow: 'USER_AUTH',
      AuthParameters: { USERNAME: 'eve' },
    });
    expect(started.body).toMatchObject({
      ChallengeName: 'SELECT_CHALLENGE',
      AvailableChallenges: ['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP'],
    });
    const refused = await answer('SELECT_CHALLENGE', started.body.Session as string, {
      USERNAME: 'eve',
      ANSWER: 'SMS_OTP',
    });
    expect(refused.body.__type).toBe('InvalidParameterException');
    const chosen = await answer('SELECT_CHALLENGE', started.body.Session as string, {
      USERNAME: 'eve',
      ANSWER: 'EMAIL_OTP',
    });
    expect(chosen.body.ChallengeName).toBe('EMAIL_OTP');
    const code = (await pool.codes('eve')).at(-1)!;
    const done = await answer('EMAIL_OTP', chosen.body.Session as string, { USERNAME: 'eve', EMAIL_OTP_CODE: code });
    expect(done.body.AuthenticationResult).toBeDefined();
  });

  it('answers SELECT_CHALLENGE with PASSWORD: a wrong one is refused, the right one signs in', async () => {
    const select = () =>
      pool.call('InitiateAuth', {
        ClientId: pool.clientId,
        AuthFlow: 'USER_AUTH',
        AuthParameters: { USERNAME: 'eve' },
      });
    const first = await select();
    const wrong = await answer('SELECT_CHALLENGE', first.body.Session as string, {
      USERNAME: 'eve',
      ANSWER: 'PASSWORD',
      PASSWORD: 'Wrong-pass1!',
    });
    expect(wrong.body).toEqual({ __type: 'NotAuthorizedException', message: 'Incorrect username or password.' });
    const second = await select();
    const right = await answer('SELECT_CHALLENGE', second.body.Session as string, {
      USERNAME: 'eve',
      ANSWER: 'PASSWORD',
      PASSWORD: 'Passw0rd!',
    });
    expect(right.body.AuthenticationResult).toBeDefined();
  });
});
