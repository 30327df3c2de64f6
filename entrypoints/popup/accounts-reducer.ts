import type { AccountState, AccountsViewProps } from '../../components/AccountsView';
import type { Translate } from '../../components/translator-context';
import type { CodeDeliveryDetails } from '../../core/auth/index';
import type { Failure } from '../../core/messages/reply';
import type { PoolProfile } from '../../core/profiles/pool-profile';
import type { MessageNextStep } from '../../core/profiles/to-message-output';
import type { CodeEntry } from '../../core/vault/vault-messages';
import { describeFailure, RESTART_CODES } from './describe-failure';

/** Everything the popup's Sign in tab shows; changed only by {@link accountsReducer}. */
export interface AccountsState {
  /** Undefined until `profiles.list` answered. */
  pools?: PoolProfile[];
  selectedId?: string;
  account: AccountState;
  busy: boolean;
  error?: AccountsViewProps['error'];
  /** The vault entry saved from a TOTP setup step, or bound to the account at a TOTP code step: its code is offered. */
  savedTotp?: CodeEntry;
  /** At a factor choice: the answer this account picked last, which the prompt preselects. */
  preferredChoice?: string;
  /** The last thing said to screen readers (signed in, copied, signed out). */
  announcement?: string;
  /** The request whose answers may still change the view; an answer carrying any other id is stale. */
  requestId: number;
}

/** Where the worker says a sign-in stands: any step, before {@link screenFor} picks the screen that answers it. */
type ShownAccount = AccountState | { status: 'step'; step: MessageNextStep; username?: string };

export const initialAccountsState: AccountsState = { account: { status: 'loading' }, busy: false, requestId: 0 };

/**
 * What happens on the tab. Actions that start a request carry a fresh, larger `id`; answers carry the id of the
 * request they answer, and the reducer drops any answer whose id is not the current one (a pool the user has left,
 * a request overtaken by a newer one).
 */
export type AccountsAction =
  /** The pools are being asked for (the tab opened). */
  | { type: 'poolsAsked'; id: number }
  /**
   * `profiles.list` answered; `chosenId` (the pool the popup was left on) is chosen when listed, else the first, and
   * its session asked for under the same id.
   */
  | { type: 'poolsListed'; id: number; pools: PoolProfile[]; chosenId?: string }
  /** The user picked a pool: its session is asked for under `id`; whatever the previous pool's requests answer is dropped. */
  | { type: 'poolChosen'; id: number; profileId: string }
  /** A user action's request began: the form is busy and the last error cleared. */
  | { type: 'started'; id: number }
  /** Where the chosen pool's sign-in now stands (session, a step, signed out). */
  | { type: 'accountShown'; id: number; account: ShownAccount }
  /** At the factor choice just shown: the answer to preselect (`auth.preferredFactor`). */
  | { type: 'factorPreferred'; id: number; choice: string }
  /** A request failed; `account` is what to show instead, when the failure changes it. */
  | { type: 'failed'; id: number; failure: Failure; account?: AccountState }
  /** The sign-in finished (its last step answered); the session is asked for next under the same id. */
  | { type: 'signedIn'; id: number }
  /** A TOTP setup secret was saved in the vault. */
  | { type: 'totpSaved'; id: number; entry: CodeEntry }
  /** At a TOTP code step: the vault entry bound to the account signing in, whose code the prompt offers. */
  | { type: 'vaultCodeFound'; id: number; entry: CodeEntry }
  /** The vault holds no entry for the offer (deleted since it was offered): the prompt offers no code. */
  | { type: 'vaultCodeGone'; id: number }
  /** The worker forgot the sign-in in progress (Start again), or the user signed out. */
  | { type: 'signedOut'; id: number; announcement?: string }
  /** The request's work is over (its last answer applied): the form is no longer busy. */
  | { type: 'settled'; id: number }
  /**
   * The user opened a screen that sends nothing yet (Create account, Forgot password?, Back to sign-in): it
   * becomes the current request, so whatever an earlier one answers late is dropped.
   */
  | { type: 'opened'; id: number; account: AccountState; announcement?: string }
  /** A new code was sent (Resend code) to where Cognito says. */
  | { type: 'codeSent'; id: number; delivery: CodeDeliveryDetails }
  /** Something to tell screen readers that no request carries (a copied token). */
  | { type: 'announced'; text: string };

