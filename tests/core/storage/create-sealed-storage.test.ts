import { describe, expect, it } from 'vitest';
import { createAreaStorage } from '../../../core/storage/create-area-storage';
import { createSealedStorage, type Sealer } from '../../../core/storage/create-sealed-storage';
import { memoryArea } from './memory-area';

/** A stand-in for the vault: reversible "sealing" that only works while `unlocked`. */
function fakeSealer(): Sealer & { unlocked: boolean } {
  return {
    unlocked: true,
    async sealSecret(text, aad) {
      return this.unlocked ? `sealed(${aad}):${[...text].reverse().join('')}` : undefined;
    },
    async openSecret(sealed, aad) {
      if (!this.unlocked) return undefined;
      const prefix = `sealed(${aad}):`;
      if (!sealed.startsWith(prefix)) throw new Error('tampered');
      return [...sealed.slice(prefix.length)].reverse().join('');
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
    expect(local.data.get('c.alice.refreshToken')).toBe('sealed(c.alice.refreshToken):1-nekot');
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
});
