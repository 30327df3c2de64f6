// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { PopupMemory } from '../../../entrypoints/popup/popup-memory';
import { click } from '../../components/mount';
import { poolProfile } from '../../components/pool-fixture';
import { fakeWorker } from '../extension-pages/fake-worker';
import { mountPopup } from './mount-popup';

const SITE = 'https://app.example.com';
const FOUND = { origin: SITE, userPoolId: 'eu-west-1_AbC123', userPoolClientId: 'client1', region: 'eu-west-1' };
const ADDED = poolProfile({ id: 'p9', label: 'app.example.com', userPoolId: FOUND.userPoolId, origins: [SITE] });

const base = {
  'vault.listCodes': { ok: true, data: [] },
  'site.discoverPool': { ok: true, data: FOUND },
  'auth.session': { ok: true, data: { signedIn: false } },
  'auth.pendingSignIn': { ok: true, data: null },
} as const;

async function render(
  worker: ReturnType<typeof fakeWorker>,
  options: { remembered?: PopupMemory; requestSiteAccess?: (origins: readonly string[]) => Promise<boolean> } = {},
) {
  const saved: PopupMemory[] = [];
  const { root } = await mountPopup(worker, {
    origin: SITE,
    tabId: 4,
    saveMemory: (memory) => saved.push(memory),
    ...options,
  });
  return { root, saved };
}

const offer = (root: HTMLElement) => root.querySelector('.site-pool-offer');
const addButton = (root: HTMLElement) => root.querySelector<HTMLButtonElement>('button.add-site-pool')!;

describe('the popup’s offer to add the site’s user pool', () => {
  it('adds the pool the page names, bound to its origin, and shows that pool’s sign-in form', async () => {
    const worker = fakeWorker({
      ...base,
      'profiles.add': { ok: true, data: ADDED },
      'profiles.list': { ok: true, data: [poolProfile({ id: 'p1' }), ADDED] },
    });
    // Asked for in the click's gesture, so before the pool is sent to the worker.
    let addedBeforeAccess: boolean | undefined;
    const requestSiteAccess = vi.fn(async (_origins: readonly string[]) => {
      addedBeforeAccess = worker.types().includes('profiles.add');
      return true;
    });
    const { root, saved } = await render(worker, { requestSiteAccess });
    expect(worker.calls[1]).toEqual({ type: 'site.discoverPool', input: { tabId: 4 } });
    expect(offer(root)?.textContent).toContain('eu-west-1_AbC123');

    await click(addButton(root));
    expect(addedBeforeAccess).toBe(false);
    expect(requestSiteAccess).toHaveBeenCalledWith([SITE]);
    expect(worker.calls.find((entry) => entry.type === 'profiles.add')?.input).toEqual({
      userPoolId: 'eu-west-1_AbC123',
      userPoolClientId: 'client1',
      region: 'eu-west-1',
      label: 'app.example.com',
      origins: [SITE],
    });
    await vi.waitFor(async () => {
      await act(async () => {});
      expect(root.querySelector('form.sign-in')).not.toBeNull();
    }, 5_000);
    expect(offer(root)).toBeNull();
    expect(root.querySelector('#tab-accounts')?.getAttribute('aria-selected')).toBe('true');
    expect(root.querySelector<HTMLSelectElement>('select[name="pool"]')?.value).toBe('p9');
    expect(worker.calls.find((entry) => entry.type === 'auth.session')?.input).toEqual({
      profileId: 'p9',
      forceRefresh: false,
    });
    expect(saved.at(-1)).toMatchObject({ tab: 'accounts', profileId: 'p9' });
  });

  it('is dismissed for the site, and a popup opened again there does not look for the pool', async () => {
    const worker = fakeWorker(base);
    const { root, saved } = await render(worker);
    await click(root.querySelector<HTMLButtonElement>('button.dismiss-site-pool')!);
    expect(offer(root)).toBeNull();
    expect(saved.at(-1)).toEqual({ tab: 'codes', usernames: {}, dismissedOrigins: [SITE] });
    expect(worker.types()).not.toContain('profiles.add');

    const again = fakeWorker(base);
    const reopened = await render(again, { remembered: saved.at(-1) });
    expect(offer(reopened.root)).toBeNull();
    expect(again.types()).not.toContain('site.discoverPool');
  });

  it('shows why the pool was refused and keeps the offer', async () => {
    const worker = fakeWorker({
      ...base,
      'profiles.add': { ok: false, code: 'UserPoolNotFound', message: 'worker text', field: 'userPoolId' },
    });
    const { root } = await render(worker);
    await click(addButton(root));
    await act(async () => {});
    expect(offer(root)?.querySelector('[role="alert"]')?.textContent).toBe(
      'The pool’s server has no such user pool. Check the pool id (its region comes first).',
    );
    expect(addButton(root).disabled).toBe(false);
    expect(root.querySelector('#tab-codes')?.getAttribute('aria-selected')).toBe('true');
  });

  it('adds without the check only when the person says Add anyway after the server could not be asked', async () => {
    const worker = fakeWorker({
      ...base,
      'profiles.add': [
        { ok: false, code: 'PoolNotChecked', message: 'no answer' },
        { ok: true, data: ADDED },
      ],
      'profiles.list': { ok: true, data: [ADDED] },
    });
    const { root } = await render(worker);
    await click(addButton(root));
    await act(async () => {});
    expect(addButton(root).textContent).toBe('Add anyway');
    await click(addButton(root));
    const adds = worker.calls.filter((entry) => entry.type === 'profiles.add').map((entry) => entry.input);
    expect(adds).toEqual([
      expect.not.objectContaining({ skipCheck: true }),
      expect.objectContaining({ skipCheck: true }),
    ]);
  });

  it.each([
    ['names no pool Sidekey lacks', { ok: true, data: null }],
    ['cannot be read', { ok: false, code: 'SiteUnavailable', message: 'refused' }],
    ['has moved to another site since', { ok: true, data: { ...FOUND, origin: 'https://other.example' } }],
  ] as const)('offers nothing when the page %s', async (_case, answer) => {
    const { root } = await render(fakeWorker({ ...base, 'site.discoverPool': answer }));
    expect(offer(root)).toBeNull();
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });
});
