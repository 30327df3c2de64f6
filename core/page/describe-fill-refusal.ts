import type { FillOutcome } from './fill-fields';
import type { PageErrorCode } from './page-messages';
import type { PageTranslate, PageWordKey } from './page-translate';

const SENTENCES: Record<Exclude<FillOutcome, { ok: true }>['reason'], PageWordKey> = {
  'untrusted-event': 'page_refused_untrusted_event',
  'insecure-origin': 'page_refused_insecure_origin',
  'cross-origin-frame': 'page_refused_cross_origin_frame',
  disabled: 'page_refused_disabled',
  hidden: 'page_refused_hidden',
  faded: 'page_refused_faded',
  'zero-size': 'page_refused_zero_size',
  covered: 'page_refused_covered',
  'code-length': 'page_refused_code_length',
};

/**
 * The sentence for each failure a page request can meet: every {@link PageErrorCode}, and the transport's and the
 * vault's storage failures; any other code keeps the worker's (English) message.
 */
const FAILURES: Record<
  PageErrorCode | 'Unavailable' | 'OtpUriBadType' | 'VaultFull' | 'VaultCorrupt' | 'StorageCorrupt',
  PageWordKey
> = {
  ForbiddenSender: 'page_forbidden_sender',
  PageOriginNotAllowed: 'page_origin_not_allowed',
  VaultLocked: 'page_locked',
  VaultUninitialised: 'page_uninitialised',
  Unavailable: 'failure_unavailable',
  PageEntryNotFound: 'page_entry_not_found',
  PageOriginNotBound: 'page_origin_not_bound',
  VaultDuplicate: 'page_sign_in_exists',
  OtpUriBadType: 'page_key_not_time_based',
  VaultFull: 'failure_full',
  VaultCorrupt: 'failure_vault_corrupt',
  StorageCorrupt: 'failure_storage_corrupt',
};

/** The sentence the inline control shows when a fill was refused. */
export function describeFillRefusal(outcome: Exclude<FillOutcome, { ok: true }>, t: PageTranslate): string {
  return t(SENTENCES[outcome.reason]);
}

/** The sentence for a failed page request, by its code (the worker's message for a code a person never meets). */
export function describeRequestFailure(failure: { code: string; message: string }, t: PageTranslate): string {
  const key = Object.hasOwn(FAILURES, failure.code) ? FAILURES[failure.code as keyof typeof FAILURES] : undefined;
  return key ? t(key) : failure.message;
}
