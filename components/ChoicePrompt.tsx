import { useLayoutEffect, useRef } from 'preact/hooks';
import { type MessageKey, useT } from './translator-context';

/** People's names for Amplify's MFA types and Cognito's first factors; any other choice shows its own name. */
const LABELS: Record<string, MessageKey> = {
  TOTP: 'choice_totp',
  SMS: 'choice_sms',
  EMAIL: 'choice_email',
  PASSWORD: 'choice_password',
  PASSWORD_SRP: 'choice_password_srp',
  EMAIL_OTP: 'choice_email_otp',
  SMS_OTP: 'choice_sms_otp',
  WEB_AUTHN: 'choice_web_authn',
};

/**
 * One button per choice; the choice's own name is the answer sent to confirmSignIn. The `preferred` choice (the
 * account's last pick) is marked and focused once the buttons are enabled, so Enter confirms it.
 */
export function ChoicePrompt(props: {
  title: string;
  choices: readonly string[];
  preferred?: string;
  busy: boolean;
  onChoose: (choice: string) => void;
}) {
  const t = useT();
  const preferredButton = useRef<HTMLButtonElement>(null);
  const focused = useRef<string | undefined>(undefined);
  const preferred = props.choices.includes(props.preferred ?? '') ? props.preferred : undefined;
  useLayoutEffect(() => {
    // The pick usually arrives while the sign-in request is still busy, when the buttons are disabled and cannot take
    // focus: it is focused once they are enabled, and only once, so a later answer does not pull focus back.
    if (!preferred || props.busy || focused.current === preferred) return;
    preferredButton.current?.focus();
    focused.current = preferred;
  }, [preferred, props.busy]);
  return (
    <section class="step" aria-labelledby="step-title">
      <h2 id="step-title">{props.title}</h2>
      <div class="choices">
        {props.choices.map((choice) => (
          <button
            key={choice}
            ref={choice === preferred ? preferredButton : undefined}
            type="button"
            class={choice === preferred ? 'preferred' : undefined}
            data-choice={choice}
            disabled={props.busy}
            onClick={() => props.onChoose(choice)}
          >
            {LABELS[choice] ? t(LABELS[choice]) : choice}
            {choice === preferred && <span class="last-used"> {t('choice_last_used')}</span>}
          </button>
        ))}
      </div>
    </section>
  );
}
