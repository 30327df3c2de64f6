// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { SetupScreen } from '../../components/SetupScreen';
import { typeInto } from './code-entry-fixture';
import { mount } from './mount';

let root: HTMLElement;

function show(props: { busy?: boolean; error?: string } = {}) {
  const onSetup = vi.fn();
  root = mount(<SetupScreen busy={props.busy ?? false} error={props.error} onSetup={onSetup} />);
  const field = (name: string) => root.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  const submit = () =>
    act(() => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    });
  return { onSetup, field, submit };
}

describe('SetupScreen', () => {
  it('explains that a forgotten passphrase cannot be recovered', () => {
    show();
    expect(root.textContent).toContain('There is no recovery');
    expect(root.querySelector('input[type="text"]')).toBeNull();
  });

  it('creates the vault once the passphrase is confirmed and no recovery is acknowledged', () => {
    const { onSetup, field, submit } = show();
    act(() => typeInto(field('passphrase'), 'correct horse battery'));
    act(() => typeInto(field('confirm'), 'correct horse battery'));
    act(() => field('understood').click());
    submit();
    expect(onSetup).toHaveBeenCalledWith('correct horse battery');
  });

  it('refuses passphrases that differ', () => {
    const { onSetup, field, submit } = show();
    act(() => typeInto(field('passphrase'), 'correct horse battery'));
    act(() => typeInto(field('confirm'), 'correct horse batery'));
    act(() => field('understood').click());
    submit();
    expect(onSetup).not.toHaveBeenCalled();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('The two passphrases differ.');
  });

  it('refuses a short passphrase and a missing acknowledgement', () => {
    const { onSetup, field, submit } = show();
    act(() => typeInto(field('passphrase'), 'short'));
    act(() => typeInto(field('confirm'), 'short'));
    submit();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('at least 8');
    act(() => typeInto(field('passphrase'), 'long enough now'));
    act(() => typeInto(field('confirm'), 'long enough now'));
    submit();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('no recovery');
    expect(onSetup).not.toHaveBeenCalled();
  });

  it('shows the worker’s refusal', () => {
    show({ error: 'That passphrase is too short.' });
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('That passphrase is too short.');
  });
});
