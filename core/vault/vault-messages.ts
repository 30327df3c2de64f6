/**
 * The vault's message API: request names, inputs and outputs of every `vault.*` request the worker answers.
 * The popup and options page code against these types; the worker's handlers (core/vault/handlers/…) implement
 * them. Every request is accepted from extension pages only — none is callable from a content script.
 *
 * Secrets (OTP seeds, passwords, the data key) never appear in an output, except in `vault.export` with a plain
 * format, which exists to hand them to the user on their explicit action (and asks for the vault passphrase again).
 *
 * Replies travel as `{ok: true, data} | {ok: false, code, message, field?}` (core/messages/reply.ts); each
 * request's `errors` lists the failure codes it may answer (from {@link VaultErrorCode}); docs/messages.md describes
 * them for people.
 */

/** `uninitialised`: no passphrase has been set yet and nothing is stored; the user must choose one first. */
export type VaultStatus = 'uninitialised' | 'locked' | 'unlocked';

export type OtpKind = 'totp' | 'hotp';
export type OtpAlgorithm = 'SHA1' | 'SHA256' | 'SHA512';

/** Where an entry may be used: exact origins and, for Cognito accounts, the pool identity. */
export interface CognitoBinding {
  userPoolId: string;
  clientId: string;
  username: string;
}

/**
 * Origins are exact: `https://host[:port]`, or `http://localhost:port` (plain http only for localhost).
 * No paths, no wildcards, lower-case host, no default port.
 */
export type Origin = string;

/** Shortest passphrase `vault.setup`, `vault.changePassphrase` and backup export accept. */
export const MIN_PASSPHRASE_LENGTH = 8;
/** Auto-lock bounds in minutes; 0 means "lock only when the browser closes" (the key lives in storage.session). */
export const AUTO_LOCK_MINUTES = { min: 0, max: 1440, default: 15 } as const;

export interface VaultState {
  status: VaultStatus;
  autoLockMinutes: number;
  /** OTP entries stored (counted without decrypting, so it is known while locked too). */
  entryCount: number;
  /** Saved sign-ins stored. */
  loginCount: number;
}

/** Fields of an OTP entry typed by hand (the `fields` form of `vault.addEntry`). */
interface OtpFields {
  kind: OtpKind;
  /** Base32 (RFC 4648), spaces and lower case allowed; at least 10 bytes once decoded (80 bits). */
  secret: string;
  issuer: string;
  account: string;
  /** Default SHA1. */
  algorithm?: OtpAlgorithm;
  /** 6–10, default 6. */
  digits?: number;
  /** TOTP step in seconds, 1–3600, default 30. Ignored for HOTP. */
  period?: number;
  /** HOTP counter, a safe non-negative integer, default 0. Ignored for TOTP. */
  counter?: number;
}

/** One OTP entry as the popup sees it: metadata and codes, never the secret. */
export interface CodeEntry {
  id: string;
  kind: OtpKind;
  issuer: string;
  account: string;
  algorithm: OtpAlgorithm;
  digits: number;
  /** TOTP period in seconds; null for HOTP. */
  period: number | null;
  /** HOTP: the counter the current `code` was made with; null for TOTP. */
  counter: number | null;
  /** TOTP: the code at `at`. HOTP: the code for the current counter. */
  code: string;
  /** TOTP: the code of the next period. HOTP: the code after the next advance. */
  nextCode: string;
  /** TOTP: epoch milliseconds when `code` stops being current; null for HOTP. */
  periodEndsAt: number | null;
  /** Whether `origins` contains the origin given to `vault.listCodes`. */
  boundToOrigin: boolean;
  origins: Origin[];
  cognito: CognitoBinding | null;
  createdAt: number;
}

/** A saved sign-in without its password. */
export interface LoginSummary {
  id: string;
  username: string;
  label: string;
  origins: Origin[];
  cognito: CognitoBinding | null;
  boundToOrigin: boolean;
  createdAt: number;
  /** When the password last changed (the save, or an update after a site accepted a new one). */
  updatedAt: number;
}

/** Largest QR image accepted (width × height); scale bigger images or screenshots down first. */
export const MAX_QR_PIXELS = 2048 * 2048;

/**
 * RGBA pixels, as `ImageData` has them (the page extracts them from a file or a captured tab). Chrome's runtime
 * messaging is JSON-serialised, so a Uint8ClampedArray does not survive it: either decode in the page with
 * core/otp/decode-qr-pixels.ts and import the text, or send `data` as a base64 string of the RGBA bytes (the
 * `vault.import` handler accepts both forms).
 */
