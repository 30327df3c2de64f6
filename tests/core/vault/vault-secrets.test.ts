import { describe, expect, it } from 'vitest';
import { makeTestVault, PASSPHRASE } from './make-test-vault';

describe('vault secrets', () => {
  it('seals a secret that only the same place can open', async () => {
    const { vault } = makeTestVault();
    await vault.setup(PASSPHRASE);
    const sealed = await vault.sealSecret('refresh-token-value', 'client.alice.refreshToken');
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9+/=]+\.[A-Za-z0-9+/=]+$/);
    expect(sealed).not.toContain('refresh-token-value');
    expect(await vault.openSecret(sealed!, 'client.alice.refreshToken')).toBe('refresh-token-value');
    await expect(vault.openSecret(sealed!, 'client.bob.refreshToken')).rejects.toMatchObject({ code: 'VaultCorrupt' });
  });

  it('answers undefined instead of failing while the vault is new or locked', async () => {
    const { vault } = makeTestVault();
    expect(await vault.sealSecret('x', 'a')).toBeUndefined();
    await vault.setup(PASSPHRASE);
    const sealed = await vault.sealSecret('x', 'a');
    await vault.lock();
    expect(await vault.sealSecret('x', 'a')).toBeUndefined();
    expect(await vault.openSecret(sealed!, 'a')).toBeUndefined();
    await vault.unlock(PASSPHRASE);
    expect(await vault.openSecret(sealed!, 'a')).toBe('x');
  });

  it('refuses a tampered or malformed sealed value with VaultCorrupt', async () => {
    const { vault } = makeTestVault();
    await vault.setup(PASSPHRASE);
    const sealed = (await vault.sealSecret('secret', 'a'))!;
    const [format, iv, data] = sealed.split('.');
    const flipped = `${format}.${iv}.${data!.startsWith('A') ? `B${data!.slice(1)}` : `A${data!.slice(1)}`}`;
    for (const bad of [flipped, 'v2.AAAA.AAAA', 'garbage', '']) {
      await expect(vault.openSecret(bad, 'a')).rejects.toMatchObject({ code: 'VaultCorrupt' });
    }
  });

  it('does not count as vault use, so background refreshes cannot hold off auto-lock', async () => {
    const { vault, clock } = makeTestVault();
    await vault.setup(PASSPHRASE);
    clock.now += 16 * 60_000;
    await vault.sealSecret('x', 'a');
    expect(await vault.checkAutoLock()).toBe(true);
  });
});
