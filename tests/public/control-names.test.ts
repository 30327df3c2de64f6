import { describe, expect, it } from 'vitest';
import type { MessageKey } from '../../components/translator-context';
import { english, readLocale } from '../support/translate-messages';

/*
 * Tests outside this repository find Sidekey's controls by accessible name (docs/automation-contract.md §3, §4).
 * Every such name is a `control_…` message: it begins with "Sidekey" in every language, and reads in English
 * exactly as the contract lists it.
 */
const LANGUAGES = ['en', 'de'];

/** The contract's names, each with the message that makes it and what fills its placeholder. */
const CONTRACT: [string, MessageKey, string?][] = [
  ['Sidekey: fill sign-in', 'control_fill_sign_in'],
  ['Sidekey: sign in as alice', 'control_sign_in_as', 'alice'],
  ['Sidekey: fill and sign in as alice', 'control_fill_and_sign_in_as', 'alice'],
  ['Sidekey: fill code', 'control_fill_code'],
  ['Sidekey: fill code for alice', 'control_fill_code_for', 'alice'],
  ['Sidekey: save authenticator key', 'control_save_authenticator_key'],
  ['Sidekey: save key for alice', 'control_save_key_for', 'alice'],
  ['Sidekey: save key', 'control_save_key'],
  ['Sidekey: suggest password', 'control_suggest_password'],
  ['Sidekey: use a strong password', 'control_use_strong_password'],
  ['Sidekey: save sign-in', 'control_save_sign_in'],
  ['Sidekey: save sign-in for alice', 'control_save_sign_in_for', 'alice'],
  ['Sidekey: update saved sign-in', 'control_update_sign_in'],
  ['Sidekey: update saved sign-in for alice', 'control_update_sign_in_for', 'alice'],
  ['Sidekey: close', 'control_close'],
  ['Sidekey: try again', 'control_try_again'],
  ['Sidekey: add a passkey', 'control_passkey_add'],
  ['Sidekey: delete passkey Laptop', 'control_passkey_delete', 'Laptop'],
  ['Sidekey: confirm deleting passkey Laptop', 'control_passkey_confirm_delete', 'Laptop'],
  ['Sidekey: set up an authenticator app', 'control_set_up_authenticator'],
  ['Sidekey: verify the authenticator app', 'control_verify_authenticator'],
  ['Sidekey: make the authenticator app the preferred second step', 'control_prefer_authenticator'],
  ['Sidekey: forget device Laptop', 'control_forget_device', 'Laptop'],
  ['Sidekey: confirm forgetting device Laptop', 'control_confirm_forget_device', 'Laptop'],
  ['Sidekey: change password', 'control_change_password'],
  ['Sidekey: add user pool', 'control_add_site_pool'],
  ['Sidekey: add anyway', 'control_add_site_pool_anyway'],
  ['Sidekey: not now', 'control_dismiss_site_pool'],
];

describe('the controls’ accessible names', () => {
  it.each(LANGUAGES)('begin with "Sidekey" in %s', (lang) => {
    const controls = Object.entries(readLocale(lang)).filter(([key]) => key.startsWith('control_'));
    expect(controls.length).toBe(CONTRACT.length);
    for (const [key, value] of controls) expect(value.message, `${key} in ${lang}`).toMatch(/^Sidekey\b/);
  });

  it('read in English exactly as the automation contract lists them', () => {
    for (const [name, key, value] of CONTRACT)
      expect(english(key, value === undefined ? undefined : [value])).toBe(name);
  });
});
