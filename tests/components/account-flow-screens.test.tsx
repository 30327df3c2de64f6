// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { type AccountState, AccountsView, type AccountsViewProps } from '../../components/AccountsView';
import { ConfirmResetPasswordScreen } from '../../components/ConfirmResetPasswordScreen';
import { SignUpScreen } from '../../components/SignUpScreen';
import { COGNITO_DEFAULT_POLICY } from '../../core/profiles/password-policy';
import { typeInto } from './code-entry-fixture';
import { click, mount, rerender, submit } from './mount';
import { poolProfile } from './pool-fixture';

const POLICY = { ...COGNITO_DEFAULT_POLICY, requireSymbols: false };
const type = (root: HTMLElement, name: string, value: string) =>
  act(() => typeInto(root.querySelector<HTMLInputElement>(`[name="${name}"]`)!, value));

function view(account: AccountState, extra: Partial<AccountsViewProps> = {}) {
  const flows = {
    onCreateAccount: vi.fn(),
    onForgotPassword: vi.fn(),
    onBackToSignIn: vi.fn(),
    onSignUp: vi.fn(),
    onConfirmSignUp: vi.fn(),
    onResendSignUpCode: vi.fn(),
    onSendResetCode: vi.fn(),
    onConfirmResetPassword: vi.fn(),
  };
  const props: AccountsViewProps = {
    pools: [poolProfile({ id: 'p1', label: 'Shop' })],
    selectedId: 'p1',
    account,
    busy: false,
    now: 0,
    optionsUrl: '/options.html',
    flows,
    onSelect: vi.fn(),
    onSignIn: vi.fn(),
    onRedirect: vi.fn(),
    onConfirm: vi.fn(),
    onRestart: vi.fn(),
    onSaveTotp: vi.fn(),
    onCopyToken: vi.fn(),
    onRefresh: vi.fn(),
    onSignOut: vi.fn(),
    ...extra,
  };
  const root = mount(<AccountsView {...props} />);
  return { root, flows, props };
}

