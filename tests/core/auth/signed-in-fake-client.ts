import { createFakeClient } from './fake-client';
import { fakeTokens } from './fake-cognito';

/**
 * A {@link createFakeClient} in which alice has signed in with USER_PASSWORD_AUTH at the fake clock's start; `script`
 * adds the Cognito answers the test needs next. With it, the second her tokens were issued at.
 */
export async function signedInFakeClient(script: Parameters<typeof createFakeClient>[0]) {
  const nowSeconds = Date.UTC(2026, 10, 26, 12, 0, 0) / 1000;
  const fake = createFakeClient({
    InitiateAuth: [() => ({ AuthenticationResult: fakeTokens({ username: 'alice', nowSeconds }) })],
    ...script,
  });
  await fake.auth.signIn({ username: 'alice', password: 'pw', options: { authFlowType: 'USER_PASSWORD_AUTH' } });
  return { ...fake, nowSeconds };
}
