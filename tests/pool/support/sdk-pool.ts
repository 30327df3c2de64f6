import {
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  type CreateUserPoolClientCommandInput,
  CreateUserPoolCommand,
  type CreateUserPoolCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import type { OutboxMessage } from '../../../pool/outbox';
import { type RunningPool, startPool } from '../../../pool/start-pool';

/** A running pool with one user pool and app client made through the AWS SDK v3 (the admin client oracle). */
export interface SdkPool {
  pool: RunningPool;
  sdk: CognitoIdentityProviderClient;
  poolId: string;
  clientId: string;
  clientSecret?: string;
  /** Outbox messages (GET /_pool/outbox), newest last. */
  outbox(): Promise<OutboxMessage[]>;
  /** The newest outbox code sent for `username`. */
  lastCode(username: string): Promise<string>;
  /** POST /_pool/clock. */
  advance(ms: number): Promise<void>;
  /** A raw JSON 1.1 call: status, headers and parsed body. */
  raw(operation: string, body: unknown): Promise<{ status: number; headers: Headers; body: Record<string, unknown> }>;
  stop(): Promise<void>;
}

/** Dummy credentials: the pool ignores the SigV4 signature and reads only the region from it. */
export function sdkFor(url: string, region = 'us-east-1'): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({
    endpoint: url,
    region,
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    maxAttempts: 1,
  });
}

export async function startSdkPool(
  options: { pool?: Partial<CreateUserPoolCommandInput>; client?: Partial<CreateUserPoolClientCommandInput> } = {},
): Promise<SdkPool> {
  const pool = await startPool();
  const sdk = sdkFor(pool.url);
  const created = await sdk.send(new CreateUserPoolCommand({ PoolName: 'test', ...options.pool }));
  const poolId = created.UserPool!.Id!;
  const client = await sdk.send(
    new CreateUserPoolClientCommand({
      UserPoolId: poolId,
      ClientName: 'web',
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      ...options.client,
    }),
  );
  const outbox = async () => {
    const response = await fetch(`${pool.url}/_pool/outbox`);
    return ((await response.json()) as { messages: OutboxMessage[] }).messages;
  };
  return {
    pool,
    sdk,
    poolId,
    clientId: client.UserPoolClient!.ClientId!,
    ...(client.UserPoolClient?.ClientSecret ? { clientSecret: client.UserPoolClient.ClientSecret } : {}),
    outbox,
    lastCode: async (username) => {
      const mine = (await outbox()).filter((message) => message.username === username);
      const last = mine.at(-1);
      if (!last) throw new Error(`No outbox message for ${username}`);
      return last.code;
    },
    advance: async (ms) => {
      const response = await fetch(`${pool.url}/_pool/clock`, {
        method: 'POST',
        body: JSON.stringify({ advanceMs: ms }),
      });
      if (!response.ok) throw new Error(`clock: ${response.status}`);
    },
    raw: async (operation, body) => {
      const response = await fetch(pool.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-amz-json-1.1',
          'x-amz-target': `AWSCognitoIdentityProviderService.${operation}`,
        },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      return {
        status: response.status,
        headers: response.headers,
        body: (await response.json()) as Record<string, unknown>,
      };
    },
    stop: async () => {
      sdk.destroy();
      await pool.stop();
    },
  };
}