export interface QrPixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

export type ImportInput =
  | { kind: 'otpauth-uri' | 'otpauth-list' | 'migration'; payload: string; origins?: Origin[] }
  | { kind: 'backup'; payload: string; passphrase: string }
  | { kind: 'qr-pixels'; payload: QrPixels; origins?: Origin[] };

/**
 * What an import did. Items are parsed first and stored in one transaction: when `errors` is not empty nothing
 * was stored (`added` is 0). A problem with the container itself (a backup that is not one, a wrong backup
 * passphrase, migration data that does not decode, an image without a QR code) is a failed reply instead.
 * A backup also restores its saved sign-ins (counted in `added`; ones already saved are skipped). Backup item
 * indexes count entries first, then sign-ins.
 */
export interface ImportResult {
  added: number;
  /** Items already in the vault (same secret, issuer and account), or repeated within the import. */
  duplicates: Array<{ index: number; issuer: string; account: string }>;
  /** `index` is the item's position (0-based line for lists, position in the payload for migrations). */
  errors: Array<{ index: number; code: string; message: string }>;
}

export type ExportInput =
  /**
   * The Sidekey encrypted backup, under its own passphrase (at least MIN_PASSPHRASE_LENGTH characters); the user
   * re-enters the vault passphrase too, as for the plain formats.
   */
  | { format: 'backup'; passphrase: string; vaultPassphrase: string; ids?: string[] }
  /** Plain formats carry the secrets in clear: the user re-enters the vault passphrase to confirm. */
  | { format: 'otpauth-list' | 'qr'; vaultPassphrase: string; ids?: string[] };

export type ExportResult =
  | { format: 'backup' | 'otpauth-list'; fileName: string; mimeType: string; content: string }
  | { format: 'qr'; items: Array<{ id: string; issuer: string; account: string; svg: string }> };

/** Failures any request that reads or writes the vault may answer (IndexedDB and record integrity). */
type StorageError = 'VaultFull' | 'VaultCorrupt' | 'VaultVersionTooNew' | 'VaultUnavailable';
/** Failures of requests that need the vault open. */
type OpenError = 'VaultUninitialised' | 'VaultLocked' | StorageError;
type OtpUriError = Extract<VaultErrorCode, `OtpUri${string}`>;

/** The request map: `type` → its input, output and failure codes ({@link VaultErrorCode}). Send as `{type, input}`. */
export interface VaultRequests {
  'vault.state': { input: undefined; output: VaultState; errors: StorageError };
  'vault.setup': {
    input: { passphrase: string };
    output: VaultState;
    errors: 'VaultAlreadyInitialised' | 'VaultWeakPassphrase' | StorageError;
  };
  'vault.unlock': {
    input: { passphrase: string };
    output: VaultState;
    errors: 'VaultUninitialised' | 'VaultWrongPassphrase' | StorageError;
  };
  'vault.lock': { input: undefined; output: VaultState; errors: StorageError };
  'vault.changePassphrase': {
    input: { current: string; next: string };
    output: VaultState;
    errors: 'VaultWrongPassphrase' | 'VaultWeakPassphrase' | OpenError;
  };
  'vault.setAutoLock': { input: { minutes: number }; output: VaultState; errors: OpenError };
  /**
   * `at` (epoch ms) defaults to the worker's clock; entries bound to `origin` come first; `limit` keeps the first n.
   * `id` answers that entry alone (an empty list when no entry has it), `origin` still setting its `boundToOrigin`.
   */
  'vault.listCodes': {
    input: { id?: string; origin?: Origin; at?: number; limit?: number } | undefined;
    output: CodeEntry[];
    errors: OpenError;
  };
  'vault.addEntry': {
    input: ({ uri: string } | { fields: OtpFields }) & { origins?: Origin[]; cognito?: CognitoBinding };
    output: CodeEntry;
    errors: 'VaultDuplicate' | 'VaultBadOrigin' | OtpUriError | OpenError;
  };
  'vault.updateEntry': {
    input: { id: string; issuer?: string; account?: string; origins?: Origin[]; cognito?: CognitoBinding | null };
    output: CodeEntry;
    errors: 'VaultNotFound' | 'VaultBadOrigin' | 'OtpUriBadLabel' | OpenError;
  };
  'vault.deleteEntry': { input: { id: string }; output: { deleted: true }; errors: 'VaultNotFound' | OpenError };
  /** Moves an HOTP entry's counter on by one (persisted) and answers its new codes. */
  'vault.advanceHotp': {
    input: { id: string };
    output: CodeEntry;
    errors: 'VaultNotFound' | 'VaultNotHotp' | OpenError;
  };
  'vault.import': {
    input: ImportInput;
    output: ImportResult;
    errors:
      | 'VaultWrongPassphrase'
      | 'VaultBadOrigin'
      | 'MigrationBadPayload'
      | 'BackupBadFormat'
      | 'BackupUnsupportedVersion'
      | 'BackupKdfTooCostly'
      | 'QrNotFound'
      | 'QrBadPixels'
      | OtpUriError
      | OpenError;
  };
  'vault.export': {
    input: ExportInput;
    output: ExportResult;
    errors: 'VaultWrongPassphrase' | 'VaultWeakPassphrase' | 'VaultNotFound' | OpenError;
  };
  'vault.listLogins': { input: { origin?: Origin } | undefined; output: LoginSummary[]; errors: OpenError };
  'vault.addLogin': {
    input: { username: string; password: string; label?: string; origins: Origin[]; cognito?: CognitoBinding };
    output: LoginSummary;
    errors: 'VaultBadOrigin' | OpenError;
  };
  /** Replaces a saved sign-in's password (the account's password was changed), keeping its id and bindings. */
  'vault.updateLoginPassword': {
    input: { id: string; password: string };
    output: LoginSummary;
    errors: 'VaultNotFound' | OpenError;
  };
  'vault.deleteLogin': { input: { id: string }; output: { deleted: true }; errors: 'VaultNotFound' | OpenError };
}

