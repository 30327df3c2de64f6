import { describe, expect, it } from 'vitest';
import { encodeBase64 } from '../../../../core/encoding/encode-base64';
import { createRouter } from '../../../../core/messages/create-router';
import { createVaultHandlers } from '../../../../core/vault/handlers/create-vault-handlers';
import { VAULT_REQUEST_TYPES } from '../../../../core/vault/vault-messages';
import { extensionId, extensionOrigin, popup } from '../../messages/extension-senders';
import { qrRaster } from '../../otp/qr-raster';
import { makeTestVault, PASSPHRASE, RFC_SECRET } from '../make-test-vault';

const contentScript = {
  id: extensionId,
  url: 'https://evil.example/',
  tab: { id: 3, url: 'https://evil.example/' },
  frameId: 0,
};
const uri = `otpauth://totp/ACME:jo?secret=${RFC_SECRET}&issuer=ACME`;

function setup() {
  const { vault } = makeTestVault();
  const route = createRouter({ extensionId, extensionOrigin, context: {}, handlers: createVaultHandlers(vault) });
  const send = (type: string, input?: unknown, sender: object = popup) => route({ type, input }, sender);
  return { send };
}

describe('createVaultHandlers', () => {
  it('answers every vault request name and refuses each one from a content script', async () => {
    const { send } = setup();
    for (const type of VAULT_REQUEST_TYPES) {
      expect(await send(type, {}, contentScript)).toMatchObject({ ok: false, code: 'ForbiddenSender' });
      expect(await send(type, {})).not.toMatchObject({ code: 'UnknownRequest' });
    }
  });

  it('walks setup, add, list, lock and unlock through the router with typed replies', async () => {
    const { send } = setup();
    expect(await send('vault.state')).toEqual({
      ok: true,
      data: { status: 'uninitialised', autoLockMinutes: 15, entryCount: 0, loginCount: 0 },
    });
    expect(await send('vault.setup', { passphrase: PASSPHRASE })).toMatchObject({
      ok: true,
      data: { status: 'unlocked' },
    });
    const added = await send('vault.addEntry', { uri, origins: ['https://acme.example'] });
    expect(added).toMatchObject({ ok: true, data: { issuer: 'ACME', boundToOrigin: false } });
    const listed = await send('vault.listCodes', { origin: 'https://acme.example', at: 59_000 });
    expect(listed).toMatchObject({ ok: true, data: [{ code: expect.stringMatching(/^\d{6}$/), boundToOrigin: true }] });
    expect(JSON.stringify(listed)).not.toContain(RFC_SECRET);
    expect(await send('vault.listCodes', { limit: 1 })).toMatchObject({ ok: true, data: [{ issuer: 'ACME' }] });
    expect(await send('vault.lock')).toMatchObject({ ok: true, data: { status: 'locked' } });
    expect(await send('vault.listCodes')).toMatchObject({ ok: false, code: 'VaultLocked' });
    expect(await send('vault.unlock', { passphrase: 'nope nope nope' })).toMatchObject({
      ok: false,
      code: 'VaultWrongPassphrase',
    });
    expect(await send('vault.unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: true, data: { entryCount: 1 } });
  });

  it('makes codes only for a sane time: whole epoch milliseconds a Date can hold, never before 1970', async () => {
    const { send } = setup();
    await send('vault.setup', { passphrase: PASSPHRASE });
    await send('vault.addEntry', { uri });
    for (const at of [-1, -30_000, 1.5, 8.64e15 + 1, 1e300, '59000'])
      expect(await send('vault.listCodes', { at }), String(at)).toMatchObject({
        ok: false,
        code: 'BadMessage',
        field: 'at',
      });
    expect(await send('vault.listCodes', { at: 0 })).toMatchObject({ ok: true, data: [{ code: expect.any(String) }] });
    expect(await send('vault.listCodes', { at: 8.64e15 })).toMatchObject({ ok: true });
  });

  it('answers one entry for `id`, an empty list once it is gone, and refuses an id that is not a short string', async () => {
    const { send } = setup();
    await send('vault.setup', { passphrase: PASSPHRASE });
    await send('vault.addEntry', { uri: `otpauth://totp/Other:al?secret=JBSWY3DPEHPK3PXP&issuer=Other` });
    const added = await send('vault.addEntry', { uri, origins: ['https://acme.example'] });
    const id = added.ok ? (added.data as { id: string }).id : '';
    expect(await send('vault.listCodes', { id, origin: 'https://acme.example', at: 59_000 })).toMatchObject({
      ok: true,
      data: [{ id, issuer: 'ACME', code: expect.stringMatching(/^\d{6}$/), boundToOrigin: true }],
    });
    expect(await send('vault.listCodes', { id })).toMatchObject({ ok: true, data: [{ id }] });
    expect(await send('vault.deleteEntry', { id })).toMatchObject({ ok: true });
    expect(await send('vault.listCodes', { id })).toEqual({ ok: true, data: [] });
    for (const bad of ['', 7, null, 'x'.repeat(65), ['a']])
      expect(await send('vault.listCodes', { id: bad }), JSON.stringify(bad)).toMatchObject({
        ok: false,
        code: 'BadMessage',
        field: 'id',
      });
  });

  it('adds typed fields, with the same OtpUri* errors a URI would get', async () => {
    const { send } = setup();
    await send('vault.setup', { passphrase: PASSPHRASE });
    const fields = { kind: 'hotp', secret: RFC_SECRET, issuer: 'Bank', account: 'b', counter: 0 };
    expect(await send('vault.addEntry', { fields })).toMatchObject({ ok: true, data: { code: '755224' } });
    expect(await send('vault.addEntry', { fields: { ...fields, digits: 4 } })).toMatchObject({
      ok: false,
      code: 'OtpUriBadDigits',
    });
    expect(await send('vault.addEntry', { uri: 'http://x' })).toMatchObject({ ok: false, code: 'OtpUriBadScheme' });
  });

  it('rejects malformed input as BadMessage before the vault sees it', async () => {
    const { send } = setup();
    const cases: Array<[string, unknown]> = [
      ['vault.setup', { passphrase: 42 }],
      ['vault.unlock', undefined],
      ['vault.lock', { extra: true }],
      ['vault.setAutoLock', { minutes: '5' }],
      ['vault.listCodes', { origin: 7 }],
      ['vault.listCodes', { limit: 0 }],
      ['vault.listCodes', { limit: 2.5 }],
      ['vault.addEntry', { fields: 'x' }],
      ['vault.updateEntry', { id: '' }],
      ['vault.deleteEntry', {}],
      ['vault.import', { kind: 'zip', payload: 'x' }],
      ['vault.import', { kind: 'otpauth-list', payload: uri, origins: 'https://a.example' }],
      ['vault.export', { format: 'csv' }],
      ['vault.addLogin', { username: 'a', password: 'b', cognito: { userPoolId: 1 } }],
    ];
    for (const [type, input] of cases) {
      expect(await send(type, input), type).toMatchObject({ ok: false, code: 'BadMessage' });
    }
  });

  it('imports QR pixels sent as base64, the form that survives Chrome’s JSON messaging', async () => {
    const { send } = setup();
    await send('vault.setup', { passphrase: PASSPHRASE });
    const image = qrRaster(uri);
    const payload = { width: image.width, height: image.height, data: encodeBase64(new Uint8Array(image.data.buffer)) };
    expect(await send('vault.import', { kind: 'qr-pixels', payload })).toEqual({
      ok: true,
      data: { added: 1, duplicates: [], errors: [] },
    });
    expect(
      await send('vault.import', { kind: 'qr-pixels', payload: { ...payload, width: 5000, height: 5000 } }),
    ).toMatchObject({
      ok: false,
      code: 'QrBadPixels',
    });
  });

  it('lists saved sign-ins without passwords and exports secrets only with the vault passphrase', async () => {
    const { send } = setup();
    await send('vault.setup', { passphrase: PASSPHRASE });
    await send('vault.addEntry', { uri });
    const login = await send('vault.addLogin', {
      username: 'jo',
      password: 'pw-secret',
      origins: ['https://acme.example'],
    });
    expect(login).toMatchObject({ ok: true, data: { username: 'jo' } });
    const logins = await send('vault.listLogins', { origin: 'https://acme.example' });
    expect(logins).toMatchObject({ ok: true, data: [{ username: 'jo', boundToOrigin: true }] });
    expect(JSON.stringify(logins)).not.toContain('pw-secret');
    expect(await send('vault.export', { format: 'otpauth-list', vaultPassphrase: 'wrong one!' })).toMatchObject({
      ok: false,
      code: 'VaultWrongPassphrase',
    });
    const list = await send('vault.export', { format: 'otpauth-list', vaultPassphrase: PASSPHRASE });
    expect(list).toMatchObject({
      ok: true,
      data: { format: 'otpauth-list', content: expect.stringContaining(RFC_SECRET) },
    });
    const id = logins.ok ? (logins.data as Array<{ id: string }>)[0]?.id : undefined;
    const updated = await send('vault.updateLoginPassword', { id, password: 'pw-changed' });
    expect(updated).toMatchObject({ ok: true, data: { id, username: 'jo' } });
    expect(JSON.stringify(updated)).not.toContain('pw-changed');
    expect(await send('vault.deleteLogin', { id })).toEqual({ ok: true, data: { deleted: true } });
    expect(await send('vault.updateLoginPassword', { id, password: 'x' })).toMatchObject({
      ok: false,
      code: 'VaultNotFound',
    });
  });
});
