import { describe, expect, it } from 'vitest';
import { createVaultSession } from '../../../core/vault/vault-session';
import { memorySession } from './make-test-vault';

describe('createVaultSession', () => {
  it('keeps the data key as base64 text (storage.session holds JSON) and returns it for its own keyring only', async () => {
    const area = memorySession();
    const session = createVaultSession(area);
    const raw = crypto.getRandomValues(new Uint8Array(32));
    await session.saveKey('k1', raw);
    expect(typeof JSON.parse(area.data.get('sidekey.vault.dataKey') as string).key).toBe('string');
    expect(await session.loadKey('k1')).toEqual(raw);
    expect(await session.loadKey('k2')).toBeUndefined();
  });

  it('ignores a damaged or wrong-sized key instead of using it', async () => {
    const area = memorySession();
    const session = createVaultSession(area);
    await area.setItem('sidekey.vault.dataKey', JSON.stringify({ keyId: 'k', key: '%%%' }));
    expect(await session.loadKey('k')).toBeUndefined();
    await area.setItem('sidekey.vault.dataKey', JSON.stringify({ keyId: 'k', key: btoa('short') }));
    expect(await session.loadKey('k')).toBeUndefined();
    await area.setItem('sidekey.vault.dataKey', 'not json');
    expect(await session.loadKey('k')).toBeUndefined();
  });

  it('records the last use and clears everything on lock', async () => {
    const area = memorySession();
    const session = createVaultSession(area);
    await session.saveKey('k', new Uint8Array(32));
    await session.touch(1234);
    expect(await session.lastUsedAt()).toBe(1234);
    await session.clear();
    expect(area.data.size).toBe(0);
    expect(await session.lastUsedAt()).toBeUndefined();
  });
});
