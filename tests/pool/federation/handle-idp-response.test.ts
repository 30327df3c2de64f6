import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningPool, startPool } from '../../../pool/start-pool';
import { authorizeUrl, callbackUrl, poolId, redeemCallbackCode } from '../hosted-ui/hosted-ui-pool';
import { signInThroughProvider } from './federation-browser';
import { federationSeed } from './federation-pool';

let pool: RunningPool;

/** The app's authorize URL asking for a provider (`identity_provider`, or another parameter such as `idp_identifier`). */
function providerAuthorizeUrl(value: string, parameter = 'identity_provider'): string {
  const url = new URL(authorizeUrl(pool.url));
  url.searchParams.delete('identity_provider');
  url.searchParams.set(parameter, value);
  return url.toString();
}

/** The ID token's claims for the code in the app's redirect. */
async function idTokenClaims(location: string): Promise<Record<string, unknown>> {
  const { id_token } = await redeemCallbackCode(pool.url, location);
  return JSON.parse(Buffer.from(id_token.split('.')[1]!, 'base64url').toString());
}

beforeAll(async () => {
  pool = await startPool({ seed: federationSeed() });
});
afterAll(() => pool.stop());

describe('sign-in through an identity provider', () => {
  it('goes to the provider with the pool’s own state and comes back to the app with a pool code and the app’s state', async () => {
    const result = await signInThroughProvider({
      authorizeUrl: providerAuthorizeUrl('ExampleCorp'),
      email: 'fay@example.com',
      name: 'Fay',
    });
    const atProvider = new URL(result.visited[1]!);
    expect(atProvider.origin + atProvider.pathname).toBe(`${pool.url}/stand-in-idp/authorize`);
    expect(atProvider.searchParams.get('client_id')).toBe('corp-client');
    expect(atProvider.searchParams.get('scope')).toBe('openid email');
    expect(atProvider.searchParams.get('redirect_uri')).toBe(`${pool.url}/oauth2/idpresponse`);
    expect(atProvider.searchParams.get('state')).not.toBe('state-123');
    const back = new URL(result.location!);
    expect(back.origin + back.pathname).toBe(callbackUrl);
    expect(back.searchParams.get('state')).toBe('state-123');
    expect(back.searchParams.get('code')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('makes the federated user as Cognito does: <ProviderName>_<sub>, EXTERNAL_PROVIDER, identities in the ID token', async () => {
    const result = await signInThroughProvider({
      authorizeUrl: providerAuthorizeUrl('ExampleCorp'),
      email: 'gus@example.com',
      name: 'Gus',
    });
    const claims = await idTokenClaims(result.location!);
    const username = String(claims['cognito:username']);
    expect(username).toMatch(/^ExampleCorp_[0-9a-f]{32}$/);
    expect(claims).toMatchObject({ email: 'gus@example.com', email_verified: true, name: 'Gus' });
    expect(claims.identities).toEqual([
      {
        userId: username.slice('ExampleCorp_'.length),
        providerName: 'ExampleCorp',
        providerType: 'OIDC',
        issuer: null,
        primary: 'true',
        dateCreated: expect.stringMatching(/^\d{13}$/),
      },
    ]);
    const user = pool.store.state.pools[poolId]!.users[username]!;
    expect(user.status).toBe('EXTERNAL_PROVIDER');
    expect(user.password).toBeUndefined();
  });

  it('finds the same user at the next sign-in and writes the mapped attributes again', async () => {
    const first = await idTokenClaims(
      (await signInThroughProvider({ authorizeUrl: providerAuthorizeUrl('ExampleCorp'), email: 'hal@example.com' }))
        .location!,
    );
    const again = await idTokenClaims(
      (
        await signInThroughProvider({
          authorizeUrl: providerAuthorizeUrl('ExampleCorp'),
          email: 'HAL@example.com',
          name: 'Hal Again',
        })
      ).location!,
    );
    expect(again['cognito:username']).toBe(first['cognito:username']);
    expect(again.sub).toBe(first.sub);
    expect(again.name).toBe('Hal Again');
    expect(again.email).toBe('HAL@example.com');
  });

  it('finds the provider by one of its idp_identifier values', async () => {
    const result = await signInThroughProvider({
      authorizeUrl: providerAuthorizeUrl('example.com', 'idp_identifier'),
      email: 'ida@example.com',
    });
    expect(String((await idTokenClaims(result.location!))['cognito:username'])).toMatch(/^ExampleCorp_/);
  });

  it('sends a provider the pool lacks, or one the app client does not offer, back to the app as invalid_request', async () => {
    for (const [provider, description] of [
      ['Facebook', 'The identity provider Facebook is not configured for the user pool.'],
      ['Google', 'The identity provider Google is not enabled for the app client.'],
    ]) {
      const response = await fetch(providerAuthorizeUrl(provider!), { redirect: 'manual' });
      const back = new URL(response.headers.get('location')!);
      expect(back.origin + back.pathname).toBe(callbackUrl);
      expect(back.searchParams.get('error')).toBe('invalid_request');
      expect(back.searchParams.get('error_description')).toBe(description);
      expect(back.searchParams.get('state')).toBe('state-123');
    }
  });

  it('passes the provider’s access_denied on to the app when the person cancels, and signs nobody in', async () => {
    const users = Object.keys(pool.store.state.pools[poolId]!.users).length;
    const result = await signInThroughProvider({
      authorizeUrl: providerAuthorizeUrl('ExampleCorp'),
      email: 'ned@example.com',
      action: 'cancel',
    });
    const back = new URL(result.location!);
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.get('state')).toBe('state-123');
    expect(back.searchParams.get('code')).toBeNull();
    expect(Object.keys(pool.store.state.pools[poolId]!.users)).toHaveLength(users);
  });

  it('answers a replayed provider response, or one with a state it never sent, with an error page and no redirect', async () => {
    const result = await signInThroughProvider({
      authorizeUrl: providerAuthorizeUrl('ExampleCorp'),
      email: 'rex@example.com',
    });
    const idpResponse = result.visited.at(-1)!;
    for (const address of [idpResponse, `${pool.url}/oauth2/idpresponse?code=x&state=never-sent`]) {
      const response = await fetch(address, { redirect: 'manual' });
      expect(response.status).toBe(400);
      expect(response.headers.get('location')).toBeNull();
      expect(await response.text()).toContain('unknown, already finished or expired');
    }
  });

  it('refuses a code the provider never issued, back to the app with invalid_request', async () => {
    const authorize = await fetch(providerAuthorizeUrl('ExampleCorp'), { redirect: 'manual' });
    const state = new URL(authorize.headers.get('location')!).searchParams.get('state')!;
    const response = await fetch(`${pool.url}/oauth2/idpresponse?code=forged&state=${state}`, { redirect: 'manual' });
    const back = new URL(response.headers.get('location')!);
    expect(back.searchParams.get('error')).toBe('invalid_request');
    expect(back.searchParams.get('error_description')).toContain('ExampleCorp did not confirm the sign-in');
    expect(back.searchParams.get('state')).toBe('state-123');
  });
});
