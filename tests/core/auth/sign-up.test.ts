import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPool, type TestPool } from '../../pool/support/test-pool';
import { createPoolAuthClient } from './pool-auth-client';

let pool: TestPool;
beforeAll(async () => {
  pool = await startTestPool({
    poolInput: {
      AutoVerifiedAttributes: ['email'],
      Policies: { SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP'] } },
    },
  });
});
afterAll(() => pool.stop());

const attributes = (username: string) => ({ userAttributes: { email: `${username}@example.com` } });

describe('signUp, confirmSignUp, resendSignUpCode and autoSignIn against the local pool', () => {
  it('resends the code, refuses a wrong one, and confirms without auto sign-in as DONE', async () => {
    const { auth } = createPoolAuthClient(pool);
    const signedUp = await auth.signUp({ username: 'ada', password: 'Passw0rd!', options: attributes('ada') });
    expect(signedUp).toMatchObject({
      isSignUpComplete: false,
      userId: expect.any(String),
      nextStep: {
        signUpStep: 'CONFIRM_SIGN_UP',
        codeDeliveryDetails: { deliveryMedium: 'EMAIL', attributeName: 'email' },
      },
    });
    expect(await auth.resendSignUpCode({ username: 'ada' })).toMatchObject({
      deliveryMedium: 'EMAIL',
      destination: 'a***@e***',
    });
    const code = (await pool.codes('ada')).at(-1)!;
    await expect(
      auth.confirmSignUp({ username: 'ada', confirmationCode: code === '000000' ? '111111' : '000000' }),
    ).rejects.toMatchObject({
      code: 'CodeMismatchException',
    });
    expect(await auth.confirmSignUp({ username: 'ada', confirmationCode: code })).toEqual({
      isSignUpComplete: true,
      nextStep: { signUpStep: 'DONE' },
    });
    await expect(auth.autoSignIn()).rejects.toMatchObject({ code: 'AutoSignInException' });
  });

  it('signs in with USER_AUTH after confirmation using ConfirmSignUp’s Session, with no password or code', async () => {
    const { auth, sent } = createPoolAuthClient(pool);
    await auth.signUp({
      username: 'bea',
      password: 'Passw0rd!',
      options: { ...attributes('bea'), autoSignIn: { authFlowType: 'USER_AUTH' } },
    });
    const code = (await pool.codes('bea')).at(-1)!;
    expect((await auth.confirmSignUp({ username: 'bea', confirmationCode: code })).nextStep.signUpStep).toBe(
      'COMPLETE_AUTO_SIGN_IN',
    );
    expect(await auth.autoSignIn()).toEqual({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    const initiate = sent.find((request) => request.operation === 'InitiateAuth');
    expect(initiate?.body).toMatchObject({
      AuthFlow: 'USER_AUTH',
      AuthParameters: { USERNAME: 'bea' },
      Session: expect.any(String),
    });
    expect(JSON.stringify(initiate?.body)).not.toContain('Passw0rd!');
    await expect(auth.autoSignIn()).rejects.toMatchObject({ code: 'AutoSignInException' });
  });

  it('cancels a pending auto sign-in when the user signs in by hand', async () => {
    const { auth } = createPoolAuthClient(pool);
    await auth.signUp({ username: 'cal', password: 'Passw0rd!', options: { ...attributes('cal'), autoSignIn: true } });
    await auth.confirmSignUp({ username: 'cal', confirmationCode: (await pool.codes('cal')).at(-1)! });
    expect((await auth.signIn({ username: 'cal', password: 'Passw0rd!' })).nextStep.signInStep).toBe('DONE');
    await auth.signOut();
    await expect(auth.autoSignIn()).rejects.toMatchObject({ code: 'AutoSignInException' });
  });

  it('finishes an auto sign-in on a fresh client after sign-up and after confirmation, then wipes it', async () => {
    const { auth, another, storage } = createPoolAuthClient(pool);
    await auth.signUp({ username: 'dan', password: 'Passw0rd!', options: { ...attributes('dan'), autoSignIn: true } });
    const code = (await pool.codes('dan')).at(-1)!;
    const confirmed = await another().confirmSignUp({ username: 'dan', confirmationCode: code });
    expect(confirmed.nextStep.signUpStep).toBe('COMPLETE_AUTO_SIGN_IN');
    const restarted = another();
    expect(await restarted.autoSignIn()).toEqual({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    expect((await restarted.getCurrentUser()).username).toBe('dan');
    expect([...storage.entries.keys()].filter((key) => key.startsWith('CognitoAutoSignIn.'))).toEqual([]);
    await expect(another().autoSignIn()).rejects.toMatchObject({ code: 'AutoSignInException' });
  });

  it('keeps no password for a USER_AUTH auto sign-in, only ConfirmSignUp’s Session', async () => {
    const { auth, another, storage } = createPoolAuthClient(pool);
    await auth.signUp({
      username: 'eve',
      password: 'Passw0rd!',
      options: { ...attributes('eve'), autoSignIn: { authFlowType: 'USER_AUTH' } },
    });
    await auth.confirmSignUp({ username: 'eve', confirmationCode: (await pool.codes('eve')).at(-1)! });
    expect(JSON.stringify([...storage.entries])).not.toContain('Passw0rd!');
    expect([...storage.entries.keys()].filter((key) => key.startsWith('CognitoAutoSignIn.'))).toHaveLength(1);
    expect((await another().autoSignIn()).nextStep.signInStep).toBe('DONE');
  });

  it('forgets an auto sign-in after Amplify’s 3 minutes, and on sign-out or cancel', async () => {
    const { auth, another, clock, storage } = createPoolAuthClient(pool);
    const armed = () => [...storage.entries.keys()].filter((key) => key.startsWith('CognitoAutoSignIn.'));
    await auth.signUp({ username: 'fay', password: 'Passw0rd!', options: { ...attributes('fay'), autoSignIn: true } });
    clock.offset += 3 * 60 * 1000;
    const late = await another().confirmSignUp({
      username: 'fay',
      confirmationCode: (await pool.codes('fay')).at(-1)!,
    });
    expect(late.nextStep.signUpStep).toBe('DONE');
    expect(armed()).toEqual([]);

    await auth.signUp({ username: 'gus', password: 'Passw0rd!', options: { ...attributes('gus'), autoSignIn: true } });
    expect(armed()).toHaveLength(2);
    await another().signOut();
    expect(armed()).toEqual([]);

    await auth.signUp({ username: 'hal', password: 'Passw0rd!', options: { ...attributes('hal'), autoSignIn: true } });
    await another().cancelSignIn();
    expect(armed()).toEqual([]);
    await expect(another().autoSignIn()).rejects.toMatchObject({ code: 'AutoSignInException' });
  });

  it('treats a damaged auto sign-in record as none and wipes it', async () => {
    const { another, storage } = createPoolAuthClient(pool);
    storage.entries.set(`CognitoAutoSignIn.${pool.clientId}`, '{"v":1,"username":7}');
    storage.entries.set(`CognitoAutoSignIn.${pool.clientId}.password`, 'Passw0rd!');
    await expect(another().autoSignIn()).rejects.toMatchObject({ code: 'AutoSignInException' });
    expect([...storage.entries.keys()]).toEqual([]);
  });

  it('refuses an empty username before any request', async () => {
    const { auth, sent } = createPoolAuthClient(pool);
    await expect(auth.signUp({ username: '', password: 'x' })).rejects.toMatchObject({ code: 'EmptySignUpUsername' });
    await expect(auth.confirmSignUp({ username: 'x', confirmationCode: '' })).rejects.toMatchObject({
      code: 'EmptyConfirmSignUpCode',
    });
    expect(sent).toHaveLength(0);
  });
});
