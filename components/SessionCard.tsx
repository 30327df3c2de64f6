import type { SessionSummary } from '../core/profiles/account-messages';

/** "in 12 min", "in 40 s": how long the tokens stay valid, counted down by the popup's ticker. */
export function timeLeft(expiresAt: number, now: number): string {
  const seconds = Math.floor((expiresAt - now) / 1000);
  if (seconds <= 0) return 'expired';
  if (seconds < 120) return `in ${seconds} s`;
  return `in ${Math.floor(seconds / 60)} min`;
}

/** Who is signed in to the pool and until when, with the token and sign-out actions. */
export function SessionCard(props: {
  session: SessionSummary;
  now: number;
  busy: boolean;
  onCopy: (token: 'idToken' | 'accessToken') => void;
  onRefresh: () => void;
  onSignOut: (options: { global: boolean }) => void;
}) {
  const { session, now } = props;
  const until = session.expiresAt;
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
          disabled={props.busy}
          onClick={() => props.onSignOut({ global: true })}
        >
          Sign out everywhere
        </button>
      </div>
    </section>
  );
}
