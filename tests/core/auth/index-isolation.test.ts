import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeClient } from './fake-client';
import { fakeTokens } from './fake-cognito';

const browserGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'chrome',
  'browser',
];
const saved = new Map<string, PropertyDescriptor | undefined>();

afterEach(() => {
  for (const [name, descriptor] of saved) {
    if (descriptor) Object.defineProperty(globalThis, name, descriptor);
    else delete (globalThis as Record<string, unknown>)[name];
  }
  saved.clear();
});

describe('createAuthClient in isolation', () => {
  it('imports and runs a sign-in without touching any browser global', async () => {
    const touched: string[] = [];
    for (const name of browserGlobals) {
      saved.set(name, Object.getOwnPropertyDescriptor(globalThis, name));
      Object.defineProperty(globalThis, name, {
        configurable: true,
        get: () => {
          touched.push(name);
          return undefined;
        },
      });
    }
    vi.resetModules();
    const { createAuthClient } = await import('../../../core/auth/index');
    const { cognito, storage } = createFakeClient({
      InitiateAuth: [() => ({ AuthenticationResult: fakeTokens({ username: 'alice', nowSeconds: 1_795_000_000 }) })],
    });
    const auth = createAuthClient({
      userPoolId: 'us-east-1_Pool1',
      userPoolClientId: 'client1',
      userPoolEndpoint: 'http://pool.invalid/',
      storage,
      fetch: cognito.fetch,
      clock: () => 1_795_000_000_000,
    });
    await auth.signIn({ username: 'alice', password: 'pw', options: { authFlowType: 'USER_PASSWORD_AUTH' } });
    expect((await auth.getCurrentUser()).username).toBe('alice');
    expect(touched).toEqual([]);
  });

  it('keeps clients of two app clients on one storage apart', async () => {
    const nowSeconds = Date.UTC(2026, 10, 26, 12, 0, 0) / 1000;
    const first = createFakeClient({
      InitiateAuth: [() => ({ AuthenticationResult: fakeTokens({ username: 'alice', nowSeconds }) })],
    });
    const { createAuthClient } = await import('../../../core/auth/index');
    const second = createAuthClient({
      userPoolId: 'eu-west-1_Other',
      userPoolClientId: 'client2',
      userPoolEndpoint: 'http://other.invalid/',
      storage: first.storage,
      fetch: createFakeClient({
        InitiateAuth: [() => ({ AuthenticationResult: fakeTokens({ username: 'bob', nowSeconds }) })],
      }).cognito.fetch,
      clock: () => nowSeconds * 1000,
    });
    await first.auth.signIn({ username: 'alice', password: 'pw', options: { authFlowType: 'USER_PASSWORD_AUTH' } });
    await second.signIn({ username: 'bob', password: 'pw', options: { authFlowType: 'USER_PASSWORD_AUTH' } });
    expect((await first.auth.getCurrentUser()).username).toBe('alice');
    expect((await second.getCurrentUser()).username).toBe('bob');
    await second.signOut();
    expect((await first.auth.getCurrentUser()).username).toBe('alice');
  });

  it('refuses a pool id without a region with InvalidUserPoolId', async () => {
    const { createAuthClient } = await import('../../../core/auth/index');
    const { storage } = createFakeClient({});
    expect(() => createAuthClient({ userPoolId: 'nounderscore', userPoolClientId: 'c', storage })).toThrow(
      expect.objectContaining({ code: 'InvalidUserPoolId' }),
    );
  });
});
