import { useRef, useState } from 'preact/hooks';
import type { PasswordPolicy } from '../core/profiles/password-policy';
import { AccountFlowButtons } from './AccountFlowButtons';
import { checkNewPassword } from './check-new-password';
import { FieldAlert } from './FieldAlert';
import type { FlowError } from './flow-error';
import { NewPasswordFields } from './NewPasswordFields';
import { useT } from './translator-context';
import { useScreenFocus } from './use-screen-focus';

/** What the sign-up form sends: `auth.signUp`'s username, password and Cognito attributes. */
export interface SignUpRequest {
  username: string;
  password: string;
  userAttributes: Record<string, string>;
}

const FIELDS = ['username', 'email', 'phone_number', 'password', 'passwordRepeat'] as const;
/** E.164, as Cognito stores `phone_number`: a plus and up to 15 digits. */
const PHONE = /^\+[1-9]\d{1,14}$/;

/**
 * Creating an account in the pool: a username, an email (every pool Sidekey cannot describe gets asked for one),
 * an optional phone number and a new password typed twice against the pool's rules.
 */
export function SignUpScreen(props: {
  policy: PasswordPolicy;
  busy: boolean;
  error?: FlowError;
  onSubmit: (request: SignUpRequest) => void;
  onBack: () => void;
}) {
  const t = useT();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState({ username: '', email: '', phone: '', password: '', repeat: '' });
  const [local, setLocal] = useState<FlowError>();
  const error = local ?? props.error;
  useScreenFocus(form, error);
  const set = (key: keyof typeof values) => (value: string) => setValues({ ...values, [key]: value });
  const passwordInput = { policy: props.policy, password: values.password, repeat: values.repeat };
  const invalid = (field: string) => error?.field === field || undefined;
  const described = (field: string) => (error?.field === field ? `${field}-error` : undefined);
  return (
    <section class="step account-flow sign-up" aria-labelledby="step-title">
      <h2 id="step-title" title="signUp">
        {t('sign_up_title')}
      </h2>
      <form
        ref={form}
        class="sign-up"
        onSubmit={(event) => {
          event.preventDefault();
          if (!values.username.trim()) return;
          const phone = values.phone.replace(/[\s()-]/g, '');
          const failure =
            phone && !PHONE.test(phone)
              ? { text: t('sign_up_phone_invalid'), field: 'phone_number' }
              : checkNewPassword({ ...passwordInput, field: 'password' }, t);
          setLocal(failure);
          if (failure) return;
          props.onSubmit({
            username: values.username.trim(),
            password: values.password,
            userAttributes: { email: values.email.trim(), ...(phone ? { phone_number: phone } : {}) },
          });
        }}
      >
        <label>
          {t('account_username')}
          <input
            name="username"
            autoComplete="username"
            required
            aria-invalid={invalid('username')}
            aria-describedby={described('username')}
            value={values.username}
            onInput={(event) => set('username')(event.currentTarget.value)}
          />
        </label>
        <FieldAlert error={error} field="username" />
        <label>
          {t('sign_up_email')}
          <input
            type="email"
            name="email"
            autoComplete="email"
            required
            aria-invalid={invalid('email')}
            value={values.email}
            onInput={(event) => set('email')(event.currentTarget.value)}
          />
        </label>
        <label>
          {t('sign_up_phone')}
          <input
            type="tel"
            name="phone_number"
            autoComplete="tel"
            aria-invalid={invalid('phone_number')}
            aria-describedby={described('phone_number') ?? 'phone-hint'}
            value={values.phone}
            onInput={(event) => set('phone')(event.currentTarget.value)}
          />
        </label>
        <p class="hint" id="phone-hint">
          {t('sign_up_phone_hint')}
        </p>
        <FieldAlert error={error} field="phone_number" />
        <NewPasswordFields
          name="password"
          label={t('account_password')}
          policy={props.policy}
          password={values.password}
          repeat={values.repeat}
          error={error}
          onPassword={set('password')}
          onRepeat={set('repeat')}
        />
        <FieldAlert error={error} fields={FIELDS} />
        <AccountFlowButtons submitLabel={t('sign_up_button')} busy={props.busy} onBack={props.onBack} />
      </form>
    </section>
  );
}
