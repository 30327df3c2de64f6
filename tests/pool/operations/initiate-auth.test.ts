import { autoSignIn, confirmSignIn, confirmSignUp, fetchAuthSession, signIn, signUp } from 'aws-amplify/auth';
import { beforeAll, describe, expect, it } from 'vitest';
import { amplifyPoolStarter } from '../support/amplify-pool-starter';
import type { TestPool } from '../support/test-pool';

const poolFor = amplifyPoolStarter();

describe('password sign-in with Amplify v6', () => {
  let pool: TestPool;
  beforeAll(async () => {
    pool = await poolFor({ users: [{ username: 'alice', password: 'Passw0rd!' }] });
  });

  it('signs in by SRP with the right password', async () => {
    const result = await signIn({ username: 'alice', password: 'Passw0rd!' });
    expect(result).toEqual({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    const session = await fetchAuthSession();
    expect(session.tokens?.accessToken.payload.username).toBe('alice');
  });

  it('refuses a wrong password by SRP with NotAuthorizedException', async () => {
    await expect(signIn({ username: 'alice', password: 'wrong-Passw0rd!' })).rejects.toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });
  });

  it('signs in with USER_PASSWORD_AUTH and refuses a wrong password there too', async () => {
    const options = { authFlowType: 'USER_PASSWORD_AUTH' as const };
    await expect(signIn({ username: 'alice', password: 'nope-Passw0rd!', options })).rejects.toMatchObject({
      name: 'NotAuthorizedException',
    });
    const result = await signIn({ username: 'alice', password: 'Passw0rd!', options });
    expect(result.nextStep.signInStep).toBe('DONE');
    expect(pool.poolId).toMatch(/^us-east-1_/);
  });

  it('names an unknown user UserNotFoundException while existence errors are not prevented', async () => {
    await expect(signIn({ username: 'nobody', password: 'Passw0rd!' })).rejects.toMatchObject({
      name: 'UserNotFoundException',
    });
  });
});

