// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ConfirmSignUpScreen } from '../../components/ConfirmSignUpScreen';
import type { FlowError } from '../../components/flow-error';
import type { CodeDeliveryDetails } from '../../core/auth/index';
import { click, mount, rerender, submit } from './mount';
import { typeIntoNamed } from './type-into-named';

function screen(options: { delivery?: CodeDeliveryDetails; error?: FlowError } = {}) {
  const handlers = { onConfirm: vi.fn(), onResend: vi.fn(), onBack: vi.fn() };
  const node = (error?: FlowError) => (
    <ConfirmSignUpScreen username="uma" delivery={options.delivery} busy={false} error={error} {...handlers} />
  );
  const root = mount(node(options.error));
  return { root, node, ...handlers };
}

describe('ConfirmSignUpScreen', () => {
  it('says where the code went, sends it without spaces, and resends on request; the step name shows on hover', async () => {
    const delivery = { deliveryMedium: 'EMAIL' as const, destination: 'u***@e***' };
    const { root, onConfirm, onResend } = screen({ delivery });
    expect(root.querySelector('#step-title')?.getAttribute('title')).toBe('CONFIRM_SIGN_UP');
    expect(root.querySelector('.delivery')?.textContent).toBe('We sent a code by email to u***@e***.');
    expect(document.activeElement?.getAttribute('name')).toBe('confirmationCode');
    typeIntoNamed(root, 'confirmationCode', '123 456');
    await submit(root.querySelector('form')!);
    expect(onConfirm).toHaveBeenCalledExactlyOnceWith('123456');
    await click(root.querySelector<HTMLButtonElement>('.resend-code')!);
    expect(onResend).toHaveBeenCalledOnce();
  });

  it('shows a wrong code at the code field, focuses it, and keeps what was typed', () => {
    const { root, node } = screen();
    typeIntoNamed(root, 'confirmationCode', '000000');
    (document.activeElement as HTMLElement | null)?.blur();
    rerender(root, node({ text: 'That code is not right.', field: 'confirmationCode' }));
    const field = root.querySelector<HTMLInputElement>('[name="confirmationCode"]')!;
    expect(root.querySelector('#confirmationCode-error')?.textContent).toBe('That code is not right.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe('confirmationCode-error');
    expect(field.value).toBe('000000');
    expect(document.activeElement).toBe(field);
    expect(root.querySelectorAll('[role="alert"]')).toHaveLength(1);
  });

  it('shows a failure that names no field of its own above the buttons, and goes back on request', async () => {
    const { root, onBack } = screen({ error: { text: 'Too many tries; wait a while.' } });
    expect(root.querySelector('p.error[role="alert"]')?.textContent).toBe('Too many tries; wait a while.');
    expect(root.querySelector('#confirmationCode-error')).toBeNull();
    await click(root.querySelector<HTMLButtonElement>('.back-to-sign-in')!);
    expect(onBack).toHaveBeenCalledOnce();
  });
});
