import type { ControlChoice } from './control-port';
import { describeRequestFailure } from './describe-fill-refusal';
import type { PageOffer } from './page-messages';
import type { PageTranslate } from './page-translate';

/** The id of the choice offered instead of entries while the vault is locked. */
export const RETRY_CHOICE_ID = 'retry';

/** Offered instead of entries while the vault is locked: asks the worker again once the user has unlocked it. */
export function retryChoice(t: PageTranslate): ControlChoice {
  return { id: RETRY_CHOICE_ID, name: t('control_try_again') };
}

/** The sentence a control shows while the vault cannot offer anything (locked or never set up), else undefined. */
export function lockedVaultNote(offer: PageOffer, t: PageTranslate): string | undefined {
  if (offer.vault === 'unlocked') return undefined;
  const code = offer.vault === 'locked' ? 'VaultLocked' : 'VaultUninitialised';
  return describeRequestFailure({ code, message: '' }, t);
}
