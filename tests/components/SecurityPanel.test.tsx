// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { SecurityPanel } from '../../components/SecurityPanel';
import type { VaultState } from '../../core/vault/vault-messages';
import { typeInto } from './code-entry-fixture';
import { click, mount, submit } from './mount';

const state: VaultState = { status: 'unlocked', autoLockMinutes: 15, entryCount: 1, loginCount: 0 };

function setup() {
  const handlers = {
    onChangePassphrase: vi.fn(async () => ({ ok: true as const, data: state })),
    onSetAutoLock: vi.fn(async () => ({ ok: true as const, data: state })),
    onLock: vi.fn(),
  };
  const root = mount(<SecurityPanel autoLockMinutes={15} {...handlers} />);
  const input = (name: string) => root.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  return { root, input, ...handlers };
}

describe('SecurityPanel', () => {
  it('changes the passphrase once the new one is confirmed', async () => {
    const { root, input, onChangePassphrase } = setup();
    act(() => typeInto(input('current'), 'old passphrase'));
    act(() => typeInto(input('next'), 'new passphrase'));
    act(() => typeInto(input('confirm'), 'new passphrase'));
    await submit(root.querySelectorAll('form')[0]!);
    expect(onChangePassphrase).toHaveBeenCalledWith({ current: 'old passphrase', next: 'new passphrase' });
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Passphrase changed.');
  });

  it('refuses a new passphrase that does not match its confirmation', async () => {
    const { root, input, onChangePassphrase } = setup();
    act(() => typeInto(input('next'), 'new passphrase'));
    act(() => typeInto(input('confirm'), 'other passphrase'));
    await submit(root.querySelectorAll('form')[0]!);
    expect(onChangePassphrase).not.toHaveBeenCalled();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('The new passphrases differ.');
  });

  it('saves auto-lock minutes within bounds only', async () => {
    const { root, input, onSetAutoLock } = setup();
    expect(input('auto-lock').value).toBe('15');
    act(() => typeInto(input('auto-lock'), '5000'));
    await submit(root.querySelectorAll('form')[1]!);
    expect(onSetAutoLock).not.toHaveBeenCalled();
    act(() => typeInto(input('auto-lock'), '5'));
    await submit(root.querySelectorAll('form')[1]!);
    expect(onSetAutoLock).toHaveBeenCalledWith(5);
  });

  it('locks on request', async () => {
    const { root, onLock } = setup();
    await click(root.querySelector<HTMLButtonElement>('button[name="lock-now"]')!);
    expect(onLock).toHaveBeenCalledOnce();
  });
});
