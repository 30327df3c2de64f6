/** Shown when the vault is open but holds no entries: how to add the first one. */
export function EmptyState(props: { optionsUrl: string }) {
  return (
    <section class="empty-state" aria-labelledby="empty-state-title">
      <h2 id="empty-state-title">No codes yet</h2>
      <p>
        Add an authenticator code by pasting an <code>otpauth://</code> link, reading a QR image, or importing a backup.
      </p>
      <a class="button primary" href={props.optionsUrl} target="_blank" rel="noopener">
        Add a code in Settings
      </a>
    </section>
  );
}
