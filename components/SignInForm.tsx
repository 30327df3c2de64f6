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
  customSrp: {
    label: 'Custom challenge after the password (CUSTOM_WITH_SRP)',
    password: true,
    options: { authFlowType: 'CUSTOM_WITH_SRP' },
  },
  custom: {
    label: 'Custom challenge only (CUSTOM_WITHOUT_SRP)',
    password: false,
    options: { authFlowType: 'CUSTOM_WITHOUT_SRP' },
  },
  hosted: { label: 'Hosted sign-in page', password: false, options: undefined },
} as const satisfies Record<string, { label: string; password: boolean; options?: SignInRequest['options'] }>;

type Flow = keyof typeof FLOWS;

/**
 * Reads Amplify's `clientMetadata` from lines of `key=value` (blank lines skipped); undefined when there are none,
 * or the first line that is not a pair.
 */
function parseClientMetadata(text: string): { metadata?: Record<string, string>; badLine?: string } {
  const metadata: Record<string, string> = {};
  for (const line of text.split('\n').map((each) => each.trim())) {
    if (!line) continue;
    const at = line.indexOf('=');
    if (at <= 0) return { badLine: line };
    metadata[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return Object.keys(metadata).length > 0 ? { metadata } : {};
}

/** Username and password (or another first step) for one pool; "hosted" is offered only when the pool has one. */
export function SignInForm(props: {
  pool: PoolProfile;
  busy: boolean;
  /** The username typed before (the popup keeps it per pool while it is closed); `onUsername` hears each change. */
  username?: string;
  onUsername?: (username: string) => void;
  onSignIn: (request: SignInRequest) => void;
  onRedirect: () => void;
}) {
  const [flow, setFlow] = useState<Flow>('srp');
  const [username, setUsername] = useState(props.username ?? '');
  const [password, setPassword] = useState('');
  const [metadataText, setMetadataText] = useState('');
  const [metadataError, setMetadataError] = useState<string>();
  const chosen = FLOWS[flow];
  const flows = (Object.keys(FLOWS) as Flow[]).filter((name) => name !== 'hosted' || props.pool.hostedUi);
  return (
    <form
      class="sign-in"
      onSubmit={(event) => {
        event.preventDefault();
        if (flow === 'hosted') return props.onRedirect();
        if (!username.trim()) return;
        const { metadata, badLine } = parseClientMetadata(metadataText);
        if (badLine !== undefined) {
          setMetadataError(`Write each line as key=value (“${badLine}” is not).`);
          return;
        }
        setMetadataError(undefined);
        const options = { ...chosen.options, ...(metadata ? { clientMetadata: metadata } : {}) };
        props.onSignIn({
          username: username.trim(),
          ...(chosen.password ? { password } : {}),
          ...(Object.keys(options).length > 0 ? { options } : {}),
        });
      }}
    >
      <details class="advanced" open={flow !== 'srp' || metadataText !== '' || undefined}>
        <summary>Advanced</summary>
        <label>
          How
          <select name="flow" value={flow} onChange={(event) => setFlow(event.currentTarget.value as Flow)}>
            {flows.map((name) => (
              <option key={name} value={name} title={FLOWS[name].options?.authFlowType ?? 'USER_SRP_AUTH'}>
                {FLOWS[name].label}
              </option>
            ))}
          </select>
        </label>
        {flow !== 'hosted' && (
          <label>
            Client metadata (optional, one key=value a line)
            <textarea
              name="clientMetadata"
              rows={2}
              aria-invalid={metadataError ? true : undefined}
              aria-describedby={metadataError ? 'client-metadata-error' : undefined}
              value={metadataText}
              onInput={(event) => setMetadataText(event.currentTarget.value)}
            />
          </label>
        )}
        {metadataError && (
          <p id="client-metadata-error" class="field-error" role="alert">
            {metadataError}
          </p>
        )}
      </details>
      {flow !== 'hosted' && (
        <label>
          Username
          <input
            name="username"
            autoComplete="username"
            required
            value={username}
            onInput={(event) => {
              setUsername(event.currentTarget.value);
              props.onUsername?.(event.currentTarget.value);
            }}
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
