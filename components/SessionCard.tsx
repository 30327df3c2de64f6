import { useState } from 'preact/hooks';
import type { SessionSummary } from '../core/profiles/account-messages';

/** "in 12 min", "in 40 s": how long the tokens stay valid, counted down by the popup's ticker. */
export function timeLeft(expiresAt: number, now: number): string {
  const seconds = Math.floor((expiresAt - now) / 1000);
  if (seconds <= 0) return 'expired';
  if (seconds < 120) return `in ${seconds} s`;
  return `in ${Math.floor(seconds / 60)} min`;
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
  const { session, now, site } = props;
  const until = session.expiresAt;
  const [askingEverywhere, setAskingEverywhere] = useState(false);
  return (
    <section class="session" aria-labelledby="session-title">
      <h2 id="session-title">
        Signed in as <span class="username">{session.username}</span>
      </h2>
      {until !== undefined && (
        <p class="expiry">
          Until <time dateTime={new Date(until).toISOString()}>{new Date(until).toLocaleTimeString()}</time> (
          <span class="time-left">{timeLeft(until, now)}</span>)
        </p>
      )}
      {site && (
        <div class="site-sign-in">
          <button type="button" class="primary sign-in-site" disabled={props.busy} onClick={site.onSignIn}>
            Sign in on this site
          </button>
          <p class="hint">
            Hands this session to <strong>{site.host}</strong>, which reloads signed in as {session.username}; Sidekey
            then lets go of it (sign in here again for a session of its own).
          </p>
        </div>
      )}
      <div class="actions">
        <button type="button" class="copy-id" disabled={!session.idToken} onClick={() => props.onCopy('idToken')}>
          Copy ID token
        </button>
        <button
          type="button"
          class="copy-access"
          disabled={!session.accessToken}
          onClick={() => props.onCopy('accessToken')}
        >
          Copy access token
        </button>
        <button type="button" class="refresh" disabled={props.busy} onClick={props.onRefresh}>
          Refresh
        </button>
        <button type="button" class="sign-out" disabled={props.busy} onClick={() => props.onSignOut({ global: false })}>
          Sign out
        </button>
        <button
          type="button"
          class="sign-out-everywhere"
          disabled={props.busy || askingEverywhere}
          onClick={() => setAskingEverywhere(true)}
        >
          Sign out everywhere
        </button>
      </div>
      {askingEverywhere && (
        <div class="confirm" role="alertdialog" aria-labelledby="everywhere-question">
          <p id="everywhere-question">Sign {session.username} out on every device and app, not only in Sidekey?</p>
          <button
            type="button"
            class="danger confirm-everywhere"
            disabled={props.busy}
            onClick={() => {
              setAskingEverywhere(false);
              props.onSignOut({ global: true });
            }}
          >
            Sign out on every device
          </button>
          <button type="button" class="cancel-everywhere" onClick={() => setAskingEverywhere(false)}>
            Cancel
          </button>
        </div>
      )}
    </section>
  );
}
