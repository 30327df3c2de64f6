import { describe, expect, it } from 'vitest';
import { defaultPoolConfig } from '../../../pool/state/default-pool-config';
import { PoolStore } from '../../../pool/state/pool-store';
import type { PoolUser, UserPool, UserPoolConfig } from '../../../pool/state/types';

function user(Username: string, attributes: Record<string, string> = {}): PoolUser {
  return {
    Username,
    sub: `${Username}-sub`,
    status: 'CONFIRMED',
    enabled: true,
    attributes: { sub: `${Username}-sub`, ...attributes },
    mfa: { smsEnabled: false, totpEnabled: false, emailEnabled: false },
    devices: {},
    webAuthnCredentials: [],
    codes: {},
    revokedOriginJtis: [],
    failedSignIns: { count: 0 },
    createdAt: 0,
    updatedAt: 0,
  };
}

function storeWith(config: Partial<UserPoolConfig>, users: PoolUser[]): { store: PoolStore; pool: UserPool } {
  const pool = {
    Id: 'us-east-1_Test12345',
    Name: 't',
    Arn: 'arn',
    config: { ...defaultPoolConfig(), ...config },
    signingKey: { kid: 'k', privateJwk: {}, publicJwk: {} },
    clients: {},
    users: Object.fromEntries(users.map((u) => [u.Username, u])),
    refreshTokens: {},
    CreationDate: 0,
    LastModifiedDate: 0,
  } satisfies UserPool;
  return { store: new PoolStore({ version: 1, pools: { [pool.Id]: pool }, sessions: {} }), pool };
}

describe('PoolStore.findUser', () => {
  it('matches usernames exactly in a case-sensitive pool and in any case otherwise', () => {
    const sensitive = storeWith({ UsernameConfiguration: { CaseSensitive: true } }, [user('Alice')]);
    expect(sensitive.store.findUser(sensitive.pool, 'Alice')?.Username).toBe('Alice');
    expect(sensitive.store.findUser(sensitive.pool, 'alice')).toBeUndefined();
    const insensitive = storeWith({ UsernameConfiguration: { CaseSensitive: false } }, [user('Alice')]);
    expect(insensitive.store.findUser(insensitive.pool, 'ALICE')?.Username).toBe('Alice');
  });

  it('finds users by email in email-username pools whether or not it is verified, ignoring its case', () => {
    const { store, pool } = storeWith({ UsernameAttributes: ['email'] }, [user('uuid-1', { email: 'Bo@Example.com' })]);
    expect(store.findUser(pool, 'bo@example.com')?.Username).toBe('uuid-1');
    expect(store.findUser(pool, 'uuid-1')?.Username).toBe('uuid-1');
  });

  it('finds users by alias only when the alias is verified (preferred_username always)', () => {
    const { store, pool } = storeWith({ AliasAttributes: ['email', 'phone_number', 'preferred_username'] }, [
      user('carl', { email: 'carl@example.com', email_verified: 'false', preferred_username: 'cc' }),
      user('dana', { phone_number: '+15550001111', phone_number_verified: 'true' }),
    ]);
    expect(store.findUser(pool, 'carl@example.com')).toBeUndefined();
    expect(store.findUser(pool, 'cc')?.Username).toBe('carl');
    expect(store.findUser(pool, '+15550001111')?.Username).toBe('dana');
  });

  it('does not treat aliases as sign-in names in pools without aliases', () => {
    const { store, pool } = storeWith({}, [user('erin', { email: 'erin@example.com', email_verified: 'true' })]);
    expect(store.findUser(pool, 'erin@example.com')).toBeUndefined();
    expect(store.findUser(pool, '')).toBeUndefined();
    expect(store.findUser(pool, '__proto__')).toBeUndefined();
  });
});

describe('PoolStore lookups and change notification', () => {
  it('throws Cognito’s ResourceNotFoundException for unknown pools and clients', () => {
    const { store, pool } = storeWith({}, []);
    expect(() => store.getPool('us-east-1_Nope')).toThrow('User pool us-east-1_Nope does not exist.');
    expect(() => store.getClient(pool, 'abc')).toThrow('User pool client abc does not exist.');
    expect(() => store.findClient('abc')).toThrow('User pool client abc does not exist.');
    expect(() => store.getPool('constructor')).toThrow('does not exist');
  });

  it('tells listeners after mutate, even when the change throws, until unsubscribed', () => {
    const { store } = storeWith({}, []);
    let calls = 0;
    const off = store.onChange(() => {
      calls += 1;
    });
    store.mutate(() => {});
    expect(() =>
      store.mutate(() => {
        throw new Error('half done');
      }),
    ).toThrow('half done');
    expect(calls).toBe(2);
    off();
    store.changed();
    expect(calls).toBe(2);
  });
});
