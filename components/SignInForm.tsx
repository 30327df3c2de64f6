import { useState } from 'preact/hooks';
import type { AccountRequests } from '../core/profiles/account-messages';
import type { PoolProfile } from '../core/profiles/pool-profile';
import { PasswordField } from './PasswordField';

/** What the form asks for: `auth.signIn`'s input without the pool, which the popup adds. */
export type SignInRequest = Omit<AccountRequests['auth.signIn']['input'], 'profileId'>;

/** The flows the form offers, and what each sends (docs/cognito-api.md §2.2–2.6, §8). */
const FLOWS = {
  srp: { label: 'Password (SRP, the default)', password: true, options: undefined },
  password: {
    label: 'Password sent as is (USER_PASSWORD_AUTH)',
    password: true,
    options: { authFlowType: 'USER_PASSWORD_AUTH' },
  },
  choose: { label: 'Choose a factor (USER_AUTH)', password: false, options: { authFlowType: 'USER_AUTH' } },
  email: {
    label: 'Email code (USER_AUTH + EMAIL_OTP)',
    password: false,
    options: { authFlowType: 'USER_AUTH', preferredChallenge: 'EMAIL_OTP' },
  },
  passkey: {
    label: 'Passkey (USER_AUTH + WEB_AUTHN)',
    password: false,
    options: { authFlowType: 'USER_AUTH', preferredChallenge: 'WEB_AUTHN' },
  },
  hosted: { label: 'Hosted sign-in page', password: false, options: undefined },
} as const satisfies Record<string, { label: string; password: boolean; options?: SignInRequest['options'] }>;

type Flow = keyof typeof FLOWS;

/** Username and password (or another first step) for one pool; "hosted" is offered only when the pool has one. */
export function SignInForm(props: {
  pool: PoolProfile;
  busy: boolean;
  onSignIn: (request: SignInRequest) => void;
  onRedirect: () => void;
}) {
  const [flow, setFlow] = useState<Flow>('srp');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const chosen = FLOWS[flow];
  const flows = (Object.keys(FLOWS) as Flow[]).filter((name) => name !== 'hosted' || props.pool.hostedUi);
  return (
    <form
      class="sign-in"
      onSubmit={(event) => {
        event.preventDefault();
        if (flow === 'hosted') return props.onRedirect();
        if (!username.trim()) return;
        props.onSignIn({
          username: username.trim(),
          ...(chosen.password ? { password } : {}),
          ...(chosen.options ? { options: { ...chosen.options } } : {}),
        });
      }}
    >
      <label>
        How
        <select name="flow" value={flow} onChange={(event) => setFlow(event.currentTarget.value as Flow)}>
          {flows.map((name) => (
            <option key={name} value={name}>
              {FLOWS[name].label}
            </option>
          ))}
        </select>
      </label>
      {flow !== 'hosted' && (
        <label>
          Username
          <input
            name="username"
            autoComplete="username"
            required
            value={username}
            onInput={(event) => setUsername(event.currentTarget.value)}
          />
        </label>
      )}
      {chosen.password && (
        <PasswordField
          label="Password"
          name="password"
          autoComplete="current-password"
          value={password}
          onInput={setPassword}
        />
      )}
      {flow === 'hosted' && (
        <p class="hint">A sign-in window opens and this popup may close; open Sidekey again when you are done.</p>
      )}
      <button type="submit" disabled={props.busy}>
        {flow === 'hosted' ? 'Open the sign-in page' : 'Sign in'}
      </button>
    </form>
  );
}
