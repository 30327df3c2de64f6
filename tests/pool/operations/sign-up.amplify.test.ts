import { Amplify } from 'aws-amplify';
import {
  autoSignIn,
  confirmResetPassword,
  confirmSignUp,
  confirmUserAttribute,
  deleteUser,
  fetchUserAttributes,
  resetPassword,
  sendUserAttributeVerificationCode,
  signIn,
  signOut,
  signUp,
  updatePassword,
  updateUserAttributes,
} from 'aws-amplify/auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SdkPool, startSdkPool } from '../support/sdk-pool';

/*
 * Amplify v6 as the client oracle for the account operations: the same calls a web app makes, against the local
 * pool through `userPoolEndpoint` (docs/cognito-api.md §1.1, §6).
 */

let t: SdkPool;

beforeAll(async () => {
  t = await startSdkPool({
    pool: { AutoVerifiedAttributes: ['email'] },
    client: {
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      PreventUserExistenceErrors: 'ENABLED',
    },
  });
  Amplify.configure({
    Auth: { Cognito: { userPoolId: t.poolId, userPoolClientId: t.clientId, userPoolEndpoint: t.pool.url } },
  });
});
afterAll(() => t.stop());

describe('account flows with Amplify v6', () => {
  it('signs up, confirms with the emailed code and signs in automatically', async () => {
    const started = await signUp({
      username: 'amy',
      password: 'Amy-pass-1234!',
      options: { userAttributes: { email: 'amy@example.com' }, autoSignIn: { authFlowType: 'USER_AUTH' } },
    });
    expect(started.nextStep).toMatchObject({
      signUpStep: 'CONFIRM_SIGN_UP',
      codeDeliveryDetails: { deliveryMedium: 'EMAIL', destination: 'a***@e***', attributeName: 'email' },
    });
    await expect(confirmSignUp({ username: 'amy', confirmationCode: '000000' })).rejects.toMatchObject({
      name: 'CodeMismatchException',
    });
    const confirmed = await confirmSignUp({ username: 'amy', confirmationCode: await t.lastCode('amy') });
    expect(confirmed.nextStep.signUpStep).toBe('COMPLETE_AUTO_SIGN_IN');
    const signedIn = await autoSignIn();
    expect(signedIn.isSignedIn).toBe(true);
    expect(await fetchUserAttributes()).toMatchObject({ email: 'amy@example.com', email_verified: 'true' });
  });

  it('changes the password, the email and verifies the new email while signed in', async () => {
    await expect(updatePassword({ oldPassword: 'Wrong-pass-1!', newPassword: 'Amy-new-1234!' })).rejects.toMatchObject({
      name: 'NotAuthorizedException',
    });
    await updatePassword({ oldPassword: 'Amy-pass-1234!', newPassword: 'Amy-new-1234!' });
    const updated = await updateUserAttributes({ userAttributes: { email: 'amy.new@example.com' } });
    expect(updated.email?.nextStep.updateAttributeStep).toBe('CONFIRM_ATTRIBUTE_WITH_CODE');
    await sendUserAttributeVerificationCode({ userAttributeKey: 'email' });
    await confirmUserAttribute({ userAttributeKey: 'email', confirmationCode: await t.lastCode('amy') });
    expect(await fetchUserAttributes()).toMatchObject({ email: 'amy.new@example.com', email_verified: 'true' });
    await signOut();
  });

  it('resets a forgotten password with the emailed code and signs in with the new one by SRP', async () => {
    const reset = await resetPassword({ username: 'amy' });
    expect(reset.nextStep).toMatchObject({
      resetPasswordStep: 'CONFIRM_RESET_PASSWORD_WITH_CODE',
      codeDeliveryDetails: { deliveryMedium: 'EMAIL', destination: 'a***@e***' },
    });
    await confirmResetPassword({
      username: 'amy',
      confirmationCode: await t.lastCode('amy'),
      newPassword: 'Amy-reset-1234!',
    });
    await expect(signIn({ username: 'amy', password: 'Amy-new-1234!' })).rejects.toMatchObject({
      name: 'NotAuthorizedException',
    });
    expect((await signIn({ username: 'amy', password: 'Amy-reset-1234!' })).isSignedIn).toBe(true);
  });

  it('deletes the account, after which signing in fails like a wrong password', async () => {
    await deleteUser();
    await expect(signIn({ username: 'amy', password: 'Amy-reset-1234!' })).rejects.toMatchObject({
      name: 'NotAuthorizedException',
    });
  });
});
