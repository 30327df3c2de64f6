import { describe, expect, it } from 'vitest';
import { createAreaStorage } from '../../../core/storage/create-area-storage';
import { createSealedStorage, type Sealer } from '../../../core/storage/create-sealed-storage';
import { memoryArea } from './memory-area';

/**
 * A stand-in for the vault: reversible "sealing" that only works while `unlocked`, under key generation `key`
 * (a value sealed under an older generation reads as superseded, as the local key does once a passphrase is set).
 */
function fakeSealer(): Sealer & { unlocked: boolean; key: number } {
  return {
    unlocked: true,
    key: 1,
    async sealSecret(text, aad) {
      return this.unlocked ? `sealed${this.key}(${aad}):${[...text].reverse().join('')}` : undefined;
    },
    async openSecret(sealed, aad) {
      if (!this.unlocked) return undefined;
      const match = /^sealed\d\((.*?)\):/.exec(sealed);
      if (match?.[1] !== aad) throw new Error('tampered');
      return [...sealed.slice(match[0].length)].reverse().join('');
    },
    async sealState(stored) {
      if (!stored.startsWith('sealed')) return 'plain';
      return stored.startsWith(`sealed${this.key}(`) ? 'current' : 'superseded';
    },
  };
}

function setup() {
  const local = memoryArea();
  const session = memoryArea();
  const sealer = fakeSealer();
  const storage = createSealedStorage({
    persistent: createAreaStorage({ area: local, prefix: '' }),
    volatile: createAreaStorage({ area: session, prefix: '' }),
    sealer,
  });
  return { local, session, sealer, storage };
}

describe('createSealedStorage', () => {
  it('writes a secret to disk only sealed, bound to its key', async () => {
    const { local, session, storage } = setup();
    await storage.setItem('c.alice.refreshToken', 'token-1');
    expect(local.data.get('c.alice.refreshToken')).toBe('sealed1(c.alice.refreshToken):1-nekot');
    expect(session.data.size).toBe(0);
    expect(await storage.getItem('c.alice.refreshToken')).toBe('token-1');
  });

  it('keeps a secret in memory only while nothing can seal it', async () => {
    const { local, session, sealer, storage } = setup();
    sealer.unlocked = false;
    await storage.setItem('k', 'token-2');
    expect(local.data.size).toBe(0);
    expect(session.data.get('k')).toBe('token-2');
    expect(await storage.getItem('k')).toBe('token-2');
  });

  it('reads a sealed secret as missing while locked, and back once unlocked', async () => {
    const { sealer, storage } = setup();
    await storage.setItem('k', 'token-3');
    sealer.unlocked = false;
    expect(await storage.getItem('k')).toBeNull();
    sealer.unlocked = true;
    expect(await storage.getItem('k')).toBe('token-3');
  });

  it('lets the newest value win wherever it was kept', async () => {
    const { local, session, sealer, storage } = setup();
    sealer.unlocked = false;
    await storage.setItem('k', 'old');
    sealer.unlocked = true;
    await storage.setItem('k', 'new');
    expect(session.data.has('k')).toBe(false);
    expect(await storage.getItem('k')).toBe('new');
    sealer.unlocked = false;
    await storage.setItem('k', 'newer');
    expect(local.data.has('k')).toBe(false);
    expect(await storage.getItem('k')).toBe('newer');
  });

  it('removes a secret from both places', async () => {
    const { local, session, sealer, storage } = setup();
    await storage.setItem('k', 'a');
    sealer.unlocked = false;
    await storage.setItem('j', 'b');
    await storage.removeItem('k');
    await storage.removeItem('j');
    expect(local.data.size + session.data.size).toBe(0);
  });

  it('seals a plain value left by an earlier version on its first read, and keeps it plain while nothing can seal it', async () => {
    const { local, sealer, storage } = setup();
    local.data.set('c.alice.accessToken', 'eyJ.plain.jwt');
    sealer.unlocked = false;
    expect(await storage.getItem('c.alice.accessToken')).toBe('eyJ.plain.jwt');
    expect(local.data.get('c.alice.accessToken')).toBe('eyJ.plain.jwt');
    sealer.unlocked = true;
    expect(await storage.getItem('c.alice.accessToken')).toBe('eyJ.plain.jwt');
    expect(local.data.get('c.alice.accessToken')).toBe('sealed1(c.alice.accessToken):twj.nialp.Jye');
    expect(await storage.getItem('c.alice.accessToken')).toBe('eyJ.plain.jwt');
  });

  it('moves a secret kept in memory to disk, sealed, on the first read once a key is available', async () => {
    const { local, session, sealer, storage } = setup();
    sealer.unlocked = false;
    await storage.setItem('k', 'from-memory');
    sealer.unlocked = true;
    expect(await storage.getItem('k')).toBe('from-memory');
    expect(session.data.has('k')).toBe(false);
    expect(local.data.get('k')).toBe('sealed1(k):yromem-morf');
  });

  it('seals a value again under the current key when it was sealed under a superseded one', async () => {
    const { local, sealer, storage } = setup();
    await storage.setItem('k', 'device-secret');
    sealer.key = 2;
    expect(await storage.getItem('k')).toBe('device-secret');
    expect(local.data.get('k')).toBe('sealed2(k):terces-ecived');
  });
});
