import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  SetUserPoolMfaConfigCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { setUserPassword } from '../../../pool/auth-support/set-user-password';
import { operations } from '../../../pool/operations/registry';
import { type RunningPool, startPool } from '../../../pool/start-pool';
import { createPoolUser } from '../../../pool/state/create-pool-user';
import type { UserPoolConfig } from '../../../pool/state/types';

async function setPoolMfa(
  pool: RunningPool,
  sdk: CognitoIdentityProviderClient,
  poolId: string,
  mfa: NonNullable<Parameters<typeof startTestPool>[0]['mfa']>,
): Promise<void> {
  if (operations.SetUserPoolMfaConfig) {
    await sdk.send(
      new SetUserPoolMfaConfigCommand({
        UserPoolId: poolId,
        MfaConfiguration: mfa.configuration,
        SoftwareTokenMfaConfiguration: { Enabled: mfa.totp ?? false },
        ...(mfa.email ? { EmailMfaConfiguration: { Message: 'Your code is {####}', Subject: 'Code' } } : {}),
        ...(mfa.sms ? { SmsMfaConfiguration: { SmsAuthenticationMessage: 'Your code is {####}' } } : {}),
      }),
    );
    return;
  }
  Object.assign(pool.store.getPool(poolId).config, {
    MfaConfiguration: mfa.configuration,
    SoftwareTokenMfaEnabled: mfa.totp ?? false,
    SmsMfaEnabled: mfa.sms ?? false,
    EmailMfaEnabled: mfa.email ?? false,
  });
}

/** A user to create: a permanent password unless `temporary`, attributes as Cognito names them. */
export interface TestUser {
  username: string;
  password?: string;
  temporary?: boolean;
  attributes?: Record<string, string>;
}

export interface TestPool {
  pool: RunningPool;
  url: string;
  poolId: string;
  clientId: string;
  clientSecret?: string;
  sdk: CognitoIdentityProviderClient;
  /** Moves the pool clock forward (POST /_pool/clock, as a test outside the process would). */
  advance(ms: number): Promise<void>;
  /** Outbox codes for `username`, newest last. */
  codes(username?: string): Promise<string[]>;
  /** One raw JSON-1.1 call: status and parsed body. */
  call(operation: string, body: object): Promise<{ status: number; body: Record<string, unknown> }>;
  addUser(user: TestUser): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts a pool on a random port and creates the pool, the app client and the users through the AWS SDK v3
 * (AdminCreateUser/AdminSetUserPassword; straight into the store while those operations are not registered).
 */
export async function startTestPool(options: {
  poolInput?: Record<string, unknown>;
  clientInput?: Record<string, unknown>;
  /** Local-only pool settings the AWS SDK cannot carry (e.g. the CustomAuth trigger set), set in the store. */
  localConfig?: Partial<UserPoolConfig>;
  /** Pool MFA: SetUserPoolMfaConfig through the SDK (straight into the store while it is not registered). */
  mfa?: { configuration: 'ON' | 'OPTIONAL' | 'OFF'; totp?: boolean; sms?: boolean; email?: boolean };
  users?: TestUser[];
}): Promise<TestPool> {
  // SIDEKEY_POOL_LOG_REFUSALS=1: every call the pool refuses, and which check refused it, on the test's stderr.
  const logRefusals = process.env.SIDEKEY_POOL_LOG_REFUSALS === '1';
  const pool = await startPool({
    port: 0,
    ...(logRefusals ? { logRefusals, logger: (line: string) => void process.stderr.write(`${line}\n`) } : {}),
  });
  const sdk = new CognitoIdentityProviderClient({
    endpoint: pool.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const created = await sdk.send(new CreateUserPoolCommand({ PoolName: 'auth-test', ...options.poolInput } as never));
  const poolId = created.UserPool!.Id!;
  if (options.localConfig) Object.assign(pool.store.getPool(poolId).config, options.localConfig);
  if (options.mfa) await setPoolMfa(pool, sdk, poolId, options.mfa);
  const client = await sdk.send(
    new CreateUserPoolClientCommand({
      UserPoolId: poolId,
      ClientName: 'auth-test-client',
      ExplicitAuthFlows: [
        'ALLOW_USER_SRP_AUTH',
        'ALLOW_USER_PASSWORD_AUTH',
        'ALLOW_CUSTOM_AUTH',
        'ALLOW_USER_AUTH',
        'ALLOW_REFRESH_TOKEN_AUTH',
      ],
      ...options.clientInput,
    } as never),
  );
  const clientId = client.UserPoolClient!.ClientId!;
  const clientSecret = client.UserPoolClient!.ClientSecret;

  async function addUser(user: TestUser): Promise<void> {
    const attributes = Object.entries(user.attributes ?? {}).map(([Name, Value]) => ({ Name, Value }));
    if (operations.AdminCreateUser && operations.AdminSetUserPassword) {
      await sdk.send(
        new AdminCreateUserCommand({
          UserPoolId: poolId,
          Username: user.username,
          UserAttributes: attributes,
          MessageAction: 'SUPPRESS',
          ...(user.password && user.temporary ? { TemporaryPassword: user.password } : {}),
        }),
      );
      if (user.password && !user.temporary) {
        await sdk.send(
          new AdminSetUserPasswordCommand({
            UserPoolId: poolId,
            Username: user.username,
            Password: user.password,
            Permanent: true,
          }),
        );
      }
      return;
    }
    const ctx = pool.context();
    const record = ctx.store.getPool(poolId);
    const created = createPoolUser(ctx, {
      pool: record,
      username: user.username,
      attributes: user.attributes ?? {},
      status: user.temporary ? 'FORCE_CHANGE_PASSWORD' : 'CONFIRMED',
    });
    if (user.password) {
      await setUserPassword(ctx, {
        pool: record,
        user: created,
        password: user.password,
        temporary: user.temporary ?? false,
      });
    }
    ctx.store.changed();
  }
  for (const user of options.users ?? []) await addUser(user);

  const call = async (operation: string, body: object) => {
    const response = await fetch(pool.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': `AWSCognitoIdentityProviderService.${operation}`,
      },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  return {
    pool,
    url: pool.url,
    poolId,
    clientId,
    ...(clientSecret ? { clientSecret } : {}),
    sdk,
    addUser,
    call,
    async advance(ms) {
      await fetch(`${pool.url}/_pool/clock`, { method: 'POST', body: JSON.stringify({ advanceMs: ms }) });
    },
    async codes(username) {
      const response = await fetch(`${pool.url}/_pool/outbox`);
      const { messages } = (await response.json()) as { messages: { username: string; code: string }[] };
      return messages.filter((message) => username === undefined || message.username === username).map((m) => m.code);
    },
    async stop() {
      sdk.destroy();
      await pool.stop();
    },
  };
}
