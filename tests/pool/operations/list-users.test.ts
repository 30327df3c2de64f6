import { AdminCreateUserCommand, ListUsersCommand } from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SdkPool, startSdkPool } from '../support/sdk-pool';

let t: SdkPool;

beforeAll(async () => {
  t = await startSdkPool();
  for (const [Username, email] of [
    ['quinn', 'quinn@example.com'],
    ['quentin', 'q@other.org'],
    ['ruth', 'ruth@example.com'],
  ] as const) {
    await t.sdk.send(
      new AdminCreateUserCommand({
        UserPoolId: t.poolId,
        Username,
        MessageAction: 'SUPPRESS',
        UserAttributes: [{ Name: 'email', Value: email }],
      }),
    );
  }
});
afterAll(() => t.stop());

const names = (users: { Username?: string }[] | undefined) => (users ?? []).map((user) => user.Username);

describe('ListUsers', () => {
  it('lists everyone without a filter', async () => {
    const { Users } = await t.sdk.send(new ListUsersCommand({ UserPoolId: t.poolId }));
    expect(names(Users)).toEqual(['quinn', 'quentin', 'ruth']);
    expect(Users?.[0]).toMatchObject({ UserStatus: 'FORCE_CHANGE_PASSWORD', Enabled: true });
  });

  it('filters by exact value and by prefix', async () => {
    const exact = await t.sdk.send(
      new ListUsersCommand({ UserPoolId: t.poolId, Filter: 'email = "ruth@example.com"' }),
    );
    expect(names(exact.Users)).toEqual(['ruth']);
    const prefix = await t.sdk.send(new ListUsersCommand({ UserPoolId: t.poolId, Filter: 'username ^= "qu"' }));
    expect(names(prefix.Users)).toEqual(['quinn', 'quentin']);
  });

  it('pages with Limit and PaginationToken and returns only AttributesToGet', async () => {
    const first = await t.sdk.send(
      new ListUsersCommand({ UserPoolId: t.poolId, Limit: 2, AttributesToGet: ['email'] }),
    );
    expect(names(first.Users)).toEqual(['quinn', 'quentin']);
    expect(first.Users?.[0]?.Attributes).toEqual([{ Name: 'email', Value: 'quinn@example.com' }]);
    const second = await t.sdk.send(
      new ListUsersCommand({ UserPoolId: t.poolId, Limit: 2, PaginationToken: first.PaginationToken }),
    );
    expect(names(second.Users)).toEqual(['ruth']);
    expect(second.PaginationToken).toBeUndefined();
  });

  it('refuses a filter it cannot parse', async () => {
    await expect(
      t.sdk.send(new ListUsersCommand({ UserPoolId: t.poolId, Filter: 'email contains "x"' })),
    ).rejects.toMatchObject({ name: 'InvalidParameterException', message: 'Error while parsing filter.' });
  });
});
