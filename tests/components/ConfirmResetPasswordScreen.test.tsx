// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ConfirmResetPasswordScreen } from '../../components/ConfirmResetPasswordScreen';
import type { FlowError } from '../../components/flow-error';
import { COGNITO_DEFAULT_POLICY } from '../../core/profiles/password-policy';
import { click, mount, rerender, submit } from './mount';
import { typeIntoNamed } from './type-into-named';

const POLICY = { ...COGNITO_DEFAULT_POLICY, requireSymbols: false };

function screen() {
  const handlers = { onSubmit: vi.fn(), onResend: vi.fn(), onBack: vi.fn() };
  const node = (error?: FlowError) => (
    <ConfirmResetPasswordScreen username="rick" policy={POLICY} busy={false} error={error} {...handlers} />
  );
  const root = mount(node());
  return { root, node, ...handlers };
}

describe('ConfirmResetPasswordScreen', () => {
  it('sends the code and the new password once it meets the rules, and shows a refused one at its field', async () => {
    const { root, node, onSubmit } = screen();
    expect(root.querySelector('#step-title')?.getAttribute('title')).toBe('CONFIRM_RESET_PASSWORD_WITH_CODE');
    typeIntoNamed(root, 'confirmationCode', '123456');
    typeIntoNamed(root, 'newPassword', 'Rick-pass-2');
    typeIntoNamed(root, 'newPasswordRepeat', 'Rick-pass-2');
    await submit(root.querySelector('form')!);
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith({ confirmationCode: '123456', newPassword: 'Rick-pass-2' });
    rerender(root, node({ text: 'The pool refused it.', field: 'newPassword' }));
    expect(root.querySelector('#newPassword-error')?.textContent).toBe('The pool refused it.');
    expect(root.querySelector<HTMLInputElement>('[name="newPassword"]')?.value).toBe('Rick-pass-2');
  });

  it('sends nothing while the new password misses the rules or its copy differs', async () => {
    const { root, onSubmit } = screen();
    typeIntoNamed(root, 'confirmationCode', '123456');
    typeIntoNamed(root, 'newPassword', 'rick');
    await submit(root.querySelector('form')!);
    expect(root.querySelector('#newPassword-error')?.textContent).toBe(
      'The password does not meet the pool’s rules yet.',
    );
    typeIntoNamed(root, 'newPassword', 'Rick-pass-2');
    typeIntoNamed(root, 'newPasswordRepeat', 'Rick-pass-3');
    await submit(root.querySelector('form')!);
    expect(root.querySelector('#newPasswordRepeat-error')?.textContent).toBe('The two passwords differ.');
    expect(document.activeElement?.getAttribute('name')).toBe('newPasswordRepeat');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('shows a wrong code at the code field, focused, with the code and both passwords kept; Resend code asks again', async () => {
    const { root, node, onResend } = screen();
    typeIntoNamed(root, 'confirmationCode', '000000');
    typeIntoNamed(root, 'newPassword', 'Rick-pass-2');
    typeIntoNamed(root, 'newPasswordRepeat', 'Rick-pass-2');
    rerender(root, node({ text: 'That code is not right.', field: 'confirmationCode' }));
    expect(root.querySelector('#confirmationCode-error')?.textContent).toBe('That code is not right.');
    expect(document.activeElement?.getAttribute('name')).toBe('confirmationCode');
    const values = ['confirmationCode', 'newPassword', 'newPasswordRepeat'].map(
      (name) => root.querySelector<HTMLInputElement>(`[name="${name}"]`)?.value,
    );
    expect(values).toEqual(['000000', 'Rick-pass-2', 'Rick-pass-2']);
    await click(root.querySelector<HTMLButtonElement>('.resend-code')!);
    expect(onResend).toHaveBeenCalledOnce();
  });
});
