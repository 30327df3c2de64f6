/**
 * The content scripts' message API: every `page.*` request the worker answers for the detector and the filler,
 * with its input, output and failure codes. This is a separate family from the extension pages' requests
 * (docs/messages.md): the worker routes `page.*` through its own sender check (core/page-access/
 * check-page-sender.ts) and answers nothing else to a content script.
 *
 * The worker never takes an origin from a message: it reads the frame's origin from the browser's sender record
 * (parsed, never prefix-matched), accepts only `https:` or loopback `http:`, the top frame or a same-origin frame
 * whose top frame is on that origin, and only origins bound to an account (a user pool's sites or hosted UI, a
 * saved sign-in's or a vault entry's origins). Every answer is scoped to that origin: a content script never
 * reads another origin's entries, tokens or session state, and secrets (a password, a code) leave the worker only
 * in `page.fill`, for exactly the entry the user chose.
 *
 * Replies travel as `{ok: true, data} | {ok: false, code, message}` (core/messages/reply.ts).
 */
import type { PasswordPolicy } from '../profiles/password-policy';
import type { ShowControl } from './control-port';
import type { PageTranslate } from './page-translate';
import type { PageStorage } from './read-amplify-storage';
import type { FactorName, PageKind, PageStep } from './sign-in-page';

/** A saved sign-in the page may offer, without its password. */
export interface OfferedSignIn {
  /** Opaque id to pass back to `page.fill`. */
  id: string;
  username: string;
  label: string;
}

/** A vault code entry the page may offer, without its secret or code. */
export interface OfferedCode {
  id: string;
  issuer: string;
  account: string;
  /** The entry is bound to this account of a user pool (pool + username), not only to the origin. */
  cognitoUsername: string | null;
}

/** What Sidekey can offer on this page: the filler shows its inline controls from this, never from page data. */
export interface PageOffer {
  /** The frame's origin as the worker read it from the sender. */
  origin: string;
  /** `locked`: offers need the vault unlocked first (the control says so); lists are then empty. */
  vault: 'uninitialised' | 'locked' | 'unlocked';
  /** The step as the filler recognised it, echoed back. */
  step: PageStep;
  signIns: OfferedSignIn[];
  codes: OfferedCode[];
  /** Whether a code can be filled here now (a TOTP/HOTP entry bound to this origin or its pool's account). */
  codeAvailable: boolean;
  /**
   * What a generated password must meet here: the policy of the pool serving this origin as its profile gives
   * it (the strictest of them when several serve it), else Cognito's default.
   */
  passwordPolicy: PasswordPolicy;
  /**
   * On a factor choice (`selectMfaType`, `selectFirstFactor`): the factor to preselect for `username` — the one the
   * account last picked, else one Sidekey can complete itself (TOTP when it holds a code for the account, the
   * password when it holds the sign-in) — or null to leave the page's own default. Null on every other step.
   */
  preferredFactor: FactorName | null;
}

/** How a sign-in the page accepted stands against the saved ones of this origin (by username). */
export type SignInComparison =
  | { status: 'unsaved' }
  /** `saved`: the same password is saved; `changed`: a sign-in of that username holds another password. */
  | { status: 'saved' | 'changed'; signIn: OfferedSignIn };

/** The steps on which a person picks a factor, and so the steps `page.rememberFactor` takes. */
export type FactorStep = Extract<PageStep, 'selectMfaType' | 'selectFirstFactor'>;

/** A value to write into the page, answered only after the user chose it (a trusted click or key). */
type FillChoice = { kind: 'sign-in'; id: string } | { kind: 'code'; id: string };

export type FillValue =
  | { kind: 'sign-in'; username: string; password: string }
  /** `nextCode`: the following period's code, for a fill near the end of a period. */
  | { kind: 'code'; code: string; nextCode: string; periodEndsAt: number | null };

/**
 * An authenticator key the page showed on a TOTP set-up step: the `otpauth://` URI read from its QR code, or the
 * plain Base32 secret it prints. Stored bound to this origin and, when the page's pool is known, to the account.
 */
export type CapturedTotpSecret =
  | { uri: string; account: string }
  | { secret: string; account: string; issuer?: string };

