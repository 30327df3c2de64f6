import type { OtpParams } from '../otp/otp-params';
import type { CognitoBinding, Origin } from './vault-messages';

/** Where an entry or sign-in may be used. */
interface Binding {
  origins: Origin[];
  cognito: CognitoBinding | null;
}

/** An OTP entry as it is after decryption (the secret is inside; it never leaves the worker except by export). */
export interface OtpEntry extends OtpParams, Binding {
  id: string;
  createdAt: number;
  updatedAt: number;
}

/** A saved sign-in after decryption. */
export interface LoginEntry extends Binding {
  id: string;
  username: string;
  password: string;
  label: string;
  createdAt: number;
  updatedAt: number;
}

/** The object stores whose records are sealed; the name is part of each record's AAD. */
export type SealedStore = 'entries' | 'logins';
