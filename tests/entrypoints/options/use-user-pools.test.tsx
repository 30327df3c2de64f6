// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { Reply } from '../../../core/messages/reply';
import { OptionsApp } from '../../../entrypoints/options/OptionsApp';
import { typeInto } from '../../components/code-entry-fixture';
import { click, mountSettled, submit } from '../../components/mount';
import { poolProfile } from '../../components/pool-fixture';
import { fakeWorker } from '../extension-pages/fake-worker';

function render(worker: ReturnType<typeof fakeWorker>) {
  return mountSettled(<OptionsApp call={worker.call} readPixels={vi.fn()} saveFile={vi.fn()} window={window} />);
}

const uninitialised: Reply<unknown> = {
  ok: true,
  data: { status: 'uninitialised', autoLockMinutes: 15, entryCount: 0, loginCount: 0 },
};

describe('the settings page’s user pools', () => {
  it('adds a pool, then lists it from a fresh profiles.list', async () => {
    const added = poolProfile({ id: 'p1', label: 'Local' });
    const worker = fakeWorker({
      'vault.state': uninitialised,
      'vault.listCodes': { ok: true, data: [] },
      'profiles.list': [
        { ok: true, data: [] },
        { ok: true, data: [added] },
      ],
      'profiles.add': { ok: true, data: added },
    });
    const root = await render(worker);
    expect(root.querySelector('.user-pools .empty')?.textContent).toBe('No user pools yet.');
    act(() => typeInto(root.querySelector<HTMLInputElement>('[name="userPoolId"]')!, 'us-east-1_Local1'));
    act(() => typeInto(root.querySelector<HTMLInputElement>('[name="userPoolClientId"]')!, 'client1'));
    await submit(root.querySelector('form.add-pool')!);
    await act(async () => {});
    expect(worker.calls.find((entry) => entry.type === 'profiles.add')?.input).toEqual({
      userPoolId: 'us-east-1_Local1',
      userPoolClientId: 'client1',
      origins: [],
    });
    expect(root.querySelector('.pool-label')?.textContent).toBe('Local');
  });

  it('removes a pool after confirmation and shows the list without it', async () => {
    const worker = fakeWorker({
      'vault.state': uninitialised,
      'vault.listCodes': { ok: true, data: [] },
      'profiles.list': [
        { ok: true, data: [poolProfile({ id: 'p1' })] },
        { ok: true, data: [] },
      ],
      'profiles.remove': { ok: true, data: undefined },
    });
    const root = await render(worker);
    await click(root.querySelector('.pool .remove')!);
    await click(root.querySelector('.confirm-remove')!);
    await act(async () => {});
    expect(worker.calls.find((entry) => entry.type === 'profiles.remove')?.input).toEqual({ id: 'p1' });
    expect(root.querySelector('.pool')).toBeNull();
  });

  it('shows a failed list as one sentence', async () => {
    const worker = fakeWorker({
      'vault.state': uninitialised,
      'vault.listCodes': { ok: true, data: [] },
      'profiles.list': { ok: false, code: 'Unavailable', message: 'x' },
    });
    const root = await render(worker);
    expect(root.querySelector('.user-pools [role="alert"]')?.textContent).toBe(
      'Sidekey’s background worker could not be reached. Try again.',
    );
  });
  it('edits a pool with profiles.update by its id and lists it again', async () => {
    const stored = poolProfile({ id: 'p1', label: 'Local' });
    const renamed = { ...stored, label: 'Renamed' };
    const worker = fakeWorker({
      'vault.state': uninitialised,
      'vault.listCodes': { ok: true, data: [] },
      'profiles.list': [
        { ok: true, data: [stored] },
        { ok: true, data: [renamed] },
      ],
      'profiles.update': { ok: true, data: renamed },
    });
    const root = await render(worker);
    await click(root.querySelector('.pool .edit')!);
    act(() => typeInto(root.querySelector<HTMLInputElement>('form.edit-pool [name="label"]')!, 'Renamed'));
    await submit(root.querySelector('form.edit-pool')!);
    await act(async () => {});
    expect(worker.calls.find((entry) => entry.type === 'profiles.update')?.input).toMatchObject({
      id: 'p1',
      label: 'Renamed',
      userPoolId: stored.userPoolId,
      userPoolEndpoint: stored.userPoolEndpoint,
    });
    expect(root.querySelector('form.edit-pool')).toBeNull();
    expect(root.querySelector('.pool-label')?.textContent).toBe('Renamed');
  });

  it('words a failed check by its code, not the worker’s English', async () => {
    const worker = fakeWorker({
      'vault.state': uninitialised,
      'vault.listCodes': { ok: true, data: [] },
      'profiles.list': { ok: true, data: [] },
      'profiles.add': { ok: false, code: 'UserPoolNotFound', field: 'userPoolId', message: 'worker words' },
    });
    const root = await render(worker);
    act(() => typeInto(root.querySelector<HTMLInputElement>('[name="userPoolId"]')!, 'us-east-1_Nope'));
    act(() => typeInto(root.querySelector<HTMLInputElement>('[name="userPoolClientId"]')!, 'client1'));
    await submit(root.querySelector('form.add-pool')!);
    expect(root.querySelector('#pool-userPoolId-error')?.textContent).toBe(
      'The pool’s server has no such user pool. Check the pool id (its region comes first).',
    );
  });

  it('shows the section the address names in the nav', async () => {
    window.location.hash = '#user-pools';
    const worker = fakeWorker({
      'vault.state': uninitialised,
      'vault.listCodes': { ok: true, data: [] },
      'profiles.list': { ok: true, data: [] },
    });
    const root = await render(worker);
    window.location.hash = '';
    const links = [...root.querySelectorAll('nav.options-nav a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['#vault', '#user-pools']);
    expect(root.querySelector('nav.options-nav [aria-current="location"]')?.textContent).toBe('User pools');
    expect(root.querySelector('#user-pools .user-pools')).not.toBeNull();
  });

  it('lists the passkeys of the account signed in to a pool, and adds one there', async () => {
    const passkey = { credentialId: 'cred-1', name: 'Passkey', createdAt: Date.UTC(2026, 0, 2) };
    const worker = fakeWorker({
      'vault.state': uninitialised,
      'vault.listCodes': { ok: true, data: [] },
      'profiles.list': { ok: true, data: [poolProfile({ id: 'p1' }), poolProfile({ id: 'p2', label: 'Shop' })] },
      'auth.session': [
        { ok: true, data: { signedIn: false } },
        { ok: true, data: { signedIn: true, username: 'pat' } },
      ],
      'auth.listPasskeys': [
        { ok: true, data: [] },
        { ok: true, data: [passkey] },
      ],
      'auth.registerPasskey': { ok: true, data: undefined },
    });
    const root = await render(worker);
    await act(async () => {});
    const accounts = [...root.querySelectorAll('select[name="passkeyAccount"] option')];
    expect(accounts.map((option) => option.textContent)).toEqual(['Shop: pat']);
    expect(worker.calls.find((entry) => entry.type === 'auth.listPasskeys')?.input).toEqual({ profileId: 'p2' });
    await click(root.querySelector<HTMLElement>('button[aria-label="Sidekey: add a passkey"]')!);
    await act(async () => {});
    expect(worker.calls.find((entry) => entry.type === 'auth.registerPasskey')?.input).toEqual({ profileId: 'p2' });
    expect(root.querySelector('.passkey-name')?.textContent).toBe('Passkey');
    expect(root.querySelector('.passkeys [role="status"]')?.textContent).toBe('Passkey added.');
  });

  it('asks again who is signed in when the page gets the focus back, as after signing in in the popup', async () => {
    const worker = fakeWorker({
      'vault.state': uninitialised,
      'vault.listCodes': { ok: true, data: [] },
      'profiles.list': { ok: true, data: [poolProfile({ id: 'p1' })] },
      'auth.session': [
        { ok: true, data: { signedIn: false } },
        { ok: true, data: { signedIn: true, username: 'pat' } },
      ],
      'auth.listPasskeys': { ok: true, data: [] },
    });
    const root = await render(worker);
    await act(async () => {});
    expect(root.querySelector('.passkeys-signed-out')).not.toBeNull();
    await act(async () => {
      window.dispatchEvent(new Event('focus'));
    });
    await vi.waitFor(async () => {
      await act(async () => {});
      expect(root.querySelector('.passkeys-empty')?.textContent).toBe('No passkeys yet.');
    });
    expect(root.querySelector('select[name="passkeyAccount"] option')?.textContent).toBe('Local pool: pat');
  });
});
