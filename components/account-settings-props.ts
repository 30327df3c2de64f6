import type { AuthMFAType } from '../core/auth/amplify-shapes';
import type { DeviceSummary } from '../core/profiles/account-message-shapes';
import type { PasswordPolicy } from '../core/profiles/password-policy';
import type { CodeEntry } from '../core/vault/vault-messages';

/** The parts of the account settings, each with its own busy flag and note. */
export type SettingsSection = 'mfa' | 'totp' | 'devices' | 'password';

/** What the last action of a section led to, or why it failed; `field` is the input the failure names. */
export interface SettingsNote {
  text: string;
  failed: boolean;
  field?: string;
}

/** Where setting up an authenticator app from the popup stands. */
export type TotpSetup =
  | { status: 'idle' }
  /** The vault must be unlocked first: the secret goes straight into it. */
  | { status: 'locked' }
  /** The secret is in the vault (`entry`, bound to the account); Cognito waits for a code of it. */
  | { status: 'verifying'; setupUri: string; sharedSecret: string; entry: CodeEntry }
  /** Cognito accepted a code: TOTP can be made preferred. */
  | { status: 'verified' };

/** Amplify's per-factor values for `updateMFAPreference`. */
export type MfaChange = 'ENABLED' | 'DISABLED' | 'PREFERRED' | 'NOT_PREFERRED';

/** Everything the signed-in account's settings show, and what they ask for (entrypoints/popup/use-account-settings.ts). */
export interface AccountSettingsProps {
  username: string;
  /** Undefined until the pool answered. */
  mfa?: { enabled: AuthMFAType[]; preferred?: AuthMFAType };
  devices?: DeviceSummary[];
  totp: TotpSetup;
  busy: Partial<Record<SettingsSection, boolean>>;
  notes: Partial<Record<SettingsSection, SettingsNote>>;
  now: number;
  /** The pool's password policy (Cognito's default when the pool gives none). */
  passwordPolicy?: PasswordPolicy;
  onMfaChange: (factor: AuthMFAType, change: MfaChange) => void;
  onTotpStart: () => void;
  onTotpVerify: (code: string) => void;
  onTotpCancel: () => void;
  onTotpPreferred: () => void;
  /** Shows the vault's unlock screen. */
  onUnlock: () => void;
  onRemember: (device: DeviceSummary, remembered: boolean) => void;
  onForget: (device: DeviceSummary) => void;
  onChangePassword: (change: { oldPassword: string; newPassword: string }) => void;
}