/** Starts of requests: they make `id` the current request. */
const STARTS = new Set<AccountsAction['type']>(['poolsAsked', 'poolChosen', 'started', 'opened']);

function failure(state: AccountsState, reply: Failure, t: Translate): AccountsState['error'] {
  // Cognito also answers NotAuthorizedException to a challenge answered on a spent Session, so mid-step it may
  // mean "start again" as well as "wrong password".
  // @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_RespondToAuthChallenge.html
  const midStep = state.account.status === 'step' && reply.code === 'NotAuthorizedException';
  const restart = RESTART_CODES.has(reply.code) || midStep;
  return { text: describeFailure(reply, t), restart, ...(reply.field ? { field: reply.field } : {}) };
}

/**
 * The screen for where a sign-in stands: the two steps that leave no sign-in in progress open the account flows
 * (an unconfirmed account confirms, a password that must be reset is reset), every other step its prompt.
 */
function screenFor(account: ShownAccount): AccountState {
  if (account.status !== 'step') return account;
  const { step, username } = account;
  // Only a sign-in's first answer is CONFIRM_SIGN_UP, and it always names whom; without a name the sign-in
  // form, which opens the confirmation once signed in with it, is the way on.
  if (step.signInStep === 'CONFIRM_SIGN_UP') {
    return username ? { status: 'confirmSignUp', username, autoSignIn: false } : { status: 'signedOut' };
  }
  if (step.signInStep === 'RESET_PASSWORD') return { status: 'forgotPassword', username };
  return { status: 'step', step, username };
}

/**
 * The Sign in tab's pure state transitions (entrypoints/popup/use-accounts.ts sends the requests); `t` words the
 * failures and announcements.
 */
export function accountsReducer(state: AccountsState, action: AccountsAction, t: Translate): AccountsState {
  if (action.type === 'announced') return { ...state, announcement: action.text };
  if (STARTS.has(action.type)) {
    if (action.id <= state.requestId) return state;
  } else if (action.id !== state.requestId) {
    return state;
  }
  switch (action.type) {
    case 'poolsAsked':
      return { ...state, requestId: action.id };
    case 'poolsListed': {
      const chosen = action.pools.find((pool) => pool.id === action.chosenId) ?? action.pools[0];
      return { ...state, pools: action.pools, selectedId: chosen?.id, account: { status: 'loading' } };
    }
    case 'poolChosen':
      return {
        ...state,
        requestId: action.id,
        selectedId: action.profileId,
        account: { status: 'loading' },
        busy: false,
        error: undefined,
        savedTotp: undefined,
        preferredChoice: undefined,
      };
    case 'started':
      return { ...state, requestId: action.id, busy: true, error: undefined };
    case 'accountShown':
      return { ...state, account: screenFor(action.account), preferredChoice: undefined };
    case 'factorPreferred':
      return state.account.status === 'step' ? { ...state, preferredChoice: action.choice } : state;
    case 'opened':
      return {
        ...state,
        requestId: action.id,
        account: action.account,
        busy: false,
        error: undefined,
        announcement: action.announcement ?? state.announcement,
      };
    case 'codeSent':
      if (state.account.status !== 'confirmSignUp' && state.account.status !== 'confirmResetPassword') return state;
      return {
        ...state,
        account: { ...state.account, delivery: action.delivery },
        announcement: t('announce_code_sent'),
      };
    case 'failed':
      return {
        ...state,
        pools: state.pools ?? [],
        error: failure(state, action.failure, t),
        account: action.account ?? state.account,
      };
    case 'signedIn':
      return { ...state, savedTotp: undefined, announcement: t('announce_signed_in') };
    case 'totpSaved':
      return { ...state, savedTotp: action.entry, announcement: t('announce_saved') };
    case 'vaultCodeFound':
      return state.account.status === 'step' ? { ...state, savedTotp: action.entry } : state;
    case 'vaultCodeGone':
      return state.savedTotp ? { ...state, savedTotp: undefined } : state;
    case 'signedOut':
      return {
        ...state,
        account: { status: 'signedOut' },
        savedTotp: undefined,
        announcement: action.announcement ?? state.announcement,
      };
    case 'settled':
      return { ...state, busy: false };
  }
}
