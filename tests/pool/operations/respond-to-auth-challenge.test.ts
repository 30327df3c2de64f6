import { confirmSignIn, setUpTOTP, signIn, signOut, updateMFAPreference, verifyTOTPSetup } from 'aws-amplify/auth';
import { beforeAll, describe, expect, it } from 'vitest';
import { amplifyPoolStarter } from '../support/amplify-pool-starter';
import type { TestPool } from '../support/test-pool';
import { totpNow } from '../support/totp-now';

const poolFor = amplifyPoolStarter();

describe('TOTP MFA with Amplify v6', () => {
  let pool: TestPool;
  let secret: string;
  beforeAll(async () => {
    pool = await poolFor({
      mfa: { configuration: 'OPTIONAL', totp: true, email: true },
      users: [{ username: 'tom', password: 'Passw0rd!', attributes: { email: 'tom@example.com' } }],
    });
  });

  it('associates, verifies and prefers a TOTP authenticator while signed in', async () => {
    await signIn({ username: 'tom', password: 'Passw0rd!' });
    const setup = await setUpTOTP();
    secret = setup.sharedSecret;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await expect(verifyTOTPSetup({ code: totpNow(pool, secret, 120_000) })).rejects.toMatchObject({
      name: 'EnableSoftwareTokenMFAException',
    });
    await verifyTOTPSetup({ code: totpNow(pool, secret) });
    await updateMFAPreference({ totp: 'PREFERRED' });
  });

  it('then asks for the TOTP code at sign-in: a wrong code is refused, the right one signs in', async () => {
    await pool.advance(30_000);
    const started = await signIn({ username: 'tom', password: 'Passw0rd!' });
    expect(started.nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_TOTP_CODE');
    await expect(confirmSignIn({ challengeResponse: totpNow(pool, secret, -90_000) })).rejects.toMatchObject({
      name: 'CodeMismatchException',
    });
    const done = await confirmSignIn({ challengeResponse: totpNow(pool, secret) });
    expect(done.nextStep.signInStep).toBe('DONE');
  });

  it('refuses a TOTP code that was already used', async () => {
    const code = totpNow(pool, secret);
    await signIn({ username: 'tom', password: 'Passw0rd!' });
    await expect(confirmSignIn({ challengeResponse: code })).rejects.toMatchObject({
      name: 'ExpiredCodeException',
      message: 'Your software token has already been used once.',
    });
  });

  it('lets the user choose between TOTP and email when both are on and none is preferred', async () => {
    await pool.advance(30_000);
    await signIn({ username: 'tom', password: 'Passw0rd!', options: { authFlowType: 'USER_PASSWORD_AUTH' } });
    await confirmSignIn({ challengeResponse: totpNow(pool, secret) });
    await updateMFAPreference({ totp: 'NOT_PREFERRED', email: 'ENABLED' });
    await signOut();
    const started = await signIn({ username: 'tom', password: 'Passw0rd!' });
    expect(started.nextStep).toEqual({
      signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION',
      allowedMFATypes: ['TOTP', 'EMAIL'],
    });
    const chosen = await confirmSignIn({ challengeResponse: 'EMAIL' });
    expect(chosen.nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_EMAIL_CODE');
    const code = (await pool.codes('tom')).at(-1)!;
    expect((await confirmSignIn({ challengeResponse: code })).nextStep.signInStep).toBe('DONE');
  });
});

describe('MFA set up during sign-in when the pool requires it', () => {
  let pool: TestPool;
  it('sets up TOTP when it is the only kind (CONTINUE_SIGN_IN_WITH_TOTP_SETUP)', async () => {
    pool = await poolFor({
      mfa: { configuration: 'ON', totp: true },
      users: [{ username: 'otto', password: 'Passw0rd!' }],
    });
    const started = await signIn({ username: 'otto', password: 'Passw0rd!' });
    expect(started.nextStep.signInStep).toBe('CONTINUE_SIGN_IN_WITH_TOTP_SETUP');
    if (started.nextStep.signInStep !== 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP') return;
    const secret = started.nextStep.totpSetupDetails.sharedSecret;
    await expect(
      confirmSignIn({ challengeResponse: '000000' === totpNow(pool, secret) ? '111111' : '000000' }),
    ).rejects.toMatchObject({ name: 'EnableSoftwareTokenMFAException' });
    const done = await confirmSignIn({ challengeResponse: totpNow(pool, secret) });
    expect(done.nextStep.signInStep).toBe('DONE');
    await signOut();
    await pool.advance(30_000);
    const next = await signIn({ username: 'otto', password: 'Passw0rd!' });
    expect(next.nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_TOTP_CODE');
    expect((await confirmSignIn({ challengeResponse: totpNow(pool, secret) })).nextStep.signInStep).toBe('DONE');
  });

  it('sets up email MFA when it is the only kind (CONTINUE_SIGN_IN_WITH_EMAIL_SETUP)', async () => {
    pool = await poolFor({
      mfa: { configuration: 'ON', email: true },
      users: [{ username: 'emma', password: 'Passw0rd!' }],
    });
    const started = await signIn({ username: 'emma', password: 'Passw0rd!' });
    expect(started.nextStep.signInStep).toBe('CONTINUE_SIGN_IN_WITH_EMAIL_SETUP');
    const sent = await confirmSignIn({ challengeResponse: 'emma@example.com' });
    expect(sent.nextStep).toMatchObject({
      signInStep: 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE',
      codeDeliveryDetails: { destination: 'e***@e***' },
    });
    const code = (await pool.codes('emma')).at(-1)!;
    expect((await confirmSignIn({ challengeResponse: code })).nextStep.signInStep).toBe('DONE');
    const user = pool.pool.store.getPool(pool.poolId).users.emma!;
    expect(user.mfa.emailEnabled).toBe(true);
    expect(user.attributes.email).toBe('emma@example.com');
  });
});

describe('MFA setup with a choice', () => {
  it('offers TOTP and email when both can be set up, and sets up the one chosen', async () => {
    const pool = await poolFor({
      mfa: { configuration: 'ON', totp: true, email: true },
      users: [{ username: 'mia', password: 'Passw0rd!' }],
    });
    const started = await signIn({ username: 'mia', password: 'Passw0rd!' });
    expect(started.nextStep).toEqual({
      signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION',
      allowedMFATypes: ['TOTP', 'EMAIL'],
    });
    const email = await confirmSignIn({ challengeResponse: 'EMAIL' });
    expect(email.nextStep.signInStep).toBe('CONTINUE_SIGN_IN_WITH_EMAIL_SETUP');
    await confirmSignIn({ challengeResponse: 'mia@example.com' });
    const code = (await pool.codes('mia')).at(-1)!;
    expect((await confirmSignIn({ challengeResponse: code })).nextStep.signInStep).toBe('DONE');
  });
});

describe('temporary passwords with Amplify v6', () => {
  let pool: TestPool;
  beforeAll(async () => {
    pool = await poolFor({
      users: [
        { username: 'nina', password: 'TempPassw0rd!', temporary: true },
        { username: 'ned', password: 'TempPassw0rd!', temporary: true },
      ],
    });
  });

  it('asks for a new password, refuses a weak one, accepts a good one', async () => {
    const started = await signIn({ username: 'nina', password: 'TempPassw0rd!' });
    expect(started.nextStep).toMatchObject({
      signInStep: 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED',
      missingAttributes: [],
    });
    await expect(confirmSignIn({ challengeResponse: 'weak' })).rejects.toMatchObject({
      name: 'InvalidPasswordException',
    });
    expect((await confirmSignIn({ challengeResponse: 'NewPassw0rd!' })).nextStep.signInStep).toBe('DONE');
    await signOut();
    expect((await signIn({ username: 'nina', password: 'NewPassw0rd!' })).nextStep.signInStep).toBe('DONE');
  });

  it('lists required attributes the user lacks and refuses a new password without them', async () => {
    const schema = pool.pool.store.getPool(pool.poolId).config.Schema;
    schema.find((attribute) => attribute.Name === 'name')!.Required = true;
    const started = await signIn({ username: 'ned', password: 'TempPassw0rd!' });
    expect(started.nextStep).toMatchObject({
      signInStep: 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED',
      missingAttributes: ['name'],
    });
    await expect(confirmSignIn({ challengeResponse: 'NewPassw0rd!' })).rejects.toMatchObject({
      name: 'InvalidParameterException',
      message: 'Invalid attributes given, name is missing',
    });
    const done = await confirmSignIn({
      challengeResponse: 'NewPassw0rd!',
      options: { userAttributes: { name: 'Ned' } },
    });
    expect(done.nextStep.signInStep).toBe('DONE');
    expect(pool.pool.store.getPool(pool.poolId).users.ned!.attributes.name).toBe('Ned');
  });
});
