import {
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningPool, startPool } from '../../pool/start-pool';

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
