// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { Popup, type PopupView } from '../../components/Popup';
import { codeEntry } from './code-entry-fixture';
import { mount } from './mount';

let root: HTMLElement;

function show(view: PopupView, extra: { announcement?: string; copiedId?: string } = {}) {
  const handlers = {
    onSetup: vi.fn(),
    onUnlock: vi.fn(),
    onLock: vi.fn(),
    onCopy: vi.fn(),
    onAdvance: vi.fn(),
    onScanStart: vi.fn(),
    onScan: vi.fn(),
    onScanCancel: vi.fn(),
    onRetry: vi.fn(),
  };
  root = mount(<Popup view={view} now={0} optionsUrl="/options.html" {...extra} {...handlers} />);
  return handlers;
}

describe('Popup', () => {
  it('shows the setup screen on first run', () => {
    show({ screen: 'setup', busy: false });
    expect(root.querySelector('#setup-title')?.textContent).toBe('Protect your codes');
    expect(root.querySelector('button.lock')).toBeNull();
  });

  it('shows the unlock screen while locked', () => {
    show({ screen: 'locked', busy: false });
    expect(root.querySelector('#unlock-title')?.textContent).toBe('Sidekey is locked');
  });

  it('shows codes with a lock button that locks', () => {
    const { onLock } = show({ screen: 'codes', codes: [codeEntry({ id: 'a' })] });
    expect(root.querySelector('.code')?.textContent).toBe('123 456');
    act(() => root.querySelector<HTMLButtonElement>('button.lock')!.click());
    expect(onLock).toHaveBeenCalledOnce();
  });

  it('announces "Copied" in a polite live region and badges the copied row', () => {
    show(
      { screen: 'codes', codes: [codeEntry({ id: 'a' })] },
      { announcement: 'Copied the code for Example.', copiedId: 'a' },
    );
    const region = root.querySelector('[role="status"]')!;
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toBe('Copied the code for Example.');
    expect(root.querySelector('.row .copied')?.textContent).toBe('Copied');
  });

  it('offers to scan a QR code on the page and shows the screenshot to pick from', () => {
    const { onScanStart } = show({ screen: 'codes', codes: [codeEntry({ id: 'a' })] });
    act(() => root.querySelector<HTMLButtonElement>('button.scan-start')!.click());
    expect(onScanStart).toHaveBeenCalledOnce();
    show({ screen: 'scan', imageUrl: 'data:image/png;base64,AAAA', imageWidth: 10, imageHeight: 10, busy: false });
    expect(root.querySelector('.scan-frame img')?.getAttribute('alt')).toBe('Screenshot of the current tab');
  });

  it('offers "Fill on this page" above the codes only when the popup is on a site Sidekey may act on', () => {
    show({ screen: 'codes', codes: [codeEntry({ id: 'a' })] });
    expect(root.querySelector('button.fill-page')).toBeNull();
    const onFillPage = vi.fn();
    root = mount(
      <Popup
        view={{ screen: 'codes', codes: [codeEntry({ id: 'a' })] }}
        now={0}
        optionsUrl="/options.html"
        {...show({ screen: 'loading' })}
        onFillPage={onFillPage}
      />,
    );
    const button = root.querySelector<HTMLButtonElement>('button.fill-page')!;
    expect(button.textContent).toBe('Fill on this page');
    act(() => button.click());
    expect(onFillPage).toHaveBeenCalledOnce();
  });

  it('shows a failure as an alert with a way to try again', () => {
    const { onRetry } = show({ screen: 'failed', error: 'Sidekey’s background worker could not be reached.' });
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('could not be reached');
    act(() => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Try again')!.click());
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('says on the Sign in tab that the vault is locked, and its Unlock leads to the Codes tab’s unlock form', () => {
    const onTab = vi.fn();
    const accounts = <p class="accounts-stand-in">accounts</p>;
    const props = { now: 0, optionsUrl: '/options.html', accounts, onTab, tab: 'accounts' as const };
    root = mount(<Popup view={{ screen: 'locked', busy: false }} {...props} {...show({ screen: 'loading' })} />);
    expect(root.querySelector('.vault-locked-note')?.textContent).toContain('Sidekey is locked: your codes');
    expect(root.querySelector('.accounts-stand-in')).not.toBeNull();
    expect(root.querySelector('form.unlock')).toBeNull();
    act(() => root.querySelector<HTMLButtonElement>('button.vault-locked-unlock')!.click());
    expect(onTab).toHaveBeenCalledWith('codes');
    root = mount(<Popup view={{ screen: 'codes', codes: [] }} {...props} {...show({ screen: 'loading' })} />);
    expect(root.querySelector('.vault-locked-note')).toBeNull();
  });

  it('shows the offer to add the site’s user pool above the tabs, and not over the QR scan', () => {
    const offer = {
      pool: {
        origin: 'https://app.example.com',
        userPoolId: 'eu-west-1_AbC1',
        userPoolClientId: 'c1',
        region: 'eu-west-1',
      },
      busy: false,
      onAdd: vi.fn(),
      onDismiss: vi.fn(),
    };
    const handlers = show({ screen: 'loading' });
    root = mount(
      <Popup view={{ screen: 'codes', codes: [] }} now={0} optionsUrl="/o" {...handlers} sitePoolOffer={offer} />,
    );
    expect(root.querySelector('.site-pool-offer dd')?.textContent).toBe('eu-west-1');
    const scan = { screen: 'scan', imageUrl: 'data:,', imageWidth: 1, imageHeight: 1, busy: false } as const;
    root = mount(<Popup view={scan} now={0} optionsUrl="/o" {...handlers} sitePoolOffer={offer} />);
    expect(root.querySelector('.site-pool-offer')).toBeNull();
  });
});
