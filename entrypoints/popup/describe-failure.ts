/** People-facing text for failure codes the pages show; anything else keeps the worker's own message. */
const TEXT: Record<string, string> = {
  VaultWrongPassphrase: 'That passphrase is not right. Check it and try again.',
  VaultWeakPassphrase: 'That passphrase is too short.',
  VaultLocked: 'Sidekey is locked. Unlock it first.',
  VaultUninitialised: 'Set a passphrase first (open the Sidekey popup).',
  VaultDuplicate: 'That entry is already in Sidekey.',
  VaultNotFound: 'That entry no longer exists.',
  VaultFull: 'The browser has no room left for Sidekey’s data.',
  Unavailable: 'Sidekey’s background worker could not be reached. Try again.',
};

/** One place that turns a failed reply into the sentence shown next to the form that caused it. */
export function describeFailure(failure: { code: string; message: string }): string {
  return TEXT[failure.code] ?? failure.message;
}
