import type { ControlChoice } from './control-port';
import { describeRequestFailure } from './describe-fill-refusal';
import type { PageOffer } from './page-messages';

/** Offered instead of entries while the vault is locked: asks the worker again once the user has unlocked it. */
export const RETRY_CHOICE: ControlChoice = {
  id: 'retry',
  name: 'Sidekey: try again',
};

/** The sentence a control shows while the vault cannot offer anything (locked or never set up), else undefined. */
export function lockedVaultNote(offer: PageOffer): string | undefined {
  if (offer.vault === 'unlocked') return undefined;
  return describeRequestFailure({ code: offer.vault === 'locked' ? 'VaultLocked' : 'VaultUninitialised', message: '' });
}
