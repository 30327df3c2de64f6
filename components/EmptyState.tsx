/** What a new user sees: what Sidekey is and what it will do for them. Props in, nothing out. */
export function EmptyState(props: { version?: string }) {
  return (
    <section class="empty-state" aria-labelledby="empty-state-title">
      <h1 id="empty-state-title">Sidekey</h1>
      <p>
        Signs you in to websites that use Amazon Cognito — with passwords, one-time codes and passkeys — and keeps your
        authenticator codes.
      </p>
      <p class="next">
        Nothing is set up yet. Add a user pool to sign in, or add an authenticator code from a QR code or an
        <code>otpauth://</code> link.
      </p>
      {props.version && <p class="version">Version {props.version}</p>}
    </section>
  );
}
