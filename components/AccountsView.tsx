import type { RedirectProviderInput, SessionSummary } from '../core/profiles/account-messages';
import type { PoolProfile } from '../core/profiles/pool-profile';
import type { MessageNextStep } from '../core/profiles/to-message-output';
import { AccountSettings } from './AccountSettings';
import type { AccountSettingsProps } from './account-settings-props';
import type { CodeItem } from './CodeRow';
import { PasskeyList, type PasskeyListProps } from './PasskeyList';
import { SessionCard, type SessionSite } from './SessionCard';
import { SignInForm, type SignInRequest } from './SignInForm';
import { SignInStepPrompt } from './SignInStepPrompt';
import type { ConfirmOptions } from './step-prompt-props';

/** Where the chosen pool's sign-in stands. */
export type AccountState =
  | { status: 'loading' }
  | { status: 'signedOut' }
  | { status: 'signedIn'; session: SessionSummary }
  /** `username` is who is signing in, when known (always for a sign-in resumed from the worker). */
  | { status: 'step'; step: MessageNextStep; username?: string };

export interface AccountsViewProps {
  /** Undefined until `profiles.list` answered. */
  pools?: PoolProfile[];
  selectedId?: string;
  account: AccountState;
  busy: boolean;
  /** The last failure, as one sentence; `restart` when the sign-in cannot go on. */
  error?: { text: string; restart: boolean };
  now: number;
  optionsUrl: string;
  savedTotp?: CodeItem;
  /** At a factor choice: the answer this account picked last, which the prompt preselects. */
  preferredChoice?: string;
  /** The signed-in user's passkeys, when signed in. */
  passkeys?: PasskeyListProps;
  /** The signed-in account's settings (two-step verification, devices, password), when signed in. */
  settings?: AccountSettingsProps;
  onSelect: (profileId: string) => void;
  onSignIn: (request: SignInRequest) => void;
  onRedirect: (provider?: RedirectProviderInput) => void;
  onConfirm: (challengeResponse: string, options?: ConfirmOptions) => void;
  onRestart: () => void;
  onSaveTotp: (setupUri: string) => void;
  onCopyToken: (token: 'idToken' | 'accessToken') => void;
  onRefresh: () => void;
  onSignOut: (options: { global: boolean }) => void;
  /** The username typed on the chosen pool's sign-in form, kept while the popup is closed. */
  username?: string;
  onUsername?: (username: string) => void;
  /** The active tab when it is one of the chosen pool's sites (see SessionCard). */
  site?: SessionSite;
}

/** The popup's "Sign in" view: pick a pool, then its session, its sign-in form or the current step's prompt. */
export function AccountsView(props: AccountsViewProps) {
  const { pools, account } = props;
  if (!pools) return <p class="loading">Loading user pools…</p>;
  if (pools.length === 0) {
    return (
      <section class="screen accounts-empty">
        <p>No user pools yet.</p>
        <a href={props.optionsUrl} target="_blank" rel="noopener">
          Add one in Settings
        </a>
      </section>
    );
  }
  const pool = pools.find((candidate) => candidate.id === props.selectedId) ?? pools[0]!;
  return (
    <section class="screen accounts">
      <label>
        User pool
        <select name="pool" value={pool.id} onChange={(event) => props.onSelect(event.currentTarget.value)}>
          {pools.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.label}
            </option>
          ))}
        </select>
      </label>
      {props.error && (
        <p class="error" role="alert">
          {props.error.text}{' '}
          {props.error.restart && (
            <button type="button" class="restart" onClick={props.onRestart}>
              Start again
            </button>
          )}
        </p>
      )}
      {account.status === 'loading' && <p class="loading">Checking…</p>}
      {account.status === 'signedIn' && (
        <SessionCard
          session={account.session}
          now={props.now}
          busy={props.busy}
          onCopy={props.onCopyToken}
          onRefresh={props.onRefresh}
          onSignOut={props.onSignOut}
          {...(props.site ? { site: props.site } : {})}
        />
      )}
      {account.status === 'signedIn' && props.settings && <AccountSettings {...props.settings} />}
      {account.status === 'signedIn' && props.passkeys && <PasskeyList {...props.passkeys} />}
      {account.status === 'signedOut' && (
        <SignInForm
          key={pool.id}
          pool={pool}
          busy={props.busy}
          username={props.username}
          onUsername={props.onUsername}
          onSignIn={props.onSignIn}
          onRedirect={props.onRedirect}
        />
      )}
      {account.status === 'step' && (
        <p class="signing-in-as">
          {account.username && (
            <>
              Signing in as <strong class="signing-in-user">{account.username}</strong>{' '}
            </>
          )}
          {!props.error?.restart && (
            <button type="button" class="start-again" disabled={props.busy} onClick={props.onRestart}>
              Start again
            </button>
          )}
        </p>
      )}
      {account.status === 'step' && (
        <SignInStepPrompt
          key={account.step.signInStep}
          step={account.step}
          busy={props.busy}
          now={props.now}
          savedTotp={props.savedTotp}
          preferredChoice={props.preferredChoice}
          onConfirm={props.onConfirm}
          onRestart={props.onRestart}
          onSaveTotp={props.onSaveTotp}
        />
      )}
    </section>
  );
}