export type VaultRequestType = keyof VaultRequests;
export type VaultRequestInput<T extends VaultRequestType> = VaultRequests[T]['input'];

/** Every vault request name, for tables and tests. */
export const VAULT_REQUEST_TYPES = [
  'vault.state',
  'vault.setup',
  'vault.unlock',
  'vault.lock',
  'vault.changePassphrase',
  'vault.setAutoLock',
  'vault.listCodes',
  'vault.addEntry',
  'vault.updateEntry',
  'vault.deleteEntry',
  'vault.advanceHotp',
  'vault.import',
  'vault.export',
  'vault.listLogins',
  'vault.addLogin',
  'vault.updateLoginPassword',
  'vault.deleteLogin',
] as const satisfies readonly VaultRequestType[];

/**
 * Failure codes of vault requests (besides the router's BadMessage / ForbiddenSender / UnknownRequest / Internal).
 * Import item errors in {@link ImportResult.errors} use the Otp*, Migration* and Qr* codes.
 */
export type VaultErrorCode =
  | 'VaultUninitialised' // no passphrase set yet: call vault.setup
  | 'VaultAlreadyInitialised' // vault.setup on a vault that has one
  | 'VaultLocked' // the request needs an unlocked vault
  | 'VaultWrongPassphrase' // unlock, changePassphrase, plain export, or a backup's passphrase
  | 'VaultWeakPassphrase' // shorter than MIN_PASSPHRASE_LENGTH
  | 'VaultNotFound' // no entry or login with that id
  | 'VaultDuplicate' // addEntry of an entry already stored (same secret, issuer, account)
  | 'VaultBadOrigin' // an origin that is not https://host[:port] or http://localhost:port
  | 'VaultNotHotp' // advanceHotp on a TOTP entry
  | 'VaultFull' // storage quota exceeded
  | 'VaultCorrupt' // a record fails authentication or does not parse
  | 'VaultVersionTooNew' // the database was written by a newer Sidekey
  | 'VaultUnavailable' // IndexedDB failed otherwise (blocked, aborted, closed)
  | 'OtpUriBadFormat' // not shaped like otpauth://TYPE/LABEL?PARAMS, or too long
  | 'OtpUriBadScheme'
  | 'OtpUriBadType'
  | 'OtpUriBadLabel'
  | 'OtpUriMissingSecret'
  | 'OtpUriBadSecret'
  | 'OtpUriBadDigits'
  | 'OtpUriBadPeriod'
  | 'OtpUriBadCounter'
  | 'OtpUriBadAlgorithm'
  | 'MigrationBadPayload' // not an otpauth-migration URI, or its protobuf does not parse
  | 'MigrationUnsupported' // an item of an unknown type or algorithm
  | 'BackupBadFormat' // not a Sidekey backup, or a damaged one
  | 'BackupUnsupportedVersion'
  | 'BackupKdfTooCostly' // a backup's key settings cost more than an unlock should (IMPORT_KDF_CAP)
  | 'QrNotFound' // no readable QR code in the pixels
  | 'QrBadPixels'; // width × height × 4 does not match the data length
