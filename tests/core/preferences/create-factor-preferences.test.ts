import { describe, expect, it } from 'vitest';
import { createFactorPreferences, MAX_PREFERENCES } from '../../../core/preferences/create-factor-preferences';
import { memoryArea } from '../storage/memory-area';

const DEMO = { origin: 'http://localhost:9230' };
const POOL = { userPoolId: 'local_Sidekey01' };

function makeStore(area = memoryArea()) {
  let clock = 1_000;
  return { area, store: createFactorPreferences({ area, now: () => (clock += 1) }) };
}

describe('createFactorPreferences', () => {
  it('knows nothing about an account nobody picked a factor for', async () => {
    const { store } = makeStore();
    expect(await store.preferred({ scopes: [DEMO], username: 'mia', choice: 'mfa' })).toBeNull();
  });

  it('answers the factor an account last picked, for that choice only', async () => {
    const { store } = makeStore();
    await store.remember({ scopes: [DEMO], username: 'mia', choice: 'mfa', factor: 'EMAIL' });
    await store.remember({ scopes: [DEMO], username: 'mia', choice: 'mfa', factor: 'TOTP' });
    await store.remember({ scopes: [DEMO], username: 'mia', choice: 'firstFactor', factor: 'PASSWORD' });
    expect(await store.preferred({ scopes: [DEMO], username: 'mia', choice: 'mfa' })).toBe('TOTP');
    expect(await store.preferred({ scopes: [DEMO], username: 'mia', choice: 'firstFactor' })).toBe('PASSWORD');
    expect(await store.preferred({ scopes: [DEMO], username: 'tom', choice: 'mfa' })).toBeNull();
  });

  it('keeps accounts of different sites and pools apart, and takes the latest pick among the scopes asked', async () => {
    const { store } = makeStore();
    await store.remember({ scopes: [POOL], username: 'mia', choice: 'mfa', factor: 'EMAIL' });
    expect(await store.preferred({ scopes: [DEMO], username: 'mia', choice: 'mfa' })).toBeNull();
    expect(await store.preferred({ scopes: [DEMO, POOL], username: 'mia', choice: 'mfa' })).toBe('EMAIL');
    await store.remember({ scopes: [DEMO], username: 'mia', choice: 'mfa', factor: 'TOTP' });
    expect(await store.preferred({ scopes: [DEMO, POOL], username: 'mia', choice: 'mfa' })).toBe('TOTP');
  });

  it('forgets every pick made in a scope and keeps the picks made elsewhere', async () => {
    const { store } = makeStore();
    await store.remember({ scopes: [POOL, DEMO], username: 'mia', choice: 'mfa', factor: 'TOTP' });
    await store.remember({ scopes: [POOL], username: 'tom', choice: 'mfa', factor: 'EMAIL' });
    await store.forget({ scope: POOL });
    expect(await store.preferred({ scopes: [POOL], username: 'mia', choice: 'mfa' })).toBeNull();
    expect(await store.preferred({ scopes: [POOL], username: 'tom', choice: 'mfa' })).toBeNull();
    expect(await store.preferred({ scopes: [DEMO], username: 'mia', choice: 'mfa' })).toBe('TOTP');
  });

  it('matches the username without regard to case, as Cognito does', async () => {
    const { store } = makeStore();
    await store.remember({ scopes: [DEMO], username: 'Mia', choice: 'mfa', factor: 'EMAIL' });
    expect(await store.preferred({ scopes: [DEMO], username: 'mia', choice: 'mfa' })).toBe('EMAIL');
  });

  it('stores factor names only, under one key', async () => {
    const { store, area } = makeStore();
    await store.remember({ scopes: [DEMO, POOL], username: 'mia', choice: 'mfa', factor: 'TOTP' });
    expect([...area.data.keys()]).toEqual(['sidekey.factorPreferences']);
    expect(area.data.get('sidekey.factorPreferences')).toEqual({
      version: 1,
      preferences: [
        { scope: 'origin:http://localhost:9230', username: 'mia', mfa: 'TOTP', updatedAt: 1_001 },
        { scope: 'pool:local_Sidekey01', username: 'mia', mfa: 'TOTP', updatedAt: 1_001 },
      ],
    });
  });

  it(`forgets the oldest accounts beyond ${MAX_PREFERENCES}`, async () => {
    const { store, area } = makeStore();
    for (let index = 0; index <= MAX_PREFERENCES; index += 1) {
      await store.remember({ scopes: [DEMO], username: `user-${index}`, choice: 'mfa', factor: 'TOTP' });
    }
    const stored = area.data.get('sidekey.factorPreferences') as { preferences: unknown[] };
    expect(stored.preferences).toHaveLength(MAX_PREFERENCES);
    expect(await store.preferred({ scopes: [DEMO], username: 'user-0', choice: 'mfa' })).toBeNull();
    expect(await store.preferred({ scopes: [DEMO], username: `user-${MAX_PREFERENCES}`, choice: 'mfa' })).toBe('TOTP');
  });

  it('answers no preference from stored data it cannot read, and refuses to write over it', async () => {
    const { store, area } = makeStore(memoryArea({ 'sidekey.factorPreferences': { version: 7, preferences: 'x' } }));
    expect(await store.preferred({ scopes: [DEMO], username: 'mia', choice: 'mfa' })).toBeNull();
    await expect(
      store.remember({ scopes: [DEMO], username: 'mia', choice: 'mfa', factor: 'TOTP' }),
    ).rejects.toMatchObject({ code: 'StorageCorrupt' });
    expect(area.data.get('sidekey.factorPreferences')).toEqual({ version: 7, preferences: 'x' });
  });
});
