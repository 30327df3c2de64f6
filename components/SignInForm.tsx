import { useState } from 'preact/hooks';
import type { RedirectProviderInput } from '../core/profiles/account-message-shapes';
import type { AccountRequests } from '../core/profiles/account-messages';
import type { PoolProfile } from '../core/profiles/pool-profile';
import { PasswordField } from './PasswordField';
import { type ProviderChoice, RedirectProviderField, redirectProvider } from './RedirectProviderField';
import { type MessageKey, useT } from './translator-context';

/** What the form asks for: `auth.signIn`'s input without the pool, which the popup adds. */
export type SignInRequest = Omit<AccountRequests['auth.signIn']['input'], 'profileId'>;

/** The flows the form offers, and what each sends (docs/cognito-api.md §2.2–2.6, §8). */
const FLOWS = {
  srp: { label: 'signin_flow_srp', password: true, options: undefined },
  password: {
    label: 'signin_flow_password',
    password: true,
    options: { authFlowType: 'USER_PASSWORD_AUTH' },
  },
  choose: { label: 'signin_flow_choose', password: false, options: { authFlowType: 'USER_AUTH' } },
  email: {
    label: 'signin_flow_email',
    password: false,
    options: { authFlowType: 'USER_AUTH', preferredChallenge: 'EMAIL_OTP' },
  },
  passkey: {
    label: 'signin_flow_passkey',
    password: false,
    options: { authFlowType: 'USER_AUTH', preferredChallenge: 'WEB_AUTHN' },
  },
  customSrp: {
    label: 'signin_flow_custom_srp',
    password: true,
    options: { authFlowType: 'CUSTOM_WITH_SRP' },
  },
  custom: {
    label: 'signin_flow_custom',
    password: false,
    options: { authFlowType: 'CUSTOM_WITHOUT_SRP' },
  },
  hosted: { label: 'signin_flow_hosted', password: false, options: undefined },
} as const satisfies Record<string, { label: MessageKey; password: boolean; options?: SignInRequest['options'] }>;

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
  onRedirect: (provider?: RedirectProviderInput) => void;
}) {
  const t = useT();
  const [flow, setFlow] = useState<Flow>('srp');
  const [provider, setProvider] = useState<ProviderChoice>('COGNITO');
  const [providerName, setProviderName] = useState('');
  const [providerError, setProviderError] = useState<string>();
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
        if (flow === 'hosted') {
          if (provider === 'custom' && !providerName.trim()) return setProviderError(t('signin_provider_name_missing'));
          setProviderError(undefined);
          return props.onRedirect(redirectProvider(provider, providerName));
        }
        if (!username.trim()) return;
        const { metadata, badLine } = parseClientMetadata(metadataText);
        if (badLine !== undefined) {
          setMetadataError(t('signin_metadata_bad_line', badLine));
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
        <summary>{t('signin_advanced')}</summary>
        <label>
          {t('signin_flow')}
          <select name="flow" value={flow} onChange={(event) => setFlow(event.currentTarget.value as Flow)}>
            {flows.map((name) => (
              <option key={name} value={name} title={FLOWS[name].options?.authFlowType ?? 'USER_SRP_AUTH'}>
                {t(FLOWS[name].label)}
              </option>
            ))}
          </select>
        </label>
        {flow !== 'hosted' && (
          <label>
            {t('signin_client_metadata')}
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
          {t('signin_username')}
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
          label={t('signin_password')}
          name="password"
          autoComplete="current-password"
          value={password}
          onInput={setPassword}
        />
      )}
      {flow === 'hosted' && (
        <>
          <RedirectProviderField
            choice={provider}
            customName={providerName}
            {...(providerError ? { error: providerError } : {})}
            onChoice={setProvider}
            onCustomName={setProviderName}
          />
          <p class="hint">{t('signin_hosted_hint')}</p>
        </>
      )}
      <button type="submit" disabled={props.busy} title={flow === 'hosted' ? 'signInWithRedirect' : 'signIn'}>
        {t(flow === 'hosted' ? 'signin_open_hosted' : 'signin_submit')}
      </button>
    </form>
  );
}
