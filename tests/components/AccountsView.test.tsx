// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { type AccountState, AccountsView, type AccountsViewProps } from '../../components/AccountsView';
import type { Translate } from '../../components/translator-context';
import { readLocale, translateWith } from '../support/translate-messages';
import { click, mount } from './mount';
import { poolProfile } from './pool-fixture';

const POOLS = [poolProfile({ id: 'p1', label: 'Shop' }), poolProfile({ id: 'p2', label: 'Admin' })];

function render(account: AccountState, extra: Partial<AccountsViewProps> = {}, language?: Translate) {
  const handlers = {
    onSelect: vi.fn(),
    onSignIn: vi.fn(),
    onRedirect: vi.fn(),
    onConfirm: vi.fn(),
    onRestart: vi.fn(),
    onSaveTotp: vi.fn(),
    onCopyToken: vi.fn(),
    onRefresh: vi.fn(),
    onSignOut: vi.fn(),
  };
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
  const root = mount(
    <AccountsView
      pools={POOLS}
      selectedId="p1"
      account={account}
      busy={false}
      now={0}
      optionsUrl="/options.html"
      flows={flows}
      {...handlers}
      {...extra}
    />,
    language ? { t: language } : {},
  );
  return { root, flows, ...handlers };
}

describe('AccountsView', () => {
  it('offers Forgot password? with the username kept and Create account under the sign-in form', async () => {
    const { root, flows } = render({ status: 'signedOut', username: 'uma' }, { username: 'remembered' });
    expect(root.querySelector<HTMLInputElement>('form.sign-in input[name="username"]')?.value).toBe('uma');
    await click(root.querySelector<HTMLButtonElement>('.forgot-password')!);
    expect(flows.onForgotPassword).toHaveBeenCalledExactlyOnceWith('uma');
    await click(root.querySelector<HTMLButtonElement>('.create-account')!);
    expect(flows.onCreateAccount).toHaveBeenCalledOnce();
  });

  it('starts Forgot password? from the remembered username when no flow brought one back', async () => {
    const { root, flows } = render({ status: 'signedOut' }, { username: 'rick' });
    expect(root.querySelector<HTMLInputElement>('form.sign-in input[name="username"]')?.value).toBe('rick');
    await click(root.querySelector<HTMLButtonElement>('.forgot-password')!);
    expect(flows.onForgotPassword).toHaveBeenCalledExactlyOnceWith('rick');
  });

  it('shows a flow screen’s failure at its field only, not again as the error line above', () => {
    const error = { text: 'That code is not right.', restart: false, field: 'confirmationCode' };
    const { root } = render({ status: 'confirmSignUp', username: 'uma', autoSignIn: false }, { error });
    expect(root.querySelector('form.confirm-sign-up')).not.toBeNull();
    expect([...root.querySelectorAll('[role="alert"]')].map((alert) => alert.id)).toEqual(['confirmationCode-error']);
  });

  it('points to Settings when there is no pool yet', () => {
    const { root } = render({ status: 'signedOut' }, { pools: [] });
    expect(root.textContent).toContain('No user pools yet.');
    expect(root.querySelector('a')?.getAttribute('href')).toBe('/options.html');
  });

  it('speaks the browser’s language: the picker, who is signing in, and starting again', () => {
    const german = translateWith(readLocale('de'));
    const step = { signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' } as const;
    const { root } = render({ status: 'step', username: 'walt', step }, {}, german);
    expect(root.querySelector('label')?.firstChild?.textContent).toBe('Benutzerpool');
    expect(root.querySelector('.signing-in-as')?.textContent).toBe('Anmeldung als walt Von vorn beginnen');
    expect(root.querySelector('.signing-in-user')?.textContent).toBe('walt');
    expect(render({ status: 'signedOut' }, { pools: [] }, german).root.textContent).toBe(
      'Noch keine Benutzerpools.In den Einstellungen hinzufügen',
    );
  });

  it('switches pools from the picker', () => {
    const { root, onSelect } = render({ status: 'signedOut' });
    const select = root.querySelector<HTMLSelectElement>('select[name="pool"]')!;
    expect([...select.options].map((option) => option.textContent)).toEqual(['Shop', 'Admin']);
    select.value = 'p2';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(onSelect).toHaveBeenCalledExactlyOnceWith('p2');
  });

  it('shows the sign-in form when signed out and the session when signed in', () => {
    expect(render({ status: 'signedOut' }).root.querySelector('form.sign-in')).not.toBeNull();
    const signedIn = render({ status: 'signedIn', session: { signedIn: true, username: 'walt', expiresAt: 60_000 } });
    expect(signedIn.root.querySelector('form.sign-in')).toBeNull();
    expect(signedIn.root.querySelector('.username')?.textContent).toBe('walt');
  });

  it('shows the current step’s prompt', () => {
    const { root } = render({ status: 'step', step: { signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' } });
    expect(root.querySelector('#step-title')?.textContent).toBe('Enter the code from your authenticator');
  });

  it('shows an error in one line, with a restart button only when the sign-in cannot go on', async () => {
    const step: AccountState = { status: 'step', step: { signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' } };
    const wrong = render(step, { error: { text: 'That code is not right.', restart: false } });
    expect(wrong.root.querySelector('[role="alert"]')?.textContent).toBe('That code is not right. ');
    expect(wrong.root.querySelector('.restart')).toBeNull();
    const expired = render(step, { error: { text: 'The sign-in expired; start again.', restart: true } });
    expect(expired.root.querySelectorAll('button.restart, button.start-again')).toHaveLength(1);
    await click(expired.root.querySelector<HTMLElement>('[role="alert"] .restart')!);
    expect(expired.onRestart).toHaveBeenCalledOnce();
  });

  it('says who is signing in and offers to start again from any step', async () => {
    const { root, onRestart } = render({
      status: 'step',
      username: 'walt',
      step: { signInStep: 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE', codeDeliveryDetails: { destination: 'w***@e***' } },
    });
    expect(root.querySelector('.signing-in-as')?.textContent).toBe('Signing in as walt Start again');
    expect(root.querySelector('#step-title')?.textContent).toBe('Enter the code from the email');
    await click(root.querySelector<HTMLElement>('.start-again')!);
    expect(onRestart).toHaveBeenCalledOnce();
  });

  it('offers to start again without a name when the username is not known', () => {
    const { root } = render({ status: 'step', step: { signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' } });
    expect(root.querySelector('.signing-in-as')?.textContent).toBe('Start again');
    expect(root.querySelector('.signing-in-user')).toBeNull();
  });
});
