// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { SetupScreen } from '../../components/SetupScreen';
import type { PassphraseStrength } from '../../core/vault/crypto/estimate-passphrase-strength';
import { typeInto } from './code-entry-fixture';
import { mount } from './mount';

let root: HTMLElement;

const strong: PassphraseStrength = { score: 4, words: 'Very strong', acceptable: true };

function show(props: { busy?: boolean; error?: string; estimate?: (passphrase: string) => PassphraseStrength } = {}) {
  const onSetup = vi.fn();
  const estimate = props.estimate ?? (() => strong);
  const estimateStrength = vi.fn(async (passphrase: string) => estimate(passphrase));
  root = mount(
    <SetupScreen
      busy={props.busy ?? false}
      error={props.error}
      onSetup={onSetup}
      estimateStrength={estimateStrength}
    />,
  );
  const field = (name: string) => root.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  const submit = () =>
    act(async () => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    });
  return { onSetup, field, submit, estimateStrength };
}

describe('SetupScreen', () => {
  it('explains that a forgotten passphrase cannot be recovered', () => {
    show();
    expect(root.textContent).toContain('There is no recovery');
    expect(root.querySelector('input[type="text"]')).toBeNull();
  });

  it('creates the vault once the passphrase is confirmed and no recovery is acknowledged', async () => {
    const { onSetup, field, submit } = show();
    act(() => typeInto(field('passphrase'), 'correct horse battery'));
    act(() => typeInto(field('confirm'), 'correct horse battery'));
    act(() => field('understood').click());
    await submit();
    expect(onSetup).toHaveBeenCalledWith('correct horse battery');
  });

  it('refuses passphrases that differ', async () => {
    const { onSetup, field, submit } = show();
    act(() => typeInto(field('passphrase'), 'correct horse battery'));
    act(() => typeInto(field('confirm'), 'correct horse batery'));
    act(() => field('understood').click());
    await submit();
    expect(onSetup).not.toHaveBeenCalled();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('The two passphrases differ.');
  });

  it('refuses a short passphrase and a missing acknowledgement', async () => {
    const { onSetup, field, submit } = show();
    act(() => typeInto(field('passphrase'), 'short'));
    act(() => typeInto(field('confirm'), 'short'));
    await submit();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('at least 8');
    act(() => typeInto(field('passphrase'), 'long enough now'));
    act(() => typeInto(field('confirm'), 'long enough now'));
    await submit();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('no recovery');
    expect(onSetup).not.toHaveBeenCalled();
  });

  it('shows the worker’s refusal', () => {
    show({ error: 'That passphrase is too short.' });
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('That passphrase is too short.');
  });

  it('loads no estimate before the first keystroke, then shows the strength in words and a meter', async () => {
    const { field, estimateStrength } = show();
    expect(estimateStrength).not.toHaveBeenCalled();
    expect(root.querySelector('meter')).toBeNull();
    await act(async () => typeInto(field('passphrase'), 'violet tractor unfold marsh'));
    expect(estimateStrength).toHaveBeenCalledWith('violet tractor unfold marsh');
    await act(async () => {
      await estimateStrength.mock.results[0]?.value;
    });
    const meter = root.querySelector('meter')!;
    expect(meter.getAttribute('value')).toBe('4');
    expect(meter.getAttribute('aria-label')).toBe('Passphrase strength');
    expect(root.querySelector('.strength')?.textContent).toContain('Strength: Very strong');
  });

  it('refuses a very weak passphrase with a clear message, even when submitted before the estimate arrives', async () => {
    const weak: PassphraseStrength = { score: 1, words: 'Weak', acceptable: false };
    const { onSetup, field, submit } = show({ estimate: (passphrase) => (passphrase === 'password1' ? weak : strong) });
    await act(async () => typeInto(field('passphrase'), 'password1'));
    act(() => typeInto(field('confirm'), 'password1'));
    act(() => field('understood').click());
    await submit();
    expect(onSetup).not.toHaveBeenCalled();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('too easy to guess');
    expect(root.querySelector('.strength')?.textContent).toContain('Strength: Weak');
  });
});
