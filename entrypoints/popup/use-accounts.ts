import { useEffect, useReducer, useRef } from 'preact/hooks';
import type { AccountState } from '../../components/AccountsView';
import type { SignInRequest } from '../../components/SignInForm';
import type { SignUpRequest } from '../../components/SignUpScreen';
import type { ConfirmOptions } from '../../components/step-prompt-props';
import { useT } from '../../components/translator-context';
import type { RedirectProviderInput } from '../../core/profiles/account-message-shapes';
import type { MessageNextStep } from '../../core/profiles/to-message-output';
import type { CodeEntry } from '../../core/vault/vault-messages';
import type { MessageClient, MessageReply } from '../extension-pages/create-message-client';
import { type AccountsAction, type AccountsState, accountsReducer, initialAccountsState } from './accounts-reducer';

export interface AccountsOptions {
  call: MessageClient;
  writeClipboard: (text: string) => Promise<void>;
  /** Whether the "Sign in" tab is open: the pools are asked for the first time it is (never before the codes). */
  active: boolean;
  /** The active tab, when Sidekey may act on its origin: offered "Sign in on this site" if the pool is bound to it. */
  tab?: { id: number; origin: string };
  /** The pool the popup was left on (entrypoints/popup/popup-memory.ts), chosen again when it is still listed. */
  chosenId?: string;
}

/** The steps that offer a choice of factor, where the account's last pick is preselected. */
const FACTOR_CHOICES = new Set<MessageNextStep['signInStep']>([
  'CONTINUE_SIGN_IN_WITH_MFA_SELECTION',
  'CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION',
  'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION',
]);

/**
 * The popup's accounts controller: sends the requests and hands every answer to {@link accountsReducer} with the
 * id of the request it answers, so an answer for a pool the user has since left is dropped, never shown. Lists
 * the pools once the tab opens, shows the chosen pool's session, and walks a sign-in one `nextStep` at a time
 * through `auth.signIn` / `auth.confirmSignIn`, picking up a sign-in left in progress (`auth.pendingSignIn`).
 */
