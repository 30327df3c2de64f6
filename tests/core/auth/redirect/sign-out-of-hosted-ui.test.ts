import { describe, expect, it } from 'vitest';
import { createTokenStore } from '../../../../core/auth/auth-storage';
import type { RedirectContext } from '../../../../core/auth/redirect/sign-in-with-redirect';
import { isHostedUiSignIn, signOutOfHostedUi } from '../../../../core/auth/redirect/sign-out-of-hosted-ui';
import { createMemoryStorage } from '../memory-storage';

const clientId = 'client123';

function setup() {
  const storage = createMemoryStorage();
  const map = storage.entries;
  const opened: { url: string; redirects: string[] }[] = [];
  const context: RedirectContext = {
    clientId,
    oauth: {
      domain: 'auth.example.com',
      scopes: ['openid'],
      redirectSignIn: ['https://ext.example/cb'],
      redirectSignOut: ['https://ext.example/out'],
      responseType: 'code',
    },
    openAuthSession: async (url, redirects) => {
      opened.push({ url, redirects });
      return { type: 'success', url: redirects[0] };
    },
    storage,
    fetch: (async () => new Response('{}')) as typeof fetch,
    now: () => 0,
    random: (count) => new Uint8Array(count),
    tokens: createTokenStore({ storage, clientId }),
  };
  return { context, map, opened };
}

describe('isHostedUiSignIn', () => {
  it('is true only for a user whose tokens came through the hosted UI', async () => {
    const { context, map } = setup();
    expect(await isHostedUiSignIn(context)).toBe(false);
    await context.tokens.save({ username: 'alice', accessToken: 'a.b.c', clockDrift: 0 });
    expect(await isHostedUiSignIn(context)).toBe(false);
    map.set(`CognitoIdentityServiceProvider.${clientId}.alice.oauthMetadata`, '{"oauthSignIn":true}');
    expect(await isHostedUiSignIn(context)).toBe(true);
    map.set(`CognitoIdentityServiceProvider.${clientId}.alice.oauthMetadata`, '{not json');
    expect(await isHostedUiSignIn(context)).toBe(false);
  });
});

describe('signOutOfHostedUi', () => {
  it('opens the logout endpoint with the client and the first sign-out URL', async () => {
    const { context, opened } = setup();
    await signOutOfHostedUi(context);
    expect(opened).toEqual([
      {
        url: 'https://auth.example.com/logout?client_id=client123&logout_uri=https%3A%2F%2Fext.example%2Fout',
        redirects: ['https://ext.example/out'],
      },
    ]);
  });

  it('does nothing without a sign-out URL or a port, and ignores a failing port', async () => {
    const { context, opened } = setup();
    await signOutOfHostedUi({ ...context, oauth: { ...context.oauth!, redirectSignOut: [] } });
    await signOutOfHostedUi({ ...context, openAuthSession: undefined });
    expect(opened).toHaveLength(0);
    const failing: RedirectContext['openAuthSession'] = async () => {
      throw new Error('window closed');
    };
    await expect(signOutOfHostedUi({ ...context, openAuthSession: failing })).resolves.toBeUndefined();
  });
});