/** The request map: `type` → its input and output. Send as `{type, input}`. */
export interface PageRequests {
  /** Detector → worker: this frame shows a sign-in page; inject the filler (once per document). */
  'page.inject': { input: { kind: PageKind | 'unknown' }; output: { injected: boolean } };
  /** Filler → worker: what to offer on this page for the step it shows. `username`: narrow codes to that account. */
  'page.offer': { input: { step: PageStep; username?: string }; output: PageOffer };
  /** Filler → worker, on the user's choice: the password or current code of exactly that entry. */
  'page.fill': { input: FillChoice; output: FillValue };
  /**
   * Filler → worker, on the user's click: store a captured TOTP key; answers its current code to verify with.
   * `boundToAccount` is false when several pools serve the origin, so the account's pool is not known yet.
   */
  'page.saveTotpSecret': {
    input: CapturedTotpSecret;
    output: { id: string; code: string; nextCode: string; periodEndsAt: number | null; boundToAccount: boolean };
  };
  /**
   * Filler → worker, once the set-up succeeded: bind the key just captured (`id`, not yet bound to an account) to
   * its account on the pool of the app client the page signed in with (read from the page's Amplify storage).
   */
  'page.bindEntry': { input: { id: string; userPoolClientId: string }; output: OfferedCode };
  /**
   * Filler → worker, on the user's click after a sign-in succeeded with credentials Sidekey did not know (or
   * after a generated password was accepted): a new saved sign-in. `userPoolClientId`: the app client the page signed in with, when the page says so (several pools on one site).
   */
  'page.saveSignIn': {
    input: { username: string; password: string; userPoolClientId?: string };
    output: OfferedSignIn;
  };
  /** Filler → worker, when the person picks a factor on the page: remember it for this account (never a secret). */
  'page.rememberFactor': {
    input: { step: FactorStep; factor: FactorName; username: string };
    output: { remembered: true };
  };
  /**
   * Filler → worker, after the page accepted a username and password (a sign-in, a new password): whether this
   * origin's saved sign-ins already hold them, so the filler offers to save, to update, or nothing.
   */
  'page.compareSignIn': { input: { username: string; password: string }; output: SignInComparison };
  /** Filler → worker, as `page.saveSignIn`: the new password of a saved sign-in bound to this origin. */
  'page.updateSignIn': { input: { id: string; password: string }; output: OfferedSignIn };
}

export type PageRequestType = keyof PageRequests;
export type PageRequestInput<T extends PageRequestType> = PageRequests[T]['input'];
export type PageRequestOutput<T extends PageRequestType> = PageRequests[T]['output'];

export const PAGE_REQUEST_TYPES = [
  'page.inject',
  'page.offer',
  'page.fill',
  'page.saveTotpSecret',
  'page.compareSignIn',
  'page.saveSignIn',
  'page.updateSignIn',
  'page.bindEntry',
  'page.rememberFactor',
] as const satisfies readonly PageRequestType[];

/** Every step a filler may report, for the worker's input check (a type test keeps it whole: tests/entrypoints/background). */
export const PAGE_STEPS = [
  'signIn',
  'selectFirstFactor',
  'confirmSignIn',
  'selectMfaType',
  'setupTotp',
  'setupEmail',
  'forceNewPassword',
  'signUp',
  'confirmSignUp',
  'forgotPassword',
  'confirmResetPassword',
  'verifyUser',
  'confirmVerifyUser',
  'passkeyPrompt',
] as const satisfies readonly PageStep[];

/**
 * Failure codes of page requests, besides BadMessage / UnknownRequest / Internal. Refusals say as little as
 * possible: an entry of another origin and a missing entry both answer `PageEntryNotFound`.
 */
export type PageErrorCode =
  | 'ForbiddenSender' // not our content script, no tab or frame, or a frame Sidekey does not fill
  | 'PageOriginNotAllowed' // not https or loopback http, or a frame whose top is another origin
  | 'PageOriginNotBound' // no account is bound to this origin
  | 'PageEntryNotFound' // no such sign-in or code entry for this origin
  | 'VaultLocked'
  | 'VaultUninitialised'
  | 'VaultDuplicate'; // saveTotpSecret of a key already stored

/** How the filler reaches the worker: `browser.runtime.sendMessage` behind a typed, never-throwing call. */
export type PageRequestClient = <T extends PageRequestType>(
  type: T,
  input: PageRequestInput<T>,
) => Promise<{ ok: true; data: PageRequestOutput<T> } | { ok: false; code: string; message: string }>;

/**
 * The filler's entry (entrypoints/filler.content.ts calls it once per document): PAGE-FILL's in-page filling
 * starts here. It watches `doc` for sign-in steps, shows the inline controls, asks the worker through `request`,
 * and returns a function that removes everything it added.
 */
export type StartFiller = (ports: {
  doc: Document;
  /** The page's sessionStorage and localStorage, for the Amplify keys only (core/ names no browser global). */
  storage: PageStorage;
  request: PageRequestClient;
  now: () => number;
  /** Draws an inline control (components/inline/show-inline-control.tsx): core/ does not import views. */
  showControl: ShowControl;
  /** The words the controls show, in the browser's language (core/page/page-translate.ts). */
  t: PageTranslate;
}) => () => void;
