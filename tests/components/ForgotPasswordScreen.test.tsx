// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ForgotPasswordScreen } from '../../components/ForgotPasswordScreen';
import type { FlowError } from '../../components/flow-error';
import { mount, rerender, submit } from './mount';
import { typeIntoNamed } from './type-into-named';

function screen(username?: string) {
  const handlers = { onSend: vi.fn(), onBack: vi.fn() };
  const node = (error?: FlowError) => (
    <ForgotPasswordScreen username={username} busy={false} error={error} {...handlers} />
  );
  const root = mount(node());
  return { root, node, ...handlers };
}

describe('ForgotPasswordScreen', () => {
  it('asks whose password to reset, starting from the username kept, and sends it', async () => {
    const { root, onSend } = screen('rick');
    expect(root.querySelector('#step-title')?.getAttribute('title')).toBe('RESET_PASSWORD');
    expect(document.activeElement?.getAttribute('name')).toBe('username');
    await submit(root.querySelector('form')!);
    expect(onSend).toHaveBeenCalledExactlyOnceWith('rick');
  });

  it('sends nothing for a username of spaces, and trims one typed with them', async () => {
    const { root, onSend } = screen();
    typeIntoNamed(root, 'username', '   ');
    await submit(root.querySelector('form')!);
    expect(onSend).not.toHaveBeenCalled();
    typeIntoNamed(root, 'username', ' rick ');
    await submit(root.querySelector('form')!);
    expect(onSend).toHaveBeenCalledExactlyOnceWith('rick');
  });

  it('shows a refusal naming the username at that field, focused, the name still typed', () => {
    const { root, node } = screen('rik');
    (document.activeElement as HTMLElement | null)?.blur();
    rerender(root, node({ text: 'Sidekey cannot reset this account’s password.', field: 'username' }));
    const field = root.querySelector<HTMLInputElement>('[name="username"]')!;
    expect(root.querySelector('#username-error')?.textContent).toBe('Sidekey cannot reset this account’s password.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.value).toBe('rik');
    expect(document.activeElement).toBe(field);
  });
});
