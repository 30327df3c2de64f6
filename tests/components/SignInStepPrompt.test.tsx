// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { SignInStepPrompt, STEP_PROMPTS } from '../../components/SignInStepPrompt';
import type { PromptStep, PromptStepName } from '../../components/step-prompt-props';
import { readLocale, translateWith } from '../support/translate-messages';
import { codeEntry, typeInto } from './code-entry-fixture';
import { click, mount, rerender, submit } from './mount';

const german = translateWith(readLocale('de'));
const SETUP_URI = 'otpauth://totp/Shop:walt?secret=JBSWY3DPEHPK3PXP&issuer=Shop';

function render(step: PromptStep, extra: { savedTotp?: ReturnType<typeof codeEntry>; preferredChoice?: string } = {}) {
  const handlers = { onConfirm: vi.fn(), onRestart: vi.fn(), onSaveTotp: vi.fn() };
  const root = mount(<SignInStepPrompt step={step} busy={false} now={1_000} {...extra} {...handlers} />);
  return { root, ...handlers };
}

async function answer(root: HTMLElement, selector: string, value: string) {
  act(() => typeInto(root.querySelector<HTMLInputElement>(selector)!, value));
  await submit(root.querySelector('form')!);
}

/** Every step: the step to render, what the user does, and the confirmSignIn arguments that must follow. */
const CASES: Record<
  PromptStepName,
  { step: PromptStep; act: (root: HTMLElement) => Promise<void>; sends?: unknown[] }
