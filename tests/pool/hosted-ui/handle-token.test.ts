import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningPool, startPool } from '../../../pool/start-pool';
import { signInThroughHostedUi } from './hosted-ui-browser';
import {
  authorizeUrl,
  callbackUrl,
  clientId,
  clientSecret,
  hostedUiSeed,
  rfcVerifier,
  secretClientId,
} from './hosted-ui-pool';

describe('POST /oauth2/token', () => {
  let pool: RunningPool;
  beforeAll(async () => {
    pool = await startPool({ seed: hostedUiSeed() });
  });
  afterAll(() => pool.stop());

  async function code(options: { client?: string } = {}): Promise<string> {
    const result = await signInThroughHostedUi({
      authorizeUrl: authorizeUrl(pool.url, options),
      username: 'alice',
      password: 'Passw0rd!x',
    });
    return new URL(result.location!).searchParams.get('code')!;
  }

  async function token(fields: Record<string, string>, headers: Record<string, string> = {}) {
    const response = await fetch(`${pool.url}/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(fields).toString(),
    });
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as Record<string, unknown>,
    };
  }

  const redeem = (theCode: string, extra: Record<string, string> = {}) =>
    token({
      grant_type: 'authorization_code',
      client_id: clientId,
      code: theCode,
      redirect_uri: callbackUrl,
      code_verifier: rfcVerifier,
      ...extra,
    });

  it('redeems a code with the PKCE verifier for ID, access and refresh tokens', async () => {
    const result = await redeem(await code());
    expect(result.status).toBe(200);
    expect(result.headers.get('cache-control')).toBe('no-store');
    expect(result.body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    for (const field of ['id_token', 'access_token', 'refresh_token']) expect(typeof result.body[field]).toBe('string');
    const claims = JSON.parse(Buffer.from(String(result.body.access_token).split('.')[1]!, 'base64url').toString());
    expect(claims).toMatchObject({ username: 'alice', client_id: clientId, token_use: 'access' });
  });

  it('refuses a wrong verifier with invalid_grant and a missing one with invalid_request', async () => {
    const theCode = await code();
    const wrong = await redeem(theCode, { code_verifier: 'x'.repeat(43) });
    expect(wrong).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
    const missing = await token({
      grant_type: 'authorization_code',
      client_id: clientId,
      code: theCode,
      redirect_uri: callbackUrl,
    });
    expect(missing).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
  });

  it('refuses a code used twice and revokes the tokens of its first use', async () => {
    const theCode = await code();
    const first = await redeem(theCode);
    expect(first.status).toBe(200);
    const second = await redeem(theCode);
    expect(second).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
    const info = await fetch(`${pool.url}/oauth2/userInfo`, {
      headers: { authorization: `Bearer ${String(first.body.access_token)}` },
    });
    expect(info.status).toBe(401);
  });

  it('refuses a redirect_uri other than the one the code was issued for', async () => {
    const result = await redeem(await code(), {
      redirect_uri: 'https://npbmcjcmafkjbchncmpemdbkmagoobec.chromiumapp.org/',
    });
    expect(result).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
  });

  it('refuses a code issued to another client, and an unknown client with invalid_client', async () => {
    const foreign = await code({ client: secretClientId });
    const basic = `Basic ${Buffer.from(`${secretClientId}:${clientSecret}`).toString('base64')}`;
    expect(await redeem(foreign)).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
    expect(await redeem(await code(), { client_id: 'nosuchclient' })).toMatchObject({
      status: 400,
      body: { error: 'invalid_client' },
    });
    const ok = await token(
      { grant_type: 'authorization_code', code: foreign, redirect_uri: callbackUrl, code_verifier: rfcVerifier },
      { authorization: basic },
    );
    expect(ok.status).toBe(200);
  });

  it('makes a client with a secret authenticate: no secret or a wrong one is invalid_client', async () => {
    const theCode = await code({ client: secretClientId });
    const none = await redeem(theCode, { client_id: secretClientId });
    expect(none).toMatchObject({ status: 400, body: { error: 'invalid_client' } });
    const wrong = await token(
      { grant_type: 'authorization_code', code: theCode, redirect_uri: callbackUrl, code_verifier: rfcVerifier },
      { authorization: `Basic ${Buffer.from(`${secretClientId}:nope`).toString('base64')}` },
    );
    expect(wrong).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
    expect(wrong.headers.get('www-authenticate')).toContain('Basic');
  });

  it('refreshes with a refresh token and refuses an unknown one', async () => {
    const first = await redeem(await code());
    const refreshed = await token({
      grant_type: 'refresh_token',
      client_id: clientId,
      refresh_token: String(first.body.refresh_token),
    });
    expect(refreshed.status).toBe(200);
    expect(typeof refreshed.body.access_token).toBe('string');
    expect(refreshed.body.refresh_token).toBeUndefined();
    const unknown = await token({ grant_type: 'refresh_token', client_id: clientId, refresh_token: 'nope' });
    expect(unknown).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
  });

  it('refuses unknown grant types and bodies that are not form-encoded', async () => {
    expect(await token({ grant_type: 'password', client_id: clientId })).toMatchObject({
      status: 400,
      body: { error: 'unsupported_grant_type' },
    });
    const json = await fetch(`${pool.url}/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'authorization_code' }),
    });
    expect(json.status).toBe(400);
    expect(await json.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('refuses a code after its five minutes', async () => {
    const theCode = await code();
    pool.clock.advance?.(5 * 60_000 + 1);
    expect(await redeem(theCode)).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
  });
});
