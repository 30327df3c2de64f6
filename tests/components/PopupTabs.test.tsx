// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { Popup } from '../../components/Popup';
import type { PopupTab } from '../../components/PopupTabs';
import { codeEntry } from './code-entry-fixture';
import { click, mount } from './mount';

function render(tab: PopupTab) {
  const onTab = vi.fn();
  const noop = vi.fn();
  const root = mount(
    <Popup
      view={{ screen: 'codes', codes: [codeEntry({ id: 'a' })] }}
      now={0}
      optionsUrl="/options.html"
      onSetup={noop}
      onUnlock={noop}
      onLock={noop}
      onCopy={noop}
      onAdvance={noop}
      onScan={noop}
      onScanCancel={noop}
      onRetry={noop}
      tab={tab}
      onTab={onTab}
      accounts={<p class="accounts-marker">accounts</p>}
    />,
  );
  return { root, onTab };
}

describe('PopupTabs in the popup', () => {
  it('shows the codes under the Codes tab, selected by default', () => {
    const { root } = render('codes');
    expect(root.querySelector('#tab-codes')?.getAttribute('aria-selected')).toBe('true');
    expect(root.querySelector('.code')).not.toBeNull();
    expect(root.querySelector('.accounts-marker')).toBeNull();
  });

  it('shows the accounts view instead of the codes and their lock button under Sign in', () => {
    const { root } = render('accounts');
    expect(root.querySelector('#tab-accounts')?.getAttribute('aria-selected')).toBe('true');
    expect(root.querySelector('.accounts-marker')).not.toBeNull();
    expect(root.querySelector('.code')).toBeNull();
    expect(root.querySelector('button.lock')).toBeNull();
  });

  it('reports the tab the user picks', async () => {
    const { root, onTab } = render('codes');
    await click(root.querySelector('#tab-accounts')!);
    expect(onTab).toHaveBeenCalledExactlyOnceWith('accounts');
  });
});