describe('the popup’s account flows', () => {
  it('offer Forgot password? with the username kept and Create account under the sign-in form', async () => {
    const { root, flows } = view({ status: 'signedOut', username: 'uma' });
    expect(root.querySelector<HTMLInputElement>('form.sign-in input[name="username"]')?.value).toBe('uma');
    await click(root.querySelector<HTMLButtonElement>('.forgot-password')!);
    expect(flows.onForgotPassword).toHaveBeenCalledWith('uma');
    await click(root.querySelector<HTMLButtonElement>('.create-account')!);
    expect(flows.onCreateAccount).toHaveBeenCalled();
  });

  it('confirm an account: where the code went, the code sent, Resend code, the step name on hover', async () => {
    const delivery = { deliveryMedium: 'EMAIL' as const, destination: 'u***@e***' };
    const { root, flows } = view({ status: 'confirmSignUp', username: 'uma', delivery, autoSignIn: false });
    expect(root.querySelector('#step-title')?.getAttribute('title')).toBe('CONFIRM_SIGN_UP');
    expect(root.querySelector('.delivery')?.textContent).toBe('We sent a code by email to u***@e***.');
    expect(document.activeElement?.getAttribute('name')).toBe('confirmationCode');
    type(root, 'confirmationCode', '123 456');
    await submit(root.querySelector('form')!);
    expect(flows.onConfirmSignUp).toHaveBeenCalledWith('123456');
    await click(root.querySelector<HTMLButtonElement>('.resend-code')!);
    expect(flows.onResendSignUpCode).toHaveBeenCalled();
  });

  it('show a wrong code at the code field, focus it, and keep what was typed', async () => {
    const account = { status: 'confirmSignUp', username: 'uma', autoSignIn: false } as const;
    const { root, props } = view(account);
    type(root, 'confirmationCode', '000000');
    (document.activeElement as HTMLElement | null)?.blur();
    const error = { text: 'That code is not right.', restart: false, field: 'confirmationCode' };
    rerender(root, <AccountsView {...props} error={error} />);
    const field = root.querySelector<HTMLInputElement>('[name="confirmationCode"]')!;
    expect(root.querySelector('#confirmationCode-error')?.textContent).toBe('That code is not right.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.value).toBe('000000');
    expect(document.activeElement).toBe(field);
    expect(root.querySelectorAll('[role="alert"]')).toHaveLength(1);
  });

  it('ask whose password to reset, starting from the username kept', async () => {
    const { root, flows } = view({ status: 'forgotPassword', username: 'rick' });
    expect(root.querySelector('#step-title')?.getAttribute('title')).toBe('RESET_PASSWORD');
    expect(document.activeElement?.getAttribute('name')).toBe('username');
    await submit(root.querySelector('form')!);
    expect(flows.onSendResetCode).toHaveBeenCalledWith('rick');
  });
});

describe('SignUpScreen', () => {
  function signUp() {
    const onSubmit = vi.fn();
    const root = mount(<SignUpScreen policy={POLICY} busy={false} onSubmit={onSubmit} onBack={vi.fn()} />);
    type(root, 'username', 'newbie');
    type(root, 'email', 'newbie@example.com');
    return { root, onSubmit };
  }

  it('sends nothing while the password misses the pool’s rules or its copy differs, saying so at the field', async () => {
    const { root, onSubmit } = signUp();
    type(root, 'password', 'short');
    await submit(root.querySelector('form')!);
    expect(root.querySelector('#password-error')?.textContent).toBe('The password does not meet the pool’s rules yet.');
    expect(root.querySelector('[data-rule="minimumLength"]')?.className).toBe('rule');
    type(root, 'password', 'Newbie-pass-1');
    type(root, 'passwordRepeat', 'Newbie-pass-2');
    await submit(root.querySelector('form')!);
    expect(root.querySelector('#passwordRepeat-error')?.textContent).toBe('The two passwords differ.');
    expect(document.activeElement?.getAttribute('name')).toBe('passwordRepeat');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends the username, password, email and a phone number written with spaces as Cognito stores it', async () => {
    const { root, onSubmit } = signUp();
    type(root, 'phone_number', '+49 151 1234 5678');
    type(root, 'password', 'Newbie-pass-1');
    type(root, 'passwordRepeat', 'Newbie-pass-1');
    await submit(root.querySelector('form')!);
    expect(onSubmit).toHaveBeenCalledWith({
      username: 'newbie',
      password: 'Newbie-pass-1',
      userAttributes: { email: 'newbie@example.com', phone_number: '+4915112345678' },
    });
  });

  it('refuses a phone number without its country code', async () => {
    const { root, onSubmit } = signUp();
    type(root, 'phone_number', '0151 1234');
    type(root, 'password', 'Newbie-pass-1');
    type(root, 'passwordRepeat', 'Newbie-pass-1');
    await submit(root.querySelector('form')!);
    expect(root.querySelector('#phone_number-error')).not.toBeNull();
    expect(onSubmit).not.toHaveBeenCalled();
  });
});

describe('ConfirmResetPasswordScreen', () => {
  it('sends the code and the new password once it meets the rules, and shows a refused one at its field', async () => {
    const onSubmit = vi.fn();
    const node = (error?: { text: string; field?: string }) => (
      <ConfirmResetPasswordScreen
        username="rick"
        policy={POLICY}
        busy={false}
        error={error}
        onSubmit={onSubmit}
        onResend={vi.fn()}
        onBack={vi.fn()}
      />
    );
    const root = mount(node());
    expect(root.querySelector('#step-title')?.getAttribute('title')).toBe('CONFIRM_RESET_PASSWORD_WITH_CODE');
    type(root, 'confirmationCode', '123456');
    type(root, 'newPassword', 'Rick-pass-2');
    type(root, 'newPasswordRepeat', 'Rick-pass-2');
    await submit(root.querySelector('form')!);
    expect(onSubmit).toHaveBeenCalledWith({ confirmationCode: '123456', newPassword: 'Rick-pass-2' });
    rerender(root, node({ text: 'The pool refused it.', field: 'newPassword' }));
    expect(root.querySelector('#newPassword-error')?.textContent).toBe('The pool refused it.');
    expect(root.querySelector<HTMLInputElement>('[name="newPassword"]')?.value).toBe('Rick-pass-2');
  });
});
