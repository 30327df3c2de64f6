import type { CodeDeliveryDetails } from '../core/auth/index';
import type { RedirectProviderInput, SessionSummary } from '../core/profiles/account-message-shapes';
import { COGNITO_DEFAULT_POLICY } from '../core/profiles/password-policy';
import type { PoolProfile } from '../core/profiles/pool-profile';
import { AccountSettings } from './AccountSettings';
import type { AccountSettingsProps } from './account-settings-props';
import type { CodeItem } from './CodeRow';
import { ConfirmResetPasswordScreen } from './ConfirmResetPasswordScreen';
import { ConfirmSignUpScreen } from './ConfirmSignUpScreen';
import { ForgotPasswordScreen } from './ForgotPasswordScreen';
import { PasskeyList, type PasskeyListProps } from './PasskeyList';
import { SessionCard, type SessionSite } from './SessionCard';
import { SignInForm, type SignInRequest } from './SignInForm';
import { SignInStepPrompt } from './SignInStepPrompt';
import { type SignUpRequest, SignUpScreen } from './SignUpScreen';
import { sentenceWith } from './sentence-with';
import type { ConfirmOptions, PromptStep } from './step-prompt-props';
import { useT } from './translator-context';

/** Where the chosen pool's sign-in stands. */
export type AccountState =
  | { status: 'loading' }
  /** `username` is kept from a flow that ended here (a confirmed account, a reset that could not sign in). */
  | { status: 'signedOut'; username?: string }
  /** Creating an account in the pool. */
  | { status: 'signUp' }
  /** Confirming `username`'s account; `autoSignIn` when the worker armed it at sign-up (no password needed). */
  | { status: 'confirmSignUp'; username: string; delivery?: CodeDeliveryDetails; autoSignIn: boolean }
  /** The first half of a password reset: whose, then the pool sends a code. */
  | { status: 'forgotPassword'; username?: string }
  /** The code sent for `username` and a new password. */
  | { status: 'confirmResetPassword'; username: string; delivery?: CodeDeliveryDetails }
  | { status: 'signedIn'; session: SessionSummary }
  /** `username` is who is signing in, when known (always for a sign-in resumed from the worker). */
  | { status: 'step'; step: PromptStep; username?: string };

export interface AccountsViewProps {
  /** Undefined until `profiles.list` answered. */
  pools?: PoolProfile[];
  selectedId?: string;
  account: AccountState;
  busy: boolean;
  /** The last failure, as one sentence; `restart` when the sign-in cannot go on. */
  error?: { text: string; restart: boolean; field?: string };
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
  /** The account flows (sign-up, confirmation, password reset); see entrypoints/popup/use-accounts.ts. */
  flows: AccountFlowHandlers;
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

/** What the account-flow screens ask the popup to do. */
interface AccountFlowHandlers {
  onCreateAccount: () => void;
  onForgotPassword: (username?: string) => void;
  onBackToSignIn: (username?: string) => void;
  onSignUp: (request: SignUpRequest) => void;
  onConfirmSignUp: (code: string) => void;
  onResendSignUpCode: () => void;
  onSendResetCode: (username: string) => void;
  onConfirmResetPassword: (input: { confirmationCode: string; newPassword: string }) => void;
}

const FLOW_SCREENS = new Set<AccountState['status']>([
  'signUp',
  'confirmSignUp',
  'forgotPassword',
  'confirmResetPassword',
]);

/** The popup's "Sign in" view: pick a pool, then its session, its sign-in form or the current step's prompt. */
export function AccountsView(props: AccountsViewProps) {
  const t = useT();
  const { pools, account } = props;
  if (!pools) return <p class="loading">{t('accounts_loading_pools')}</p>;
  if (pools.length === 0) {
    return (
      <section class="screen accounts-empty">
        <p>{t('pools_empty')}</p>
        <a href={props.optionsUrl} target="_blank" rel="noopener">
          {t('accounts_add_pool')}
        </a>
      </section>
    );
  }
  const pool = pools.find((candidate) => candidate.id === props.selectedId) ?? pools[0]!;
  const { flows } = props;
  const policy = pool.passwordPolicy ?? COGNITO_DEFAULT_POLICY;
  const flowError = props.error && {
    text: props.error.text,
    ...(props.error.field ? { field: props.error.field } : {}),
  };
  return (
    <section class="screen accounts">
      <label>
        {t('accounts_pool')}
        <select name="pool" value={pool.id} onChange={(event) => props.onSelect(event.currentTarget.value)}>
          {pools.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.label}
            </option>
          ))}
        </select>
      </label>
      {props.error && !FLOW_SCREENS.has(account.status) && (
        <p class="error" role="alert">
          {props.error.text}{' '}
          {props.error.restart && (
            <button type="button" class="restart" onClick={props.onRestart}>
              {t('step_restart')}
            </button>
          )}
        </p>
      )}
      {account.status === 'loading' && <p class="loading">{t('accounts_checking')}</p>}
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
        <>
          <SignInForm
            key={`${pool.id}/${account.username ?? ''}`}
            pool={pool}
            busy={props.busy}
            username={account.username ?? props.username}
            onUsername={props.onUsername}
            onSignIn={props.onSignIn}
            onRedirect={props.onRedirect}
          />
          <p class="account-links">
            <button
              type="button"
              class="link forgot-password"
              onClick={() => flows.onForgotPassword(account.username ?? props.username)}
            >
              {t('account_forgot_password')}
            </button>{' '}
            <button type="button" class="link create-account" onClick={flows.onCreateAccount}>
              {t('account_create')}
            </button>
          </p>
        </>
      )}
      {account.status === 'signUp' && (
        <SignUpScreen
          policy={policy}
          busy={props.busy}
          error={flowError}
          onSubmit={flows.onSignUp}
          onBack={() => flows.onBackToSignIn()}
        />
      )}
      {account.status === 'confirmSignUp' && (
        <ConfirmSignUpScreen
          username={account.username}
          delivery={account.delivery}
          busy={props.busy}
          error={flowError}
          onConfirm={flows.onConfirmSignUp}
          onResend={flows.onResendSignUpCode}
          onBack={() => flows.onBackToSignIn(account.username)}
        />
      )}
      {account.status === 'forgotPassword' && (
        <ForgotPasswordScreen
          username={account.username}
          busy={props.busy}
          error={flowError}
          onSend={flows.onSendResetCode}
          onBack={() => flows.onBackToSignIn(account.username)}
        />
      )}
      {account.status === 'confirmResetPassword' && (
        <ConfirmResetPasswordScreen
          username={account.username}
          delivery={account.delivery}
          policy={policy}
          busy={props.busy}
          error={flowError}
          onSubmit={flows.onConfirmResetPassword}
          onResend={() => flows.onSendResetCode(account.username)}
          onBack={() => flows.onBackToSignIn(account.username)}
        />
      )}
      {account.status === 'step' && (
        <p class="signing-in-as">
          {account.username && (
            <>
              {sentenceWith(
                t,
                'accounts_signing_in_as',
                <strong class="signing-in-user">{account.username}</strong>,
              )}{' '}
            </>
          )}
          {!props.error?.restart && (
            <button type="button" class="start-again" disabled={props.busy} onClick={props.onRestart}>
              {t('step_restart')}
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
