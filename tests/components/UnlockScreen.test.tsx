// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UnlockScreen } from '../../components/UnlockScreen';
import { typeInto } from './code-entry-fixture';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('UnlockScreen', () => {
  it('unlocks with the typed passphrase', () => {
    const onUnlock = vi.fn();
    act(() => render(<UnlockScreen busy={false} onUnlock={onUnlock} />, root));
    const field = root.querySelector<HTMLInputElement>('input[name="passphrase"]')!;
    act(() => typeInto(field, 'my passphrase'));
    act(() => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    expect(onUnlock).toHaveBeenCalledWith('my passphrase');
  });

  it('shows a refusal as an alert and marks the field invalid', () => {
    act(() => render(<UnlockScreen busy={false} error="That passphrase is not right." onUnlock={vi.fn()} />, root));
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('That passphrase is not right.');
    expect(root.querySelector('input')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('does not submit while an unlock is already running', () => {
    const onUnlock = vi.fn();
    act(() => render(<UnlockScreen busy onUnlock={onUnlock} />, root));
    act(() => typeInto(root.querySelector<HTMLInputElement>('input')!, 'my passphrase'));
    act(() => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    expect(onUnlock).not.toHaveBeenCalled();
    expect(root.querySelector('button')?.textContent).toBe('Unlocking…');
  });
});
