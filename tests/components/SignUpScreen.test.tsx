// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { FlowError } from '../../components/flow-error';
import { SignUpScreen } from '../../components/SignUpScreen';
import { COGNITO_DEFAULT_POLICY } from '../../core/profiles/password-policy';
import { mount, rerender, submit } from './mount';
import { typeIntoNamed } from './type-into-named';

const POLICY = { ...COGNITO_DEFAULT_POLICY, requireSymbols: false };

function signUp() {
  const onSubmit = vi.fn();
  const node = (error?: FlowError) => (
    <SignUpScreen policy={POLICY} busy={false} error={error} onSubmit={onSubmit} onBack={vi.fn()} />
  );
  const root = mount(node());
  typeIntoNamed(root, 'username', 'newbie');
  typeIntoNamed(root, 'email', 'newbie@example.com');
  return { root, node, onSubmit };
}

describe('SignUpScreen', () => {
  it('sends nothing while the password misses the pool’s rules or its copy differs, saying so at the field', async () => {
    const { root, onSubmit } = signUp();
    typeIntoNamed(root, 'password', 'short');
    await submit(root.querySelector('form')!);
    expect(root.querySelector('#password-error')?.textContent).toBe('The password does not meet the pool’s rules yet.');
    expect(root.querySelector('[data-rule="minimumLength"]')?.textContent).toBe('• at least 8 characters (not yet)');
    typeIntoNamed(root, 'password', 'Newbie-pass-1');
    expect(root.querySelector('[data-rule="minimumLength"]')?.className).toBe('rule met');
    typeIntoNamed(root, 'passwordRepeat', 'Newbie-pass-2');
    await submit(root.querySelector('form')!);
    expect(root.querySelector('#passwordRepeat-error')?.textContent).toBe('The two passwords differ.');
    expect(document.activeElement?.getAttribute('name')).toBe('passwordRepeat');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends the username, password, email and a phone number written with spaces as Cognito stores it', async () => {
    const { root, onSubmit } = signUp();
    typeIntoNamed(root, 'phone_number', '+49 151 1234 5678');
    typeIntoNamed(root, 'password', 'Newbie-pass-1');
    typeIntoNamed(root, 'passwordRepeat', 'Newbie-pass-1');
    await submit(root.querySelector('form')!);
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith({
      username: 'newbie',
      password: 'Newbie-pass-1',
      userAttributes: { email: 'newbie@example.com', phone_number: '+4915112345678' },
    });
  });

  it('refuses a phone number without its country code', async () => {
    const { root, onSubmit } = signUp();
    typeIntoNamed(root, 'phone_number', '0151 1234');
    typeIntoNamed(root, 'password', 'Newbie-pass-1');
    typeIntoNamed(root, 'passwordRepeat', 'Newbie-pass-1');
    await submit(root.querySelector('form')!);
    expect(root.querySelector('#phone_number-error')).not.toBeNull();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('shows a taken username at its field, focused, with everything typed kept', () => {
    const { root, node } = signUp();
    typeIntoNamed(root, 'password', 'Newbie-pass-1');
    typeIntoNamed(root, 'passwordRepeat', 'Newbie-pass-1');
    rerender(root, node({ text: 'That username is taken.', field: 'username' }));
    expect(root.querySelector('#username-error')?.textContent).toBe('That username is taken.');
    expect(document.activeElement?.getAttribute('name')).toBe('username');
    const values = ['username', 'email', 'password', 'passwordRepeat'].map(
      (name) => root.querySelector<HTMLInputElement>(`[name="${name}"]`)?.value,
    );
    expect(values).toEqual(['newbie', 'newbie@example.com', 'Newbie-pass-1', 'Newbie-pass-1']);
  });
});
