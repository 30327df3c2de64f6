import { useEffect, useRef, useState } from 'preact/hooks';
import type { AccountState, AccountsViewProps } from '../../components/AccountsView';
import type { SignInRequest } from '../../components/SignInForm';
import type { ConfirmOptions } from '../../components/step-prompt-props';
import type { Reply } from '../../core/messages/reply';
import type { PoolProfile } from '../../core/profiles/pool-profile';
import type { MessageSignInOutput } from '../../core/profiles/to-message-output';
import type { CodeEntry } from '../../core/vault/vault-messages';
import type { MessageClient } from '../shared/create-message-client';
import { describeFailure, RESTART_CODES } from './describe-failure';

export interface AccountsOptions {
  call: MessageClient;
  writeClipboard: (text: string) => Promise<void>;
  /** Whether the "Sign in" tab is open: the pools are asked for the first time it is (never before the codes). */
  active: boolean;
}

type Failure = { ok: false; code: string; message: string };

/**
 * The popup's accounts controller: lists the pools once the tab opens, shows the chosen pool's session, and walks
 * a sign-in one `nextStep` at a time through `auth.signIn` / `auth.confirmSignIn`, picking up a sign-in left in
 * progress (`auth.pendingSignIn`) when the popup is opened again.
 */
export function useAccounts(options: AccountsOptions) {
  const { call } = options;
  const [pools, setPools] = useState<PoolProfile[]>();
  const [selectedId, setSelectedId] = useState<string>();
  const [account, setAccount] = useState<AccountState>({ status: 'loading' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AccountsViewProps['error']>();
  const [savedTotp, setSavedTotp] = useState<CodeEntry>();
  const [announcement, setAnnouncement] = useState<string>();
  const asked = useRef(false);
  const pool = pools?.find((candidate) => candidate.id === selectedId);

  // Cognito also answers NotAuthorizedException to a challenge answered on a spent Session, so mid-step it may
  // mean "start again" as well as "wrong password".
  // @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_RespondToAuthChallenge.html
  const fail = (reply: Failure) => {
    const midStep = account.status === 'step' && reply.code === 'NotAuthorizedException';
    setError({ text: describeFailure(reply), restart: RESTART_CODES.has(reply.code) || midStep });
  };

  const loadSession = async (profileId: string, forceRefresh = false) => {
    const reply = await call('auth.session', { profileId, forceRefresh });
    if (!reply.ok) {
      fail(reply);
      return setAccount({ status: 'signedOut' });
    }
    if (reply.data.signedIn) return setAccount({ status: 'signedIn', session: reply.data });
    // A popup closed mid-sign-in (to fetch a code) left the sign-in in the worker: go on where the user was.
    const pending = await call('auth.pendingSignIn', { profileId });
    if (!pending.ok) fail(pending);
    if (!pending.ok || !pending.data) return setAccount({ status: 'signedOut' });
    setAccount({ status: 'step', step: pending.data.nextStep, username: pending.data.username });
  };

  useEffect(() => {
    if (!options.active || asked.current) return;
    asked.current = true;
    void call('profiles.list').then((reply) => {
      if (!reply.ok) {
        fail(reply);
        return setPools([]);
      }
      setPools(reply.data);
      const first = reply.data[0];
      if (!first) return;
      setSelectedId(first.id);
      void loadSession(first.id);
    });
  }, [options.active]);

  /** Runs one request with the form busy and the last error cleared. */
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };
  const stepFrom = async (reply: Reply<MessageSignInOutput>, username: string | undefined) => {
    if (!reply.ok) return fail(reply);
    if (reply.data.nextStep.signInStep !== 'DONE')
      return setAccount({ status: 'step', step: reply.data.nextStep, username });
    setSavedTotp(undefined);
    setAnnouncement('Signed in.');
    await loadSession(selectedId!);
  };
  const profileId = selectedId ?? '';

  return {
    announcement,
    accounts: {
      pools,
      selectedId,
      account,
      busy,
      error,
      savedTotp,
      onSelect: (id: string) => {
        setSelectedId(id);
        setError(undefined);
        setSavedTotp(undefined);
        setAccount({ status: 'loading' });
        void loadSession(id);
      },
      onSignIn: (request: SignInRequest) =>
        void run(async () => stepFrom(await call('auth.signIn', { profileId, ...request }), request.username)),
      onRedirect: () =>
        void run(async () => {
          const reply = await call('auth.signInWithRedirect', { profileId });
          if (!reply.ok) return fail(reply);
          await loadSession(profileId);
        }),
      onConfirm: (challengeResponse: string, confirmOptions?: ConfirmOptions) =>
        void run(async () =>
          stepFrom(
            await call('auth.confirmSignIn', { profileId, challengeResponse, options: confirmOptions }),
            account.status === 'step' ? account.username : undefined,
          ),
        ),
      onRestart: () =>
        void run(async () => {
          setSavedTotp(undefined);
          // The worker forgets the sign-in too, or the next popup would resume it.
          const reply = await call('auth.cancelSignIn', { profileId });
          if (!reply.ok) fail(reply);
          setAccount({ status: 'signedOut' });
        }),
      onSaveTotp: (uri: string) =>
        void run(async () => {
          const reply = await call('vault.addEntry', { uri, origins: pool?.origins ?? [] });
          if (!reply.ok) return fail(reply);
          setSavedTotp(reply.data);
          setAnnouncement('Saved in Sidekey.');
        }),
      onCopyToken: (token: 'idToken' | 'accessToken') => {
        const text = account.status === 'signedIn' ? account.session[token] : undefined;
        const name = token === 'idToken' ? 'ID token' : 'access token';
        if (!text) return;
        options.writeClipboard(text).then(
          () => setAnnouncement(`Copied the ${name}.`),
          () => setAnnouncement(`Could not copy the ${name}.`),
        );
      },
      onRefresh: () => void run(() => loadSession(profileId, true)),
      onSignOut: ({ global }: { global: boolean }) =>
        void run(async () => {
          const reply = await call('auth.signOut', { profileId, global });
          if (!reply.ok) return fail(reply);
          setAccount({ status: 'signedOut' });
          setAnnouncement(global ? 'Signed out on every device.' : 'Signed out.');
        }),
    },
  };
}