> = {
  CONFIRM_SIGN_IN_WITH_TOTP_CODE: {
    step: { signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' },
    act: (root) => answer(root, 'input[name="code"]', '123 456'),
    sends: ['123456'],
  },
  CONFIRM_SIGN_IN_WITH_SMS_CODE: {
    step: {
      signInStep: 'CONFIRM_SIGN_IN_WITH_SMS_CODE',
      codeDeliveryDetails: { deliveryMedium: 'SMS', destination: '+*******1234' },
    },
    act: (root) => answer(root, 'input[name="code"]', '222333'),
    sends: ['222333'],
  },
  CONFIRM_SIGN_IN_WITH_EMAIL_CODE: {
    step: {
      signInStep: 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE',
      codeDeliveryDetails: { deliveryMedium: 'EMAIL', destination: 'w***@e***' },
    },
    act: (root) => answer(root, 'input[name="code"]', '444555'),
    sends: ['444555'],
  },
  CONTINUE_SIGN_IN_WITH_MFA_SELECTION: {
    step: { signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION', allowedMFATypes: ['SMS', 'TOTP'] },
    act: (root) => click(root.querySelector('[data-choice="TOTP"]')!),
    sends: ['TOTP'],
  },
  CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION: {
    step: { signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION', allowedMFATypes: ['TOTP', 'EMAIL'] },
    act: (root) => click(root.querySelector('[data-choice="EMAIL"]')!),
    sends: ['EMAIL'],
  },
  CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION: {
    step: {
      signInStep: 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION',
      availableChallenges: ['PASSWORD', 'EMAIL_OTP'],
    },
    act: (root) => click(root.querySelector('[data-choice="PASSWORD"]')!),
    sends: ['PASSWORD'],
  },
  CONTINUE_SIGN_IN_WITH_TOTP_SETUP: {
    step: {
      signInStep: 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP',
      totpSetupDetails: { sharedSecret: 'JBSWY3DPEHPK3PXP', setupUri: SETUP_URI },
    },
    act: (root) => answer(root, 'input[name="code"]', '987654'),
    sends: ['987654', { friendlyDeviceName: 'Sidekey' }],
  },
  CONTINUE_SIGN_IN_WITH_EMAIL_SETUP: {
    step: { signInStep: 'CONTINUE_SIGN_IN_WITH_EMAIL_SETUP' },
    act: (root) => answer(root, 'input[type="email"]', 'walt@example.com'),
    sends: ['walt@example.com'],
  },
  CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED: {
    step: { signInStep: 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED', missingAttributes: ['email'] },
    act: async (root) => {
      act(() => typeInto(root.querySelector<HTMLInputElement>('input[name="attribute-email"]')!, 'w@example.com'));
      await answer(root, 'input[name="new-password"]', 'Brand-new-pass-1');
    },
    sends: ['Brand-new-pass-1', { userAttributes: { email: 'w@example.com' } }],
  },
  CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE: {
    step: { signInStep: 'CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE', additionalInfo: { question: '2 + 2?' } },
    act: (root) => answer(root, 'input[name="answer"]', '4'),
    sends: ['4'],
  },
  CONFIRM_SIGN_IN_WITH_PASSWORD: {
    step: { signInStep: 'CONFIRM_SIGN_IN_WITH_PASSWORD' },
    act: (root) => answer(root, 'input[type="password"]', 'Secret-pass-1'),
    sends: ['Secret-pass-1'],
  },
  DONE: { step: { signInStep: 'DONE' }, act: async () => undefined },
};

describe('SignInStepPrompt', () => {
  it('has a prompt for every signInStep of Amplify v6 but the two the account flows answer, and a case for each', () => {
    expect(Object.keys(STEP_PROMPTS).sort()).toEqual(Object.keys(CASES).sort());
    expect(Object.keys(STEP_PROMPTS)).toHaveLength(12);
    expect(Object.keys(STEP_PROMPTS)).not.toContain('CONFIRM_SIGN_UP');
    expect(Object.keys(STEP_PROMPTS)).not.toContain('RESET_PASSWORD');
  });

  for (const [name, testCase] of Object.entries(CASES).filter(([, c]) => c.sends)) {
    it(`answers ${name} with the challengeResponse the worker expects`, async () => {
      const { root, onConfirm } = render(testCase.step);
      await testCase.act(root);
      expect(onConfirm.mock.calls).toEqual([testCase.sends]);
    });
  }

  it('asks for codes with a numeric one-time-code field and says where the code went', () => {
    const { root } = render(CASES.CONFIRM_SIGN_IN_WITH_EMAIL_CODE.step);
    const input = root.querySelector<HTMLInputElement>('input[name="code"]')!;
    expect(input.getAttribute('inputmode')).toBe('numeric');
    expect(input.getAttribute('autocomplete')).toBe('one-time-code');
    expect(root.querySelector('.delivery')?.textContent).toBe('We sent a code by email to w***@e***.');
  });

  it('offers every first factor when Cognito did not list them', () => {
    const { root } = render({ signInStep: 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION' });
    const choices = [...root.querySelectorAll('[data-choice]')].map((button) => button.getAttribute('data-choice'));
    expect(choices).toEqual(['PASSWORD_SRP', 'PASSWORD', 'EMAIL_OTP', 'SMS_OTP']);
  });

  it('marks and focuses the first factor this account picked last, which Enter then confirms', () => {
    const { root } = render(
      { signInStep: 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION' },
      { preferredChoice: 'EMAIL_OTP' },
    );
    const preferred = root.querySelector<HTMLButtonElement>('.choices .preferred')!;
    expect(preferred.getAttribute('data-choice')).toBe('EMAIL_OTP');
    expect(preferred.textContent).toBe('Email code (last used)');
    expect(document.activeElement).toBe(preferred);
  });

  it('focuses the pick once the buttons are enabled when it arrives while the sign-in is still busy', () => {
    const step: PromptStep = { signInStep: 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION' };
    const handlers = { onConfirm: vi.fn(), onRestart: vi.fn(), onSaveTotp: vi.fn() };
    const prompt = (busy: boolean) => (
      <SignInStepPrompt step={step} busy={busy} now={1_000} preferredChoice="EMAIL_OTP" {...handlers} />
    );
    const root = mount(prompt(true));
    const preferred = root.querySelector<HTMLButtonElement>('.choices .preferred')!;
    expect(preferred.disabled).toBe(true);
    rerender(root, prompt(false));
    expect(document.activeElement).toBe(preferred);
    // Focused once: busy again and back (a refused answer) leaves focus where the person put it.
    const other = root.querySelector<HTMLButtonElement>('[data-choice="PASSWORD"]')!;
    other.focus();
    rerender(root, prompt(true));
    rerender(root, prompt(false));
    expect(document.activeElement).toBe(other);
  });

  it('marks nothing when the remembered pick is not among the step’s choices', () => {
    const { root } = render(CASES.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.step, { preferredChoice: 'EMAIL' });
    expect(root.querySelector('.choices .preferred')).toBeNull();
    expect(root.querySelector('.last-used')).toBeNull();
  });

  it('shows the TOTP secret and URI and offers to save the URI in the vault', async () => {
    const { root, onSaveTotp } = render(CASES.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.step);
    expect(root.querySelector('.secret')?.textContent).toBe('JBSW Y3DP EHPK 3PXP');
    expect(root.querySelector<HTMLInputElement>('.setup-uri')?.value).toBe(SETUP_URI);
    await click(root.querySelector('.save-totp')!);
    expect(onSaveTotp).toHaveBeenCalledExactlyOnceWith(SETUP_URI);
  });

  it('once saved, sends the code Sidekey’s vault shows for the new secret', async () => {
    const savedTotp = codeEntry({ id: 's', code: '135790', periodEndsAt: 30_000 });
    const { root, onConfirm } = render(CASES.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.step, { savedTotp });
    expect(root.querySelector('.save-totp')).toBeNull();
    expect(root.querySelector('.saved-totp .code')?.textContent).toBe('135 790');
    await click(root.querySelector('.use-code')!);
    expect(onConfirm).toHaveBeenCalledExactlyOnceWith('135790', { friendlyDeviceName: 'Sidekey' });
  });

  it('offers the next period’s code from the vault in the last seconds of a period, so it does not expire on the way', async () => {
    const handlers = { onConfirm: vi.fn(), onRestart: vi.fn(), onSaveTotp: vi.fn() };
    const savedTotp = codeEntry({ id: 's', code: '135790', nextCode: '246801', periodEndsAt: 30_000 });
    const step = CASES.CONFIRM_SIGN_IN_WITH_TOTP_CODE.step;
    const root = mount(<SignInStepPrompt step={step} busy={false} now={10_000} savedTotp={savedTotp} {...handlers} />);
    expect(root.querySelector('.saved-totp .code')?.textContent).toBe('135 790');
    rerender(root, <SignInStepPrompt step={step} busy={false} now={27_000} savedTotp={savedTotp} {...handlers} />);
    expect(root.querySelector('.saved-totp .code')?.textContent).toBe('246 801');
    await click(root.querySelector('.use-code')!);
    expect(handlers.onConfirm).toHaveBeenCalledExactlyOnceWith('246801');
  });

  it('sends the next period’s code at a TOTP setup in the last seconds of a period', async () => {
    const savedTotp = codeEntry({ id: 's', code: '135790', nextCode: '246801', periodEndsAt: 30_000 });
    const handlers = { onConfirm: vi.fn(), onRestart: vi.fn(), onSaveTotp: vi.fn() };
    const step = CASES.CONTINUE_SIGN_IN_WITH_TOTP_SETUP.step;
    const root = mount(<SignInStepPrompt step={step} busy={false} now={28_500} savedTotp={savedTotp} {...handlers} />);
    await click(root.querySelector('.use-code')!);
    expect(handlers.onConfirm).toHaveBeenCalledExactlyOnceWith('246801', { friendlyDeviceName: 'Sidekey' });
  });

  it('shows a custom challenge’s public parameters', () => {
    const { root } = render(CASES.CONFIRM_SIGN_IN_WITH_CUSTOM_CHALLENGE.step);
    expect(root.querySelector('.challenge-info')?.textContent).toBe('question2 + 2?');
  });

  it('says signed in at DONE', () => {
    expect(render({ signInStep: 'DONE' }).root.textContent).toBe('Signed in.');
  });

  it('speaks the browser’s language: a code step and a choice drawn in German', () => {
    const handlers = { onConfirm: vi.fn(), onRestart: vi.fn(), onSaveTotp: vi.fn() };
    const totp = mount(
      <SignInStepPrompt step={CASES.CONFIRM_SIGN_IN_WITH_TOTP_CODE.step} busy={false} now={0} {...handlers} />,
      {
        t: german,
      },
    );
    expect(totp.querySelector('h2')?.textContent).toBe('Geben Sie den Code aus Ihrer Authenticator-App ein');
    const choice = mount(
      <SignInStepPrompt step={CASES.CONTINUE_SIGN_IN_WITH_MFA_SELECTION.step} busy={false} now={0} {...handlers} />,
      { t: german },
    );
    expect(choice.querySelector('h2')?.textContent).toBe('Wie möchten Sie bestätigen, dass Sie es sind?');
  });
});
