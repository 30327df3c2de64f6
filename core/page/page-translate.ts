/**
 * The words the filler shows on a page, by their keys in `public/_locales/<language>/messages.json`
 * (docs/i18n.md §2). core/ stays free of the browser: the filler content script passes `browser.i18n.getMessage`
 * in as {@link PageTranslate}, which compiles only while every key below is in the English file.
 */
export type PageWordKey =
  // Accessible names (docs/automation-contract.md §3): each begins with "Sidekey" in every language.
  | 'control_fill_sign_in'
  | 'control_sign_in_as'
  | 'control_fill_and_sign_in_as'
  | 'control_fill_code'
  | 'control_fill_code_for'
  | 'control_save_authenticator_key'
  | 'control_save_key_for'
  | 'control_save_key'
  | 'control_suggest_password'
  | 'control_use_strong_password'
  | 'control_save_sign_in'
  | 'control_save_sign_in_for'
  | 'control_update_sign_in'
  | 'control_update_sign_in_for'
  | 'control_try_again'
  | 'control_close'
  // What the lists show, and the notes above them.
  | 'page_no_saved_sign_in'
  | 'page_key_unreadable'
  | 'page_key_saved'
  | 'page_password_no_username'
  | 'page_password_will_offer'
  | 'page_password_will_save'
  | 'page_control_tampered'
  | 'page_unexpected_answer'
  // Why nothing was filled (describe-fill-refusal.ts).
  | 'page_refused_untrusted_event'
  | 'page_refused_insecure_origin'
  | 'page_refused_cross_origin_frame'
  | 'page_refused_disabled'
  | 'page_refused_hidden'
  | 'page_refused_faded'
  | 'page_refused_zero_size'
  | 'page_refused_covered'
  | 'page_refused_code_length'
  // Failed page requests.
  | 'page_forbidden_sender'
  | 'page_origin_not_allowed'
  | 'page_locked'
  | 'page_uninitialised'
  | 'page_entry_not_found'
  | 'page_origin_not_bound'
  | 'page_sign_in_exists'
  | 'page_key_not_time_based'
  | 'failure_unavailable'
  | 'failure_full'
  | 'failure_vault_corrupt'
  | 'failure_storage_corrupt';

/** Looks a page word up in the browser's language; `substitutions` fill its placeholders in order. */
export type PageTranslate = (key: PageWordKey, substitutions?: string | string[]) => string;