describe('USER_AUTH with Amplify v6', () => {
  let pool: TestPool;
  beforeAll(async () => {
    pool = await poolFor({
      poolInput: { Policies: { SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP'] } } },
      users: [
        {
          username: 'erin',
          password: 'Passw0rd!',
          attributes: { email: 'erin@example.com', email_verified: 'true' },
        },
      ],
    });
  });

  it('signs in with an EMAIL_OTP code from the outbox', async () => {
    const started = await signIn({
      username: 'erin',
      options: { authFlowType: 'USER_AUTH', preferredChallenge: 'EMAIL_OTP' },
    });
    expect(started.nextStep).toMatchObject({
      signInStep: 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE',
      codeDeliveryDetails: { deliveryMedium: 'EMAIL', destination: 'e***@e***' },
    });
    const code = (await pool.codes('erin')).at(-1)!;
    expect(code).toMatch(/^\d{8}$/);
    await expect(
      confirmSignIn({ challengeResponse: code === '00000000' ? '11111111' : '00000000' }),
    ).rejects.toMatchObject({ name: 'CodeMismatchException' });
    const done = await confirmSignIn({ challengeResponse: code });
    expect(done.nextStep.signInStep).toBe('DONE');
  });

  it('offers the first factors without a preference, then signs in with PASSWORD_SRP', async () => {
    const started = await signIn({ username: 'erin', options: { authFlowType: 'USER_AUTH' } });
    expect(started.nextStep).toEqual({
      signInStep: 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION',
      availableChallenges: ['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP'],
    });
    const chosen = await confirmSignIn({ challengeResponse: 'PASSWORD_SRP' });
    expect(chosen.nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_PASSWORD');
    const done = await confirmSignIn({ challengeResponse: 'Passw0rd!' });
    expect(done.nextStep.signInStep).toBe('DONE');
  });

  it('signs in with the PASSWORD factor and refuses a wrong one', async () => {
    const options = { authFlowType: 'USER_AUTH' as const, preferredChallenge: 'PASSWORD' as const };
    await expect(signIn({ username: 'erin', password: 'bad-Passw0rd!', options })).rejects.toMatchObject({
      name: 'NotAuthorizedException',
    });
    expect((await signIn({ username: 'erin', password: 'Passw0rd!', options })).nextStep.signInStep).toBe('DONE');
  });
});

describe('custom auth with the built-in secret-answer triggers', () => {
  beforeAll(async () => {
    await poolFor({
      poolInput: { Schema: [{ Name: 'answer', AttributeDataType: 'String', Mutable: true }] },
      localConfig: { CustomAuth: { mode: 'secret-answer', answer: '42' } },
      users: [
        { username: 'carl', password: 'Passw0rd!' },
        { username: 'cora', password: 'Passw0rd!', attributes: { 'custom:answer': 'blue' } },
      ],
    });
  });

  it('asks again after a wrong answer and signs in after the right one (CUSTOM_WITHOUT_SRP)', async () => {
    const started = await signIn({ username: 'carl', options: { authFlowType: 'CUSTOM_WITHOUT_SRP' } });
    expect(started.nextStep).toMatchObject({
      signInStep: 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE',
      additionalInfo: { question: 'What is the answer?', round: '1' },
    });
    const again = await confirmSignIn({ challengeResponse: '41' });
    expect(again.nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE');
    expect((await confirmSignIn({ challengeResponse: '42' })).nextStep.signInStep).toBe('DONE');
  });

  it('checks the password by SRP first, then the answer from the user attribute (CUSTOM_WITH_SRP)', async () => {
    const started = await signIn({
      username: 'cora',
      password: 'Passw0rd!',
      options: { authFlowType: 'CUSTOM_WITH_SRP' },
    });
    expect(started.nextStep.signInStep).toBe('CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE');
    expect((await confirmSignIn({ challengeResponse: 'blue' })).nextStep.signInStep).toBe('DONE');
  });

  it('refuses a wrong password before any custom challenge (CUSTOM_WITH_SRP)', async () => {
    await expect(
      signIn({ username: 'cora', password: 'Wrong-pass1!', options: { authFlowType: 'CUSTOM_WITH_SRP' } }),
    ).rejects.toMatchObject({ name: 'NotAuthorizedException' });
  });

  it('fails the sign-in after three wrong answers', async () => {
    await signIn({ username: 'carl', options: { authFlowType: 'CUSTOM_WITHOUT_SRP' } });
    await confirmSignIn({ challengeResponse: 'a' });
    await confirmSignIn({ challengeResponse: 'b' });
    await expect(confirmSignIn({ challengeResponse: 'c' })).rejects.toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Incorrect username or password.',
    });
  });
});

describe('auto sign-in after sign-up with Amplify v6', () => {
  let pool: TestPool;
  beforeAll(async () => {
    pool = await poolFor({ poolInput: { AutoVerifiedAttributes: ['email'] } });
  });

  it('confirms the sign-up with the outbox code and signs in with the ConfirmSignUp Session', async () => {
    const signedUp = await signUp({
      username: 'sam',
      password: 'Passw0rd!',
      options: { userAttributes: { email: 'sam@example.com' }, autoSignIn: { authFlowType: 'USER_AUTH' } },
    });
    expect(signedUp.nextStep.signUpStep).toBe('CONFIRM_SIGN_UP');
    const code = (await pool.codes('sam')).at(-1)!;
    const confirmed = await confirmSignUp({ username: 'sam', confirmationCode: code });
    expect(confirmed.nextStep.signUpStep).toBe('COMPLETE_AUTO_SIGN_IN');
    const result = await autoSignIn();
    expect(result.nextStep.signInStep).toBe('DONE');
    expect((await fetchAuthSession()).tokens?.idToken?.payload.email).toBe('sam@example.com');
  });

  it('refuses a made-up sign-up Session on the wire', async () => {
    const reply = await pool.call('InitiateAuth', {
      ClientId: pool.clientId,
      AuthFlow: 'USER_AUTH',
      AuthParameters: { USERNAME: 'sam' },
      Session: 'AYABeMadeUpSession',
    });
    expect(reply.body).toEqual({ __type: 'NotAuthorizedException', message: 'Invalid session for the user.' });
  });
});

describe('email as username with Amplify v6', () => {
  beforeAll(async () => {
    await poolFor({
      poolInput: { UsernameAttributes: ['email'] },
      users: [{ username: 'ada@example.com', password: 'Passw0rd!', attributes: { email_verified: 'true' } }],
    });
  });

  it('signs in by SRP with the email, the verifier being keyed to the generated username (USER_ID_FOR_SRP)', async () => {
    const result = await signIn({ username: 'ada@example.com', password: 'Passw0rd!' });
    expect(result.nextStep.signInStep).toBe('DONE');
    const { tokens } = await fetchAuthSession();
    expect(tokens?.accessToken.payload.username).toBe(tokens?.accessToken.payload.sub);
    expect(tokens?.idToken?.payload.email).toBe('ada@example.com');
  });
});

describe('custom auth with the built-in code-challenge triggers', () => {
  let pool: TestPool;
  beforeAll(async () => {
    pool = await poolFor({
      localConfig: { CustomAuth: { mode: 'code-challenge' } },
      users: [{ username: 'cody', password: 'Passw0rd!', attributes: { email: 'cody@example.com' } }],
    });
  });

  it('sends a code to the outbox and signs in with it', async () => {
    const started = await signIn({ username: 'cody', options: { authFlowType: 'CUSTOM_WITHOUT_SRP' } });
    expect(started.nextStep).toMatchObject({
      signInStep: 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE',
      additionalInfo: { challenge: 'CODE', CODE_DELIVERY_DESTINATION: 'c***@e***' },
    });
    const code = (await pool.codes('cody')).at(-1)!;
    expect((await confirmSignIn({ challengeResponse: code })).nextStep.signInStep).toBe('DONE');
  });
});
