import { useState } from 'preact/hooks';
import type { SessionSummary } from '../core/profiles/account-message-shapes';
import { sentenceWith } from './sentence-with';
import { type Translate, useT } from './translator-context';

/** "in 12 min", "in 40 s": how long the tokens stay valid, counted down by the popup's ticker. */
export function timeLeft(expiresAt: number, now: number, t: Translate): string {
  const seconds = Math.floor((expiresAt - now) / 1000);
  if (seconds <= 0) return t('session_expired');
  if (seconds < 120) return t('session_left_seconds', String(seconds));
  return t('session_left_minutes', String(Math.floor(seconds / 60)));
}

/** The active tab, when it is one of the pool's sites: "Sign in on this site" hands it the session. */
export interface SessionSite {
  /** The site's host, as the person knows it (`localhost:9230`, `app.example.com`). */
  host: string;
  onSignIn: () => void;
}

/**
 * Who is signed in to the pool and until when, with the token and sign-out actions, and — on one of the pool's
 * sites — "Sign in on this site". Signing out everywhere asks first: it ends the user's sessions on every device.
 */
export function SessionCard(props: {
  session: SessionSummary;
  now: number;
  busy: boolean;
  site?: SessionSite;
  onCopy: (token: 'idToken' | 'accessToken') => void;
  onRefresh: () => void;
  onSignOut: (options: { global: boolean }) => void;
}) {
  const t = useT();
  const { session, now, site } = props;
  const until = session.expiresAt;
  const [askingEverywhere, setAskingEverywhere] = useState(false);
  return (
    <section class="session" aria-labelledby="session-title">
      <h2 id="session-title">
        {sentenceWith(t, 'session_signed_in_as', <span class="username">{session.username}</span>)}
      </h2>
      {until !== undefined && (
        <p class="expiry">
          {sentenceWith(
            t,
            'session_until',
            <time dateTime={new Date(until).toISOString()}>{new Date(until).toLocaleTimeString()}</time>,
            <span class="time-left">{timeLeft(until, now, t)}</span>,
          )}
        </p>
      )}
      {site && (
        <div class="site-sign-in">
          <button type="button" class="primary sign-in-site" disabled={props.busy} onClick={site.onSignIn}>
            {t('session_sign_in_site')}
          </button>
          <p class="hint">
            {sentenceWith(t, 'session_sign_in_site_hint', <strong>{site.host}</strong>, session.username ?? '')}
          </p>
        </div>
      )}
      <div class="actions">
        <button type="button" class="copy-id" disabled={!session.idToken} onClick={() => props.onCopy('idToken')}>
          {t('session_copy_id_token')}
        </button>
        <button
          type="button"
          class="copy-access"
          disabled={!session.accessToken}
          onClick={() => props.onCopy('accessToken')}
        >
          {t('session_copy_access_token')}
        </button>
        <button type="button" class="refresh" disabled={props.busy} onClick={props.onRefresh}>
          {t('session_refresh')}
        </button>
        <button type="button" class="sign-out" disabled={props.busy} onClick={() => props.onSignOut({ global: false })}>
          {t('session_sign_out')}
        </button>
        <button
          type="button"
          class="sign-out-everywhere"
          disabled={props.busy || askingEverywhere}
          onClick={() => setAskingEverywhere(true)}
        >
          {t('session_sign_out_everywhere')}
        </button>
      </div>
      {askingEverywhere && (
        <div class="confirm" role="alertdialog" aria-labelledby="everywhere-question">
          <p id="everywhere-question">{t('session_everywhere_question', session.username ?? '')}</p>
          <button
            type="button"
            class="danger confirm-everywhere"
            disabled={props.busy}
            onClick={() => {
              setAskingEverywhere(false);
              props.onSignOut({ global: true });
            }}
          >
            {t('session_sign_out_every_device')}
          </button>
          <button type="button" class="cancel-everywhere" onClick={() => setAskingEverywhere(false)}>
            {t('action_cancel')}
          </button>
        </div>
      )}
    </section>
  );
}