export function useAccounts(options: AccountsOptions) {
  const { call } = options;
  const t = useT();
  const [state, dispatch] = useReducer(
    (current: AccountsState, action: AccountsAction) => accountsReducer(current, action, t),
    initialAccountsState,
  );
  const lastId = useRef(0);
  const asked = useRef(false);
  /**
   * The clientMetadata typed for the sign-in in progress. Amplify's confirmSignIn sends only the metadata it is
   * given, so the popup gives every answer the sign-in's own, and the pool's triggers see it on each round.
   */
  const signInMetadata = useRef<Record<string, string> | undefined>(undefined);
  const next = () => ++lastId.current;
  const isCurrent = (id: number) => id === lastId.current;
  const profileId = state.selectedId ?? '';

  /**
   * Asks the vault for codes (all of them, or with `input.id` that entry's alone) and offers, for request `id`, the
   * first entry `matches` picks. When the vault answers none (the entry was deleted) or cannot answer (locked), any
   * offer is withdrawn: its code would soon be refused, and a withdrawn offer is not asked for again every tick.
   */
  const offerFromVault = async (
    id: number,
    ask: { input?: { id: string }; matches: (entry: CodeEntry) => boolean },
  ) => {
    const codes = await call('vault.listCodes', ask.input);
    const entry = codes.ok ? codes.data.find(ask.matches) : undefined;
    dispatch(entry ? { type: 'vaultCodeFound', id, entry } : { type: 'vaultCodeGone', id });
  };

  /** At a TOTP code step: the vault entry bound to this pool's app client and user, if there is one. */
  const offerVaultCode = async (id: number, pool: string, username: string | undefined) => {
    const profile = state.pools?.find((candidate) => candidate.id === pool);
    if (!profile || !username) return;
    // The entry is not known yet: every entry is listed once, and the refreshes then ask for it by id.
    await offerFromVault(id, {
      matches: ({ cognito }) =>
        cognito?.userPoolId === profile.userPoolId &&
        cognito.clientId === profile.userPoolClientId &&
        cognito.username.toLowerCase() === username.toLowerCase(),
    });
  };

  const refreshingOffer = useRef(false);
  /**
   * Called by the popup's ticker: once the period of the offered vault code has ended, asks the vault for that
   * entry's codes again (that entry alone, by id), so a step left open for minutes never offers a code the pool has
   * stopped accepting.
   */
  const onTick = (now: number) => {
    const entry = state.savedTotp;
    if (!entry || entry.periodEndsAt === null || entry.periodEndsAt > now || refreshingOffer.current) return;
    refreshingOffer.current = true;
    const { id } = entry;
    void offerFromVault(lastId.current, { input: { id }, matches: (candidate) => candidate.id === id }).finally(() => {
      refreshingOffer.current = false;
    });
  };

  /**
   * Shows a step of the sign-in; at a TOTP code step offers the vault's code for the account, and at a factor
   * choice asks which answer this account picked last.
   */
  const showStep = async (id: number, pool: string, step: MessageNextStep, username: string | undefined) => {
    dispatch({ type: 'accountShown', id, account: { status: 'step', step, username } });
    if (step.signInStep === 'CONFIRM_SIGN_IN_WITH_TOTP_CODE') return offerVaultCode(id, pool, username);
    if (!FACTOR_CHOICES.has(step.signInStep) || !isCurrent(id)) return;
    const preferred = await call('auth.preferredFactor', { profileId: pool });
    // Only a hint: without it the prompt shows its choices unranked.
    if (preferred.ok && preferred.data) dispatch({ type: 'factorPreferred', id, choice: preferred.data });
  };

  /** Shows the pool's session, or the sign-in the worker still holds for it (a popup closed mid-sign-in). */
  const loadSession = async (id: number, pool: string, forceRefresh = false) => {
    const session = await call('auth.session', { profileId: pool, forceRefresh });
    if (!session.ok) return dispatch({ type: 'failed', id, failure: session, account: { status: 'signedOut' } });
    if (session.data.signedIn) {
      return dispatch({ type: 'accountShown', id, account: { status: 'signedIn', session: session.data } });
    }
    if (!isCurrent(id)) return;
    const pending = await call('auth.pendingSignIn', { profileId: pool });
    if (!pending.ok) return dispatch({ type: 'failed', id, failure: pending, account: { status: 'signedOut' } });
    const { data } = pending;
    if (data) return showStep(id, pool, data.nextStep, data.username);
    dispatch({ type: 'accountShown', id, account: { status: 'signedOut' } });
  };

  /** Lists the pools, choosing `chosenId` when it is listed (else the first), and shows the chosen pool's session. */
  const listPools = (chosenId: string | undefined) => {
    asked.current = true;
    const id = next();
    dispatch({ type: 'poolsAsked', id });
    void call('profiles.list').then((reply) => {
      if (!reply.ok) return dispatch({ type: 'failed', id, failure: reply });
      dispatch({ type: 'poolsListed', id, pools: reply.data, chosenId });
      const chosen = reply.data.find((pool) => pool.id === chosenId) ?? reply.data[0];
      if (chosen) void loadSession(id, chosen.id);
    });
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: the pools are asked once, when the tab first opens.
  useEffect(() => {
    if (options.active && !asked.current) listPools(options.chosenId);
  }, [options.active]);

  /** Runs one user action's requests under a fresh id, the form busy until its last answer. */
  const run = (work: (id: number) => Promise<void>) => {
    const id = next();
    dispatch({ type: 'started', id });
    void work(id).finally(() => dispatch({ type: 'settled', id }));
  };
  const stepFrom = async (id: number, reply: MessageReply<'auth.signIn'>, username: string | undefined) => {
    if (!reply.ok) return dispatch({ type: 'failed', id, failure: reply });
    const { nextStep } = reply.data;
    if (nextStep.signInStep !== 'DONE') {
      await showStep(id, profileId, nextStep, username);
      if (nextStep.signInStep !== 'CONFIRM_SIGN_UP' || !username || !isCurrent(id)) return;
      // Signing in sends no code to an unconfirmed account: ask for one, as Amplify's Authenticator does.
      const sent = await call('auth.resendSignUpCode', { profileId, username });
      if (!sent.ok) return dispatch({ type: 'failed', id, failure: sent });
      return dispatch({ type: 'codeSent', id, delivery: sent.data });
    }
    dispatch({ type: 'signedIn', id });
    await loadSession(id, profileId);
  };
  /** The password of the last sign-in, kept in this popup's memory only to sign in once its account is confirmed. */
  const lastSignIn = useRef<{ username: string; password: string } | undefined>(undefined);
  const open = (account: AccountState, announcement?: string) =>
    dispatch({ type: 'opened', id: next(), account, ...(announcement ? { announcement } : {}) });
  /** After a confirmation: signs in with the password just typed, else back to the form with the username. */
  const afterConfirmed = async (id: number, username: string) => {
    const kept = lastSignIn.current;
    lastSignIn.current = undefined;
    if (kept?.username !== username) {
      return dispatch({ type: 'accountShown', id, account: { status: 'signedOut', username } });
    }
    await stepFrom(id, await call('auth.signIn', { profileId, ...kept }), username);
  };
  const { account } = state;
  const pool = state.pools?.find((candidate) => candidate.id === state.selectedId);
  const { tab } = options;
  const siteHost = tab && pool?.origins.includes(tab.origin) ? new URL(tab.origin).host : undefined;

  return {
    announcement: state.announcement,
    onTick,
    /** Lists the pools again and chooses `profileId` (a pool just added from the popup). */
    showPool: (profileId: string) => listPools(profileId),
    accounts: {
      pools: state.pools,
      selectedId: state.selectedId,
      account,
      busy: state.busy,
      error: state.error,
      savedTotp: state.savedTotp,
      preferredChoice: state.preferredChoice,
      onSelect: (id: string) => {
        const requestId = next();
        signInMetadata.current = undefined;
        dispatch({ type: 'poolChosen', id: requestId, profileId: id });
        void loadSession(requestId, id);
      },
      onSignIn: (request: SignInRequest) => {
        lastSignIn.current =
          request.password !== undefined ? { username: request.username, password: request.password } : undefined;
        signInMetadata.current = request.options?.clientMetadata;
        run(async (id) => stepFrom(id, await call('auth.signIn', { profileId, ...request }), request.username));
      },
      onRedirect: (provider?: RedirectProviderInput) =>
        run(async (id) => {
          const reply = await call('auth.signInWithRedirect', { profileId, ...(provider ? { provider } : {}) });
          if (!reply.ok) return dispatch({ type: 'failed', id, failure: reply });
          await loadSession(id, profileId);
        }),
      onConfirm: (challengeResponse: string, confirmOptions?: ConfirmOptions) => {
        const metadata = signInMetadata.current;
        const sent = metadata ? { clientMetadata: metadata, ...confirmOptions } : confirmOptions;
        run(async (id) =>
          stepFrom(
            id,
            await call('auth.confirmSignIn', { profileId, challengeResponse, options: sent }),
            account.status === 'step' ? account.username : undefined,
          ),
        );
      },
      flows: {
        onCreateAccount: () => open({ status: 'signUp' }),
        onForgotPassword: (username?: string) => open({ status: 'forgotPassword', username }),
        onBackToSignIn: (username?: string) => open({ status: 'signedOut', username }),
        onSignUp: (request: SignUpRequest) =>
          run(async (id) => {
            const { username, password, userAttributes } = request;
            const reply = await call('auth.signUp', {
              profileId,
              username,
              password,
              options: { userAttributes, autoSignIn: true },
            });
            if (!reply.ok) return dispatch({ type: 'failed', id, failure: reply });
            const { nextStep } = reply.data;
            if (nextStep.signUpStep === 'CONFIRM_SIGN_UP') {
              const delivery = nextStep.codeDeliveryDetails;
              const screen = { status: 'confirmSignUp', username, delivery, autoSignIn: true } as const;
              return dispatch({ type: 'accountShown', id, account: screen });
            }
            lastSignIn.current = { username, password };
            await afterConfirmed(id, username);
          }),
        onConfirmSignUp: (confirmationCode: string) =>
          run(async (id) => {
            if (account.status !== 'confirmSignUp') return;
            const { username } = account;
            const reply = await call('auth.confirmSignUp', { profileId, username, confirmationCode });
            if (!reply.ok) return dispatch({ type: 'failed', id, failure: reply });
            if (reply.data.nextStep.signUpStep === 'COMPLETE_AUTO_SIGN_IN') {
              const signedIn = await call('auth.autoSignIn', { profileId });
              // A worker stopped since sign-up forgot it: the person signs in with the password instead.
              if (signedIn.ok || signedIn.code !== 'AutoSignInException') return stepFrom(id, signedIn, username);
            }
            dispatch({ type: 'announced', text: t('announce_account_confirmed') });
            await afterConfirmed(id, username);
          }),
        onResendSignUpCode: () =>
          run(async (id) => {
            if (account.status !== 'confirmSignUp') return;
            const reply = await call('auth.resendSignUpCode', { profileId, username: account.username });
            if (!reply.ok) return dispatch({ type: 'failed', id, failure: reply });
            dispatch({ type: 'codeSent', id, delivery: reply.data });
          }),
        onSendResetCode: (username: string) =>
          run(async (id) => {
            const reply = await call('auth.resetPassword', { profileId, username });
            if (!reply.ok) return dispatch({ type: 'failed', id, failure: reply });
            const delivery = reply.data.nextStep.codeDeliveryDetails;
            dispatch({ type: 'accountShown', id, account: { status: 'confirmResetPassword', username, delivery } });
          }),
        onConfirmResetPassword: (input: { confirmationCode: string; newPassword: string }) =>
          run(async (id) => {
            if (account.status !== 'confirmResetPassword') return;
            const { username } = account;
            const reply = await call('auth.confirmResetPassword', { profileId, username, ...input });
            if (!reply.ok) return dispatch({ type: 'failed', id, failure: reply });
            lastSignIn.current = { username, password: input.newPassword };
            await afterConfirmed(id, username);
          }),
      },
      onRestart: () => {
        signInMetadata.current = undefined;
        run(async (id) => {
          // The worker forgets the sign-in too, or the next popup would resume it.
          const reply = await call('auth.cancelSignIn', { profileId });
          if (!reply.ok) dispatch({ type: 'failed', id, failure: reply });
          dispatch({ type: 'signedOut', id });
        });
      },
      onSaveTotp: (uri: string) =>
        run(async (id) => {
          const reply = await call('vault.addEntry', { uri, origins: pool?.origins ?? [] });
          if (!reply.ok) return dispatch({ type: 'failed', id, failure: reply });
          dispatch({ type: 'totpSaved', id, entry: reply.data });
        }),
      onCopyToken: (token: 'idToken' | 'accessToken') => {
        const text = account.status === 'signedIn' ? account.session[token] : undefined;
        if (!text) return;
        const id = token === 'idToken';
        options.writeClipboard(text).then(
          () =>
            dispatch({ type: 'announced', text: t(id ? 'announce_copied_id_token' : 'announce_copied_access_token') }),
          () =>
            dispatch({
              type: 'announced',
              text: t(id ? 'announce_copy_id_token_failed' : 'announce_copy_access_token_failed'),
            }),
        );
      },
      onRefresh: () => run((id) => loadSession(id, profileId, true)),
      site:
        tab && siteHost
          ? {
              host: siteHost,
              onSignIn: () =>
                run(async (id) => {
                  const reply = await call('auth.signInSite', { profileId, tabId: tab.id });
                  if (!reply.ok) return dispatch({ type: 'failed', id, failure: reply });
                  dispatch({
                    type: 'signedOut',
                    id,
                    announcement: t('announce_signed_in_site', [reply.data.username, siteHost]),
                  });
                }),
            }
          : undefined,
      onSignOut: ({ global }: { global: boolean }) =>
        run(async (id) => {
          const reply = await call('auth.signOut', { profileId, global });
          if (!reply.ok) return dispatch({ type: 'failed', id, failure: reply });
          dispatch({
            type: 'signedOut',
            id,
            announcement: t(global ? 'announce_signed_out_everywhere' : 'announce_signed_out'),
          });
        }),
    },
  };
}
