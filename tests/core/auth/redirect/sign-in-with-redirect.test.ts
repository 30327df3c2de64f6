import { describe, expect, it } from 'vitest';
import { createTokenStore } from '../../../../core/auth/auth-storage';
import type { OpenAuthSession } from '../../../../core/auth/index';
import { createPkceChallenge } from '../../../../core/auth/redirect/authorize-url';
import { type RedirectContext, signInWithRedirect } from '../../../../core/auth/redirect/sign-in-with-redirect';
import { createMemoryStorage } from '../memory-storage';

const clientId = 'client123';

function fakeJwt(payload: Record<string, unknown>): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none' })}.${part(payload)}.sig`;
}

function setup(options: { open: OpenAuthSession; tokenAnswer?: { status: number; body: object } }) {
  const storage = createMemoryStorage();
  const requests: { url: string; body: URLSearchParams }[] = [];
  let counter = 0;
  const context: RedirectContext = {
    clientId,
    oauth: {
      domain: 'auth.example.com',
      scopes: ['openid', 'email'],
      redirectSignIn: ['https://ext.example/callback'],
      redirectSignOut: ['https://ext.example/signed-out'],
      responseType: 'code',
    },
    openAuthSession: options.open,
    storage,
    fetch: (async (url: string, init: RequestInit) => {
      requests.push({ url, body: new URLSearchParams(String(init.body)) });
      const answer = options.tokenAnswer ?? {
        status: 200,
        body: {
          access_token: fakeJwt({ username: 'alice', iat: 1000 }),
          id_token: fakeJwt({ sub: 's' }),
          refresh_token: 'refresh-1',
          token_type: 'Bearer',
          expires_in: 3600,
        },
      };
      return new Response(JSON.stringify(answer.body), { status: answer.status });
    }) as typeof fetch,
    now: () => 1_000_500,
    random: (count) => Uint8Array.from({ length: count }, () => counter++ % 256),
    tokens: createTokenStore({ storage, clientId }),
  };
  return { context, storage, requests };
}

/** An openAuthSession that "signs in" by redirecting with a code and the state it was given. */
function redirectWith(params: (authorize: URL) => Record<string, string>): OpenAuthSession & { urls: string[] } {
  const urls: string[] = [];
  const open = async (url: string, redirectUrls: string[]) => {
    urls.push(url);
    const authorize = new URL(url);
    const callback = new URL(redirectUrls[0]!);
    for (const [key, value] of Object.entries(params(authorize))) callback.searchParams.set(key, value);
    return { type: 'success' as const, url: callback.toString() };
  };
  return Object.assign(open, { urls });
}

