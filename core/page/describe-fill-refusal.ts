import type { FillOutcome } from './fill-fields';

const SENTENCES: Record<Exclude<FillOutcome, { ok: true }>['reason'], string> = {
  'untrusted-event': 'Sidekey only fills when you click or press a key yourself.',
  'insecure-origin': 'Sidekey does not fill on this page: it is not https (plain http only on this computer).',
  'cross-origin-frame': 'Sidekey does not fill inside a frame from another site.',
  disabled: 'Sidekey did not fill: the field does not accept typing.',
  hidden: 'Sidekey did not fill: the field is hidden.',
  faded: 'Sidekey did not fill: the field is nearly transparent, which is how pages trick people into clicking.',
  'zero-size': 'Sidekey did not fill: the field has no size on the page.',
  covered: 'Sidekey did not fill: something else on the page covers the field.',
  'code-length': 'Sidekey did not fill: the code has a different number of digits than the page has boxes.',
};

/** The sentence the inline control shows when a fill was refused. */
export function describeFillRefusal(outcome: Exclude<FillOutcome, { ok: true }>): string {
  return SENTENCES[outcome.reason];
}

/** The sentence for a failed page request (the worker's message, or a plain one for a locked vault). */
export function describeRequestFailure(failure: { code: string; message: string }): string {
  if (failure.code === 'VaultLocked') return 'Sidekey is locked: unlock it from its toolbar button, then choose again.';
  if (failure.code === 'VaultUninitialised') return 'Set Sidekey up from its toolbar button first.';
  return failure.message;
}
