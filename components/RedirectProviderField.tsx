import type { RedirectProviderInput } from '../core/profiles/account-message-shapes';
import { type MessageKey, useT } from './translator-context';

/** The hosted UI's own form, Amplify's social providers, or a named OIDC/SAML provider the person types. */
export type ProviderChoice = 'COGNITO' | 'Google' | 'Apple' | 'Facebook' | 'Amazon' | 'custom';

/** Each choice, its words and the `identity_provider` Cognito is sent (shown on hover, for developers). */
const CHOICES: ReadonlyArray<readonly [ProviderChoice, MessageKey, string]> = [
  ['COGNITO', 'signin_provider_cognito', 'COGNITO'],
  ['Google', 'signin_provider_google', 'Google'],
  ['Apple', 'signin_provider_apple', 'SignInWithApple'],
  ['Facebook', 'signin_provider_facebook', 'Facebook'],
  ['Amazon', 'signin_provider_amazon', 'LoginWithAmazon'],
  ['custom', 'signin_provider_custom', 'OIDC / SAML'],
];

/** What `auth.signInWithRedirect` is given for a choice: none for the hosted UI's own form. */
export function redirectProvider(choice: ProviderChoice, customName: string): RedirectProviderInput | undefined {
  if (choice === 'COGNITO') return undefined;
  if (choice === 'custom') return { custom: customName.trim() };
  return choice;
}

/**
 * Which provider the hosted sign-in page signs in with (Amplify's `signInWithRedirect({ provider })`): the pool's
 * own form, a social provider, or the name of the pool's OIDC or SAML provider. `error` sits under the name.
 */
export function RedirectProviderField(props: {
  choice: ProviderChoice;
  customName: string;
  error?: string;
  onChoice: (choice: ProviderChoice) => void;
  onCustomName: (name: string) => void;
}) {
  const t = useT();
  return (
    <>
      <label>
        {t('signin_provider')}
        <select
          name="provider"
          value={props.choice}
          onChange={(event) => props.onChoice(event.currentTarget.value as ProviderChoice)}
        >
          {CHOICES.map(([choice, words, wire]) => (
            <option key={choice} value={choice} title={`identity_provider=${wire}`}>
              {t(words)}
            </option>
          ))}
        </select>
      </label>
      {props.choice === 'custom' && (
        <label>
          {t('signin_provider_name')}
          <input
            name="providerName"
            required
            aria-invalid={props.error ? true : undefined}
            aria-describedby={props.error ? 'provider-name-error' : undefined}
            value={props.customName}
            onInput={(event) => props.onCustomName(event.currentTarget.value)}
          />
        </label>
      )}
      {props.error && (
        <p id="provider-name-error" class="field-error" role="alert">
          {props.error}
        </p>
      )}
    </>
  );
}
