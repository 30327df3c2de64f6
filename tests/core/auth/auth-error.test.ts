import { describe, expect, it } from 'vitest';
import { AuthError } from '../../../core/auth/auth-error';
import { isSidekeyError, SidekeyError } from '../../../core/errors/sidekey-error';
import { createFakeClient } from './fake-client';
import { cognitoError, fakeTokens } from './fake-cognito';

/** Every exception the local pool sends (pool/ `new CognitoError('<name>', …)`), each as the engine must name it. */
const POOL_EXCEPTIONS = [
  'AliasExistsException',
  'CodeMismatchException',
  'EnableSoftwareTokenMFAException',
  'ExpiredCodeException',
  'InternalErrorException',
  'InvalidParameterException',
  'InvalidPasswordException',
  'InvalidUserPoolConfigurationException',
  'LimitExceededException',
  'NotAuthorizedException',
  'PasswordResetRequiredException',
  'RequestEntityTooLargeException',
  'ResourceNotFoundException',
  'SerializationException',
  'SoftwareTokenMFANotFoundException',
  'UnknownOperationException',
  'UnsupportedOperationException',
  'UnsupportedTokenTypeException',
  'UnsupportedUserStateException',
  'UserNotConfirmedException',
  'UserNotFoundException',
  'UsernameExistsException',
  'WebAuthnChallengeNotFoundException',
  'WebAuthnClientMismatchException',
  'WebAuthnCredentialNotSupportedException',
  'WebAuthnNotEnabledException',
  'WebAuthnOriginNotAllowedException',
  'WebAuthnRelyingPartyMismatchException',
];

/** What a rejected promise rejected with. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('AuthError', () => {
  it("is a SidekeyError named by its code, with Amplify's recoverySuggestion and underlyingError", () => {
    const cause = new TypeError('Failed to fetch');
    const error = new AuthError({ code: 'NetworkError', message: 'offline', recoverySuggestion: 'Retry.', cause });
    expect(error).toBeInstanceOf(SidekeyError);
    expect(isSidekeyError(error, 'NetworkError')).toBe(true);
    expect(error).toMatchObject({ name: 'NetworkError', code: 'NetworkError', message: 'offline' });
    expect(error.recoverySuggestion).toBe('Retry.');
    expect(error.underlyingError).toBe(cause);
    expect(error.cause).toBe(cause);
    expect(String(error)).toBe('NetworkError: offline');
  });
});

describe("the engine's errors in Amplify's shape", () => {
  it.each(POOL_EXCEPTIONS)('names %s as Cognito named it, keeping the code and the message', async (exception) => {
    const { auth } = createFakeClient({
      ForgotPassword: [
        () => {
          throw cognitoError(exception, `the pool says ${exception}`);
        },
      ],
    });
    const error = await rejection(auth.resetPassword({ username: 'alice' }));
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ name: exception, code: exception, message: `the pool says ${exception}` });
  });

  it("names the engine's own failures as Amplify does, with its recovery suggestions", async () => {
    const { auth } = createFakeClient({
      InitiateAuth: [() => ({ AuthenticationResult: fakeTokens({ username: 'alice', nowSeconds: 1_795_000_000 }) })],
    });
    expect(await rejection(auth.signIn({ username: '' }))).toMatchObject({
      name: 'EmptySignInUsername',
      code: 'EmptySignInUsername',
    });
    expect(await rejection(auth.confirmSignIn({ challengeResponse: '123456' }))).toMatchObject({
      name: 'SignInException',
      recoverySuggestion:
        'Make sure a successful call to signIn is made before calling confirmSignIn and that the session has not expired.',
    });
    await auth.signIn({ username: 'alice', password: 'pw', options: { authFlowType: 'USER_PASSWORD_AUTH' } });
    expect(await rejection(auth.signIn({ username: 'alice', password: 'pw' }))).toMatchObject({
      name: 'UserAlreadyAuthenticatedException',
      recoverySuggestion: 'Call signOut before calling signIn again.',
    });
  });
});
