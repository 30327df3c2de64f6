// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { AccountSettingsProps } from '../../../components/account-settings-props';
import { type AccountSettingsOptions, useAccountSettings } from '../../../entrypoints/popup/use-account-settings';
import { codeEntry } from '../../components/code-entry-fixture';
import { mountSettled, rerender } from '../../components/mount';
import { poolProfile } from '../../components/pool-fixture';
import { fakeWorker } from '../extension-pages/fake-worker';

const POOL = poolProfile({ id: 'p1' });
const SETUP_URI = 'otpauth://totp/Local%20pool:walt?secret=JBSWY3DPEHPK3PXP&issuer=Local%20pool';
const ENTRY = codeEntry({ id: 'e1', code: '246810', periodEndsAt: 30_000 });

const base = {
  'auth.fetchMFAPreference': { ok: true, data: { enabled: [] } },
  'auth.fetchDevices': { ok: true, data: [] },
  'auth.setUpTOTP': { ok: true, data: { username: 'walt', sharedSecret: 'JBSWY3DPEHPK3PXP', setupUri: SETUP_URI } },
  'vault.addEntry': { ok: true, data: ENTRY },
  'vault.deleteEntry': { ok: true, data: { deleted: true } },
} as const;

/** Renders the hook with `options` and hands what it gives the view to `seen`. */
function Harness(props: { options: AccountSettingsOptions; seen: (view: AccountSettingsProps | undefined) => void }) {
  props.seen(useAccountSettings(props.options));
  return null;
}

/**
 * Mounts the hook with `options` and answers what it last gave the view; `view.update` renders it again with
 * `changes` (a later `now`), its state kept.
 */
async function start(worker: ReturnType<typeof fakeWorker>, options: Partial<AccountSettingsOptions> = {}) {
  let latest: AccountSettingsProps | undefined;
  const given = { call: worker.call, pool: POOL, username: 'walt', vaultLocked: false, now: 0, onUnlock: vi.fn() };
  const harness = (changes: Partial<AccountSettingsOptions>) => (
    <Harness options={{ ...given, ...options, ...changes }} seen={(view) => (latest = view)} />
  );
  const root = await mountSettled(harness({}));
  const view = () => latest!;
  view.update = (changes: Partial<AccountSettingsOptions>) => run(() => rerender(root, harness(changes)));
  return view;
}

/** Runs an action and lets its chain of requests (each a microtask hop) answer. */
async function run(action: () => void) {
  await act(async () => action());
  for (let hop = 0; hop < 5; hop += 1) await act(async () => {});
}