describe('signInWithRedirect', () => {
  it('sends PKCE S256 and state, redeems the code with the verifier and stores the tokens', async () => {
    const open = redirectWith((authorize) => ({ code: 'the-code', state: authorize.searchParams.get('state')! }));
    const { context, storage, requests } = setup({ open });
    await expect(signInWithRedirect(context)).resolves.toEqual({ username: 'alice' });

    const authorize = new URL(open.urls[0]!);
    expect(authorize.origin + authorize.pathname).toBe('https://auth.example.com/oauth2/authorize');
    expect([...authorize.searchParams.keys()]).toEqual([
      'redirect_uri',
      'response_type',
      'client_id',
      'identity_provider',
      'scope',
      'state',
      'code_challenge',
      'code_challenge_method',
    ]);
    expect(authorize.searchParams.get('scope')).toBe('openid email');
    expect(authorize.searchParams.get('state')).toMatch(/^[A-Za-z0-9]{32}$/);

    const token = requests[0]!;
    expect(token.url).toBe('https://auth.example.com/oauth2/token');
    expect(token.body.get('grant_type')).toBe('authorization_code');
    expect(token.body.get('code')).toBe('the-code');
    expect(token.body.get('redirect_uri')).toBe('https://ext.example/callback');
    const verifier = token.body.get('code_verifier')!;
    expect(verifier).toMatch(/^[A-Za-z0-9]{128}$/);
    expect(await createPkceChallenge(verifier)).toBe(authorize.searchParams.get('code_challenge'));

    const stored = await context.tokens.load();
    expect(stored).toMatchObject({ username: 'alice', refreshToken: 'refresh-1', clockDrift: -500 });
    expect(storage.entries.get(`CognitoIdentityServiceProvider.${clientId}.alice.oauthMetadata`)).toBe(
      '{"oauthSignIn":true}',
    );
    expect(storage.entries.has(`CognitoIdentityServiceProvider.${clientId}.oauthPKCE`)).toBe(false);
  });

  it('refuses a redirect carrying another state and stores nothing', async () => {
    const open = redirectWith(() => ({ code: 'the-code', state: 'forged' }));
    const { context, requests } = setup({ open });
    await expect(signInWithRedirect(context)).rejects.toMatchObject({ code: 'OAuthStateMismatch' });
    expect(requests).toHaveLength(0);
    expect(await context.tokens.load()).toBeUndefined();
  });

  it('refuses a redirect with the right state at another address and stores nothing', async () => {
    const open: OpenAuthSession = async (url) => {
      const state = new URL(url).searchParams.get('state')!;
      return { type: 'success', url: `https://evil.example/callback?code=the-code&state=${state}` };
    };
    const { context, requests } = setup({ open });
    await expect(signInWithRedirect(context)).rejects.toMatchObject({ code: 'OAuthRedirectMismatch' });
    expect(requests).toHaveLength(0);
    expect(await context.tokens.load()).toBeUndefined();
  });

  it('reports a closed hosted-UI window as OAuthCanceled', async () => {
    const { context } = setup({ open: async () => ({ type: 'canceled' }) });
    await expect(signInWithRedirect(context)).rejects.toMatchObject({ code: 'OAuthCanceled' });
    const thrower: OpenAuthSession = async () => {
      throw new Error('The user did not approve access.');
    };
    await expect(signInWithRedirect({ ...context, openAuthSession: thrower })).rejects.toMatchObject({
      code: 'OAuthCanceled',
    });
  });

  it('reports an error redirect as OAuthSignInException', async () => {
    const open = redirectWith((authorize) => ({ error: 'access_denied', state: authorize.searchParams.get('state')! }));
    const { context } = setup({ open });
    await expect(signInWithRedirect(context)).rejects.toMatchObject({ code: 'OAuthSignInException' });
  });

  it('reports a refused code exchange with the token endpoint error', async () => {
    const open = redirectWith((authorize) => ({ code: 'c', state: authorize.searchParams.get('state')! }));
    const { context } = setup({ open, tokenAnswer: { status: 400, body: { error: 'invalid_grant' } } });
    await expect(signInWithRedirect(context)).rejects.toMatchObject({
      code: 'OAuthSignInException',
      message: 'invalid_grant',
    });
    expect(await context.tokens.load()).toBeUndefined();
  });

  it('refuses to start while a user is signed in', async () => {
    const open = redirectWith((authorize) => ({ code: 'c', state: authorize.searchParams.get('state')! }));
    const { context } = setup({ open });
    await signInWithRedirect(context);
    await expect(signInWithRedirect(context)).rejects.toMatchObject({ code: 'UserAlreadyAuthenticatedException' });
    expect(open.urls).toHaveLength(1);
  });

  it('needs hosted-UI settings and an openAuthSession port', async () => {
    const { context } = setup({ open: async () => ({ type: 'canceled' }) });
    await expect(signInWithRedirect({ ...context, oauth: undefined })).rejects.toMatchObject({
      code: 'OAuthNotConfigured',
    });
    await expect(signInWithRedirect({ ...context, openAuthSession: undefined })).rejects.toMatchObject({
      code: 'OAuthNotConfigured',
    });
  });
});
