import { describe, expect, it } from 'vitest';
import { makeTestVault, PASSPHRASE } from './make-test-vault';

async function unlockedVault() {
  const test = makeTestVault();
  await test.vault.setup(PASSPHRASE);
  return test;
}

describe('vault logins', () => {
  it('saves a sign-in and lists it without its password, bound origins first', async () => {
    const { vault } = await unlockedVault();
    await vault.addLogin({ username: 'zed', password: 'pw-z', origins: ['https://z.example'] });
    const cognito = { userPoolId: 'eu-west-1_abc', clientId: 'c1', username: 'amy' };
    await vault.addLogin({
      username: 'amy',
      password: 'pw-a',
      origins: ['http://localhost:3000'],
      cognito,
      label: 'Dev',
    });
    const list = await vault.listLogins({ origin: 'https://z.example' });
    expect(list.map((login) => [login.username, login.boundToOrigin])).toEqual([
      ['zed', true],
      ['amy', false],
    ]);
    expect(list[1]).toMatchObject({ label: 'Dev', cognito, origins: ['http://localhost:3000'] });
    expect(JSON.stringify(list)).not.toContain('pw-');
  });

  it('hands the password to the fill path only for an origin the sign-in is bound to', async () => {
    const { vault } = await unlockedVault();
    const saved = await vault.addLogin({ username: 'jo', password: 'pw-1', origins: ['https://a.example'] });
    expect(await vault.loginForFill({ id: saved.id, origin: 'https://a.example' })).toMatchObject({ password: 'pw-1' });
    expect(await vault.loginForFill({ id: saved.id, origin: 'https://evil.example' })).toBeUndefined();
    expect(await vault.loginForFill({ id: saved.id, origin: 'not an origin' })).toBeUndefined();
  });

  it('replaces a saved password for good, keeping the sign-in and noting when it changed', async () => {
    const { vault, reopen, clock } = await unlockedVault();
    const saved = await vault.addLogin({ username: 'jo', password: 'old-pw', origins: ['https://a.example'] });
    clock.now += 60_000;
    const updated = await vault.updateLoginPassword({ id: saved.id, password: 'new-pw', origin: 'https://a.example' });
    expect(updated).toMatchObject({ id: saved.id, username: 'jo', boundToOrigin: true, updatedAt: clock.now });
    expect(updated.createdAt).toBe(saved.createdAt);
    const again = reopen();
    await again.unlock(PASSPHRASE);
    expect(await again.loginForFill({ id: saved.id, origin: 'https://a.example' })).toMatchObject({
      password: 'new-pw',
    });
    expect(await again.listLogins()).toHaveLength(1);
  });

  it('changes no password of a sign-in not bound to the origin asking, nor of one that is gone', async () => {
    const { vault } = await unlockedVault();
    const saved = await vault.addLogin({ username: 'jo', password: 'old-pw', origins: ['https://a.example'] });
    for (const origin of ['https://evil.example', 'not an origin']) {
      await expect(vault.updateLoginPassword({ id: saved.id, password: 'x', origin })).rejects.toMatchObject({
        code: 'VaultNotFound',
      });
    }
    await expect(vault.updateLoginPassword({ id: 'gone', password: 'x' })).rejects.toMatchObject({
      code: 'VaultNotFound',
    });
    expect(await vault.loginForFill({ id: saved.id, origin: 'https://a.example' })).toMatchObject({
      password: 'old-pw',
    });
  });

  it('refuses a sign-in with nowhere to be used, and deletes one for good', async () => {
    const { vault, reopen } = await unlockedVault();
    await expect(vault.addLogin({ username: 'jo', password: 'x', origins: [] })).rejects.toMatchObject({
      code: 'VaultBadOrigin',
    });
    const saved = await vault.addLogin({ username: 'jo', password: 'x', origins: ['https://a.example'] });
    expect((await vault.state()).loginCount).toBe(1);
    await vault.deleteLogin(saved.id);
    expect(await reopen().listLogins()).toEqual([]);
    await expect(vault.deleteLogin(saved.id)).rejects.toMatchObject({ code: 'VaultNotFound' });
  });

  it('keeps saved sign-ins across lock and unlock, and refuses them while locked', async () => {
    const { vault } = await unlockedVault();
    await vault.addLogin({ username: 'jo', password: 'x', origins: ['https://a.example'] });
    await vault.lock();
    await expect(vault.listLogins()).rejects.toMatchObject({ code: 'VaultLocked' });
    await vault.unlock(PASSPHRASE);
    expect(await vault.listLogins()).toHaveLength(1);
  });
});
