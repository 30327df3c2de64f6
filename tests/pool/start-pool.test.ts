import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningPool, startPool } from '../../pool/start-pool';
import { createConfirmedUser, signInWithPassword } from './support/create-user';
import { sdkFor } from './support/sdk-pool';

let pool: RunningPool;
let sdk: CognitoIdentityProviderClient;

beforeAll(async () => {
  pool = await startPool();
  sdk = new CognitoIdentityProviderClient({
    endpoint: pool.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
  });
});

afterAll(async () => {
  sdk.destroy();
  await pool.stop();
});

describe('startPool', () => {
  it('listens on a random loopback port and answers its health check', async () => {
    expect(pool.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${pool.url}/_pool/health`);
    expect(await response.json()).toMatchObject({ ok: true });
  });

  it('creates a pool and a client through the AWS SDK, in the signed region', async () => {
    const created = await sdk.send(new CreateUserPoolCommand({ PoolName: 'smoke' }));
    expect(created.UserPool?.Id).toMatch(/^us-east-1_[0-9A-Za-z]{9}$/);
    const client = await sdk.send(
      new CreateUserPoolClientCommand({ UserPoolId: created.UserPool!.Id!, ClientName: 'web', GenerateSecret: true }),
    );
    expect(client.UserPoolClient?.ClientId).toMatch(/^[a-z0-9]{26}$/);
    expect(client.UserPoolClient?.ClientSecret).toHaveLength(51);
  });

  it('refuses a client for a pool that does not exist with ResourceNotFoundException', async () => {
    await expect(
      sdk.send(new CreateUserPoolClientCommand({ UserPoolId: 'us-east-1_missing00', ClientName: 'web' })),
    ).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
      message: 'User pool us-east-1_missing00 does not exist.',
    });
  });
});

describe('startPool with a data file', () => {
  it('keeps pools, users, passwords and signing keys across a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sidekey-pool-restart-'));
    const dataFile = join(dir, 'pool.json');
    try {
      const first = await startPool({ dataFile });
      const firstSdk = sdkFor(first.url);
      const { UserPool } = await firstSdk.send(new CreateUserPoolCommand({ PoolName: 'kept' }));
      const { UserPoolClient } = await firstSdk.send(
        new CreateUserPoolClientCommand({
          UserPoolId: UserPool!.Id!,
          ClientName: 'web',
          ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
        }),
      );
      await createConfirmedUser(firstSdk, { poolId: UserPool!.Id!, username: 'kept', password: 'Kept-pass-123!' });
      const before = await signInWithPassword(firstSdk, {
        clientId: UserPoolClient!.ClientId!,
        username: 'kept',
        password: 'Kept-pass-123!',
      });
      firstSdk.destroy();
      await first.stop();

      const second = await startPool({ dataFile });
      const secondSdk = sdkFor(second.url);
      try {
        expect(second.context().tokens.verifyAccessToken(before.AccessToken).user.Username).toBe('kept');
        await expect(
          signInWithPassword(secondSdk, {
            clientId: UserPoolClient!.ClientId!,
            username: 'kept',
            password: 'Kept-pass-123!',
          }),
        ).resolves.toBeDefined();
      } finally {
        secondSdk.destroy();
        await second.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the pool over raw HTTP', () => {
  it('answers InvalidParameterException for a wrongly typed or missing member', async () => {
    const call = (body: unknown) =>
      fetch(pool.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-amz-json-1.1',
          'x-amz-target': 'AWSCognitoIdentityProviderService.DescribeUserPool',
        },
        body: JSON.stringify(body),
      });
    const wrongType = await call({ UserPoolId: 42 });
    expect(wrongType.status).toBe(400);
    expect(wrongType.headers.get('x-amzn-errortype')).toBe('InvalidParameterException');
    const missing = await call({});
    expect(await missing.json()).toEqual({
      __type: 'InvalidParameterException',
      message:
        "1 validation error detected: Value null at 'userPoolId' failed to satisfy constraint: Member must not be null",
    });
  });
});

describe('the pool under odd requests', () => {
  it('answers every malformed request with an error and keeps serving', async () => {
    const odd: [string, RequestInit][] = [
      ['/%E0%A4%A/.well-known/jwks.json', {}],
      ['/', { method: 'POST', body: '\u0000\u0001garbage' }],
      ['/', { method: 'POST', headers: { 'x-amz-target': 'AWSCognitoIdentityProviderService.SignUp' }, body: '"str"' }],
      [
        '/',
        {
          method: 'POST',
          headers: { 'x-amz-target': 'AWSCognitoIdentityProviderService.SignUp' },
          body: JSON.stringify({ ClientId: ['x'], Username: {}, UserAttributes: 'no' }),
        },
      ],
      [
        '/',
        {
          method: 'POST',
          headers: { 'x-amz-target': 'AWSCognitoIdentityProviderService.AdminCreateUser' },
          body: JSON.stringify({ UserPoolId: '__proto__', Username: 'x' }),
        },
      ],
      ['/_pool/clock', { method: 'POST', body: 'not json' }],
      ['/', { method: 'PUT' }],
    ];
    for (const [path, init] of odd) {
      const response = await fetch(`${pool.url}${path}`, init);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    }
    expect((await fetch(`${pool.url}/_pool/health`)).status).toBe(200);
  });
});
