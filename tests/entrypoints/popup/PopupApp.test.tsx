// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIRST_SCREEN_ROWS } from '../../../components/CodeList';
import type { Reply } from '../../../core/messages/reply';
import { PopupApp } from '../../../entrypoints/popup/PopupApp';
import { codeEntry, typeInto } from '../../components/code-entry-fixture';
import { click, mount } from '../../components/mount';
import { fakeWorker } from '../extension-pages/fake-worker';
import { mountPopup, popupProps } from './mount-popup';

const T0 = Date.UTC(2026, 10, 26, 12, 0, 10);
const PERIOD_END = Date.UTC(2026, 10, 26, 12, 0, 30);

/** The popup on a github.com tab. */
function render(vault: ReturnType<typeof fakeWorker>, props: Parameters<typeof mountPopup>[1] = {}) {
  return mountPopup(vault, { origin: 'https://github.com', ...props });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('PopupApp', () => {
  it('paints the codes from the first vault.listCodes reply, asked once with the tab’s origin', async () => {
    vi.useFakeTimers({ now: T0, toFake: ['Date'] });
    const vault = fakeWorker({
      'vault.listCodes': { ok: true, data: [codeEntry({ id: 'a', code: '111111', periodEndsAt: PERIOD_END })] },
    });
    const { root } = await render(vault);
    expect(root.querySelector('.code')?.getAttribute('data-code')).toBe('111111');
    expect(vault.calls).toEqual([
      { type: 'vault.listCodes', input: { origin: 'https://github.com', limit: FIRST_SCREEN_ROWS } },
    ]);
  });

  it('paints the first screenful, then asks for every entry once that is painted', async () => {
    vi.useFakeTimers({ now: T0, toFake: ['Date'] });
    const row = (n: number) =>
      codeEntry({ id: `e${n}`, issuer: `Issuer ${n}`, code: String(100000 + n), periodEndsAt: PERIOD_END });
    const all = Array.from({ length: 40 }, (_, n) => row(n));
    const vault = fakeWorker({
      'vault.listCodes': [
        { ok: true, data: all.slice(0, FIRST_SCREEN_ROWS) },
        { ok: true, data: all },
      ],
    });
    const painted: Array<() => void> = [];
    const { root } = await render(vault, { afterPaint: (task) => painted.push(task) });
    expect(root.querySelector('.code')?.getAttribute('data-code')).toBe('100000');
    expect(vault.calls).toHaveLength(1);
    expect(painted).toHaveLength(1);
    await act(async () => painted[0]!());
    await act(async () => {});
    expect(vault.calls[1]).toEqual({ type: 'vault.listCodes', input: { origin: 'https://github.com' } });
    const search = root.querySelector<HTMLInputElement>('input.search')!;
    await act(async () => typeInto(search, 'Issuer 39'));
    expect([...root.querySelectorAll('.code')].map((code) => code.getAttribute('data-code'))).toEqual(['100039']);
  });

  it('starts on the codes when the first reply came before the first render, and asks for the rest after paint', async () => {
    vi.useFakeTimers({ now: T0, toFake: ['Date'] });
    const all = Array.from({ length: 30 }, (_, n) =>
      codeEntry({ id: `e${n}`, issuer: `Issuer ${n}`, code: String(200000 + n), periodEndsAt: PERIOD_END }),
    );
    const first: Reply<typeof all> = { ok: true, data: all.slice(0, FIRST_SCREEN_ROWS) };
    const vault = fakeWorker({ 'vault.listCodes': { ok: true, data: all } });
    const painted: Array<() => void> = [];
    // No act around it beyond mount's own: what shows now is the first render, before any promise settles.
    const root = mount(
      <PopupApp
        {...popupProps(vault)}
        origin="https://github.com"
        firstCodes={Promise.resolve(first)}
        firstReply={first}
        afterPaint={(task) => painted.push(task)}
      />,
    );
    expect(root.querySelector('.loading')).toBeNull();
    expect(root.querySelectorAll('.code')).toHaveLength(FIRST_SCREEN_ROWS);
    expect(root.querySelector('.code')?.getAttribute('data-code')).toBe('200000');
    expect(vault.calls).toEqual([]);
    expect(painted).toHaveLength(1);
    await act(async () => painted[0]!());
    await act(async () => {});
    expect(vault.calls).toEqual([{ type: 'vault.listCodes', input: { origin: 'https://github.com' } }]);
    expect(root.querySelector<HTMLElement>('.code-list')?.style.height).toBe(`${30 * 56}px`);
  });

  it('starts on the unlock form when the first reply, already here, says locked', () => {
    const locked: Reply<never> = { ok: false, code: 'VaultLocked', message: 'locked' };
    const vault = fakeWorker({});
    const root = mount(<PopupApp {...popupProps(vault)} firstCodes={Promise.resolve(locked)} firstReply={locked} />);
    expect(root.querySelector('input[name="passphrase"]')).not.toBeNull();
    expect(vault.calls).toEqual([]);
  });

  it('asks for the passphrase when the vault is locked and lists the codes once unlocked', async () => {
    const vault = fakeWorker({
      'vault.listCodes': [
        { ok: false, code: 'VaultLocked', message: 'locked' },
        { ok: true, data: [codeEntry({ id: 'a', code: '222222', periodEndsAt: Date.now() + 20_000 })] },
      ],
      'vault.unlock': { ok: true, data: { status: 'unlocked', autoLockMinutes: 15, entryCount: 1, loginCount: 0 } },
    });
    const { root } = await render(vault);
    const field = root.querySelector<HTMLInputElement>('input[name="passphrase"]')!;
    await act(async () => {
      field.value = 'my passphrase';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    await act(async () => {});
    expect(vault.calls.map((c) => c.type)).toEqual(['vault.listCodes', 'vault.unlock', 'vault.listCodes']);
    expect(root.querySelector('.code')?.getAttribute('data-code')).toBe('222222');
  });

  it('shows the first-run screen when no passphrase is set', async () => {
    const { root } = await render(
      fakeWorker({ 'vault.listCodes': { ok: false, code: 'VaultUninitialised', message: '' } }),
    );
    expect(root.querySelector('form.setup')).not.toBeNull();
  });

  it('copies the shown code and announces it', async () => {
    const vault = fakeWorker({
      'vault.listCodes': {
        ok: true,
        data: [codeEntry({ id: 'a', issuer: 'GitHub', code: '333333', periodEndsAt: Date.now() + 20_000 })],
      },
    });
    const { root, writeClipboard } = await render(vault);
    await click(root.querySelector<HTMLButtonElement>('button.copy')!);
    expect(writeClipboard).toHaveBeenCalledWith('333333');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Copied the code for GitHub.');
  });

  it('asks for fresh codes once the period has ended', async () => {
    vi.useFakeTimers({ now: T0, toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const vault = fakeWorker({
      'vault.listCodes': {
        ok: true,
        data: [codeEntry({ id: 'a', code: '111111', nextCode: '444444', periodEndsAt: PERIOD_END })],
      },
    });
    const { root } = await render(vault);
    expect(vault.calls).toHaveLength(1);
    await act(async () => {
      vi.advanceTimersByTime(PERIOD_END - T0 + 1000);
    });
    await act(async () => {});
    expect(vault.calls.length).toBeGreaterThanOrEqual(2);
    expect(root.querySelector('.code')?.getAttribute('data-code')).toBe('444444');
  });

  it('asks the worker to fill the active tab and closes, so the page’s own Sidekey control takes over', async () => {
    const vault = fakeWorker({
      'vault.listCodes': { ok: true, data: [codeEntry({ id: 'a' })] },
      'site.fillPage': { ok: true, data: { origin: 'https://github.com' } },
    });
    const closePopup = vi.fn();
    const { root } = await render(vault, { tabId: 7, closePopup });
    await click(root.querySelector<HTMLButtonElement>('button.fill-page')!);
    expect(vault.calls.filter((call) => call.type === 'site.fillPage')).toEqual([
      { type: 'site.fillPage', input: { tabId: 7 } },
    ]);
    expect(closePopup).toHaveBeenCalledOnce();
  });

  it('stays open and says why when nothing is bound to the tab’s site', async () => {
    const vault = fakeWorker({
      'vault.listCodes': { ok: true, data: [codeEntry({ id: 'a' })] },
      'site.fillPage': { ok: false, code: 'SiteNotBound', message: 'worker text' },
    });
    const closePopup = vi.fn();
    const { root } = await render(vault, { tabId: 7, closePopup });
    await click(root.querySelector<HTMLButtonElement>('button.fill-page')!);
    expect(closePopup).not.toHaveBeenCalled();
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Nothing in Sidekey is bound to this site');
  });

  it('offers no "Fill on this page" without a tab to fill', async () => {
    const { root } = await render(fakeWorker({ 'vault.listCodes': { ok: true, data: [codeEntry({ id: 'a' })] } }));
    expect(root.querySelector('button.fill-page')).toBeNull();
  });
});
