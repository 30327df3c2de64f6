import {
  AuthenticationDetails,
  CognitoUser,
  CognitoUserAttribute,
  CognitoUserPool,
  type CognitoUserSession,
} from 'amazon-cognito-identity-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SdkPool, startSdkPool } from '../support/sdk-pool';

/* amazon-cognito-identity-js 6.3 as a second client oracle for the account operations. */

let t: SdkPool;
let userPool: CognitoUserPool;

beforeAll(async () => {
  t = await startSdkPool({ pool: { AutoVerifiedAttributes: ['email'] } });
  userPool = new CognitoUserPool({ UserPoolId: t.poolId, ClientId: t.clientId, endpoint: t.pool.url });
});
afterAll(() => t.stop());

const callback =
  <T>(resolve: (value: T) => void, reject: (error: unknown) => void) =>
  (error: Error | undefined | null, result?: T) =>
    error ? reject(error) : resolve(result as T);

const user = (username: string) => new CognitoUser({ Username: username, Pool: userPool });

const authenticate = (username: string, password: string) =>
  new Promise<CognitoUserSession>((resolve, reject) =>
    user(username).authenticateUser(new AuthenticationDetails({ Username: username, Password: password }), {
      onSuccess: resolve,
      onFailure: reject,
    }),
  );

describe('account flows with amazon-cognito-identity-js', () => {
  it('signs up, confirms the registration with the code and signs in by SRP', async () => {
    const email = new CognitoUserAttribute({ Name: 'email', Value: 'bea@example.com' });
    const result = await new Promise<{ userConfirmed: boolean; userSub: string }>((resolve, reject) =>
      userPool.signUp('bea', 'Bea-pass-1234!', [email], [], callback(resolve, reject)),
    );
    expect(result).toMatchObject({ userConfirmed: false, userSub: expect.any(String) });
    await expect(
      new Promise((resolve, reject) => user('bea').confirmRegistration('000000', true, callback(resolve, reject))),
    ).rejects.toMatchObject({ code: 'CodeMismatchException' });
    const code = await t.lastCode('bea');
    await new Promise((resolve, reject) => user('bea').confirmRegistration(code, true, callback(resolve, reject)));
    const session = await authenticate('bea', 'Bea-pass-1234!');
    expect(session.getIdToken().decodePayload().email).toBe('bea@example.com');
  });

  it('changes the password of a signed-in user and reads the attributes back', async () => {
    const signedIn = user('bea');
    await new Promise<CognitoUserSession>((resolve, reject) =>
      signedIn.authenticateUser(new AuthenticationDetails({ Username: 'bea', Password: 'Bea-pass-1234!' }), {
        onSuccess: resolve,
        onFailure: reject,
      }),
    );
    await new Promise((resolve, reject) =>
      signedIn.changePassword('Bea-pass-1234!', 'Bea-next-1234!', callback(resolve, reject)),
    );
    const attributes = await new Promise<CognitoUserAttribute[]>((resolve, reject) =>
      signedIn.getUserAttributes(callback(resolve, reject)),
    );
    expect(attributes.map((attribute) => attribute.getName())).toEqual(expect.arrayContaining(['sub', 'email']));
    await expect(authenticate('bea', 'Bea-pass-1234!')).rejects.toMatchObject({ code: 'NotAuthorizedException' });
  });

  it('resets a forgotten password with the code', async () => {
    const forgetful = user('bea');
    await new Promise<void>((resolve, reject) =>
      forgetful.forgotPassword({
        onSuccess: () => resolve(),
        onFailure: reject,
        inputVerificationCode: () => resolve(),
      }),
    );
    const code = await t.lastCode('bea');
    await new Promise<void>((resolve, reject) =>
      forgetful.confirmPassword(code, 'Bea-reset-1234!', { onSuccess: () => resolve(), onFailure: reject }),
    );
    await expect(authenticate('bea', 'Bea-reset-1234!')).resolves.toBeDefined();
  });
});
