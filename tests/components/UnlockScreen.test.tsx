// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { UnlockScreen } from '../../components/UnlockScreen';
import { typeInto } from './code-entry-fixture';
import { mount } from './mount';

let root: HTMLElement;

describe('UnlockScreen', () => {
  it('unlocks with the typed passphrase', () => {
    const onUnlock = vi.fn();
    root = mount(<UnlockScreen busy={false} onUnlock={onUnlock} />);
    const field = root.querySelector<HTMLInputElement>('input[name="passphrase"]')!;
    act(() => typeInto(field, 'my passphrase'));
    act(() => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    expect(onUnlock).toHaveBeenCalledWith('my passphrase');
  });

  it('has the passphrase field focused as soon as the screen is shown', () => {
    root = mount(<UnlockScreen busy={false} onUnlock={vi.fn()} />);
    expect(document.activeElement).toBe(root.querySelector('input[name="passphrase"]'));
  });

  it('shows a refusal as an alert and marks the field invalid', () => {
    root = mount(<UnlockScreen busy={false} error="That passphrase is not right." onUnlock={vi.fn()} />);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('That passphrase is not right.');
    expect(root.querySelector('input')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('does not submit while an unlock is already running', () => {
    const onUnlock = vi.fn();
    root = mount(<UnlockScreen busy onUnlock={onUnlock} />);
    act(() => typeInto(root.querySelector<HTMLInputElement>('input')!, 'my passphrase'));
    act(() => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    expect(onUnlock).not.toHaveBeenCalled();
    expect(root.querySelector('button')?.textContent).toBe('Unlocking…');
  });
});