describe('useAccountSettings', () => {
  it('asks for the factors and devices of the signed-in account', async () => {
    const worker = fakeWorker({ ...base, 'auth.fetchMFAPreference': { ok: true, data: { enabled: ['SMS'] } } });
    const view = await start(worker);
    expect(worker.calls.slice(0, 2)).toEqual([
      { type: 'auth.fetchMFAPreference', input: { profileId: 'p1' } },
      { type: 'auth.fetchDevices', input: { profileId: 'p1' } },
    ]);
    expect(view().mfa).toEqual({ enabled: ['SMS'] });
    expect(view().devices).toEqual([]);
  });

  it('saves the new secret in the vault bound to the pool’s sites and the account, then verifies the vault’s code', async () => {
    const worker = fakeWorker({ ...base, 'auth.verifyTOTPSetup': { ok: true, data: undefined } });
    const view = await start(worker);
    await run(() => view().onTotpStart());
    expect(worker.calls.find((call) => call.type === 'vault.addEntry')?.input).toEqual({
      uri: SETUP_URI,
      origins: POOL.origins,
      cognito: { userPoolId: POOL.userPoolId, clientId: POOL.userPoolClientId, username: 'walt' },
    });
    expect(view().totp).toMatchObject({ status: 'verifying', sharedSecret: 'JBSWY3DPEHPK3PXP', entry: { id: 'e1' } });
    await run(() => view().onTotpVerify(' 246810 '));
    expect(worker.calls.find((call) => call.type === 'auth.verifyTOTPSetup')?.input).toEqual({
      profileId: 'p1',
      code: '246810',
      friendlyDeviceName: 'Sidekey',
    });
    expect(view().totp).toEqual({ status: 'verified' });
    expect(worker.types()).not.toContain('vault.deleteEntry');
  });

  it('asks the vault for the verified entry alone, by id, once its period has ended, and shows its fresh code', async () => {
    const fresh = codeEntry({ id: 'e1', code: '135791', periodEndsAt: 60_000 });
    const worker = fakeWorker({ ...base, 'vault.listCodes': { ok: true, data: [fresh] } });
    const view = await start(worker);
    await run(() => view().onTotpStart());
    expect(worker.types()).not.toContain('vault.listCodes');
    await view.update({ now: 30_000 });
    expect(worker.calls.filter((call) => call.type === 'vault.listCodes')).toEqual([
      { type: 'vault.listCodes', input: { id: 'e1' } },
    ]);
    expect(view().totp).toMatchObject({
      status: 'verifying',
      entry: { id: 'e1', code: '135791', periodEndsAt: 60_000 },
    });
  });

  it('removes the key from the vault when the pool refuses the code, and says so at the code field', async () => {
    const worker = fakeWorker({
      ...base,
      'auth.verifyTOTPSetup': { ok: false, code: 'EnableSoftwareTokenMFAException', message: 'x', field: 'code' },
    });
    const view = await start(worker);
    await run(() => view().onTotpStart());
    await run(() => view().onTotpVerify('000000'));
    expect(worker.calls.at(-1)).toEqual({ type: 'vault.deleteEntry', input: { id: 'e1' } });
    expect(view().totp).toEqual({ status: 'idle' });
    expect(view().notes.totp).toMatchObject({ failed: true, field: 'code' });
    expect(view().notes.totp?.text).toContain('removed from Sidekey');
  });

  it('asks to unlock first and sets nothing up while the vault is locked', async () => {
    const worker = fakeWorker(base);
    const view = await start(worker, { vaultLocked: true });
    await run(() => view().onTotpStart());
    expect(view().totp).toEqual({ status: 'locked' });
    expect(worker.types()).not.toContain('auth.setUpTOTP');
  });

  it('updates the saved sign-in of this account only after the pool accepted the new password', async () => {
    const mine = {
      id: 'l1',
      username: 'walt',
      origins: [],
      cognito: { userPoolId: POOL.userPoolId, clientId: POOL.userPoolClientId, username: 'walt' },
    };
    const old = { id: 'l2', username: 'walt', origins: POOL.origins, cognito: null };
    const elsewhere = { id: 'l3', username: 'walt', origins: ['https://other.example'], cognito: null };
    const worker = fakeWorker({
      ...base,
      'auth.updatePassword': [
        { ok: false, code: 'NotAuthorizedException', message: 'x', field: 'oldPassword' },
        { ok: true, data: undefined },
      ],
      'vault.listLogins': { ok: true, data: [mine, old, elsewhere] },
      'vault.updateLoginPassword': { ok: true, data: mine },
    });
    const view = await start(worker);
    await run(() => view().onChangePassword({ oldPassword: 'wrong', newPassword: 'New-pass-2' }));
    expect(view().notes.password).toMatchObject({ failed: true, field: 'oldPassword' });
    expect(worker.types()).not.toContain('vault.updateLoginPassword');
    await run(() => view().onChangePassword({ oldPassword: 'Old-pass-1', newPassword: 'New-pass-2' }));
    expect(worker.calls.filter((call) => call.type === 'vault.updateLoginPassword').map((call) => call.input)).toEqual([
      { id: 'l1', password: 'New-pass-2' },
      { id: 'l2', password: 'New-pass-2' },
    ]);
    expect(view().notes.password).toEqual({
      text: 'Password changed, and Sidekey’s saved sign-in updated.',
      failed: false,
    });
  });

  it('lists the devices again after forgetting one', async () => {
    const device = { id: 'd1', remembered: false, current: false };
    const worker = fakeWorker({
      ...base,
      'auth.fetchDevices': [
        { ok: true, data: [device] },
        { ok: true, data: [] },
      ],
      'auth.forgetDevice': { ok: true, data: undefined },
    });
    const view = await start(worker);
    expect(view().devices).toEqual([device]);
    await run(() => view().onForget(device));
    expect(worker.calls.find((call) => call.type === 'auth.forgetDevice')?.input).toEqual({
      profileId: 'p1',
      deviceId: 'd1',
    });
    expect(view().devices).toEqual([]);
    expect(view().notes.devices).toEqual({ text: 'The device is forgotten.', failed: false });
  });
});
