// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { AccountFlowButtons } from '../../components/AccountFlowButtons';
import { click, mount } from './mount';

describe('AccountFlowButtons', () => {
  it('offers no resend where the step sent no code, and goes back on request', async () => {
    const onBack = vi.fn();
    const root = mount(<AccountFlowButtons submitLabel="Send code" busy={false} onBack={onBack} />);
    expect(root.querySelector('button[type="submit"]')?.textContent).toBe('Send code');
    expect(root.querySelector('.resend-code')).toBeNull();
    await click(root.querySelector<HTMLButtonElement>('.back-to-sign-in')!);
    expect(onBack).toHaveBeenCalledOnce();
  });

  it('holds the submit and the resend while busy, but not the way back', () => {
    const root = mount(<AccountFlowButtons submitLabel="Confirm" busy={true} onResend={vi.fn()} onBack={vi.fn()} />);
    expect(root.querySelector<HTMLButtonElement>('button[type="submit"]')?.disabled).toBe(true);
    expect(root.querySelector<HTMLButtonElement>('.resend-code')?.disabled).toBe(true);
    expect(root.querySelector<HTMLButtonElement>('.back-to-sign-in')?.disabled).toBe(false);
  });
});
