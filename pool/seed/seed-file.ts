import type { MfaKind, UserStatus } from '../state/types';

/**
 * A seed: pools to create at start, with fixed ids, clients and users. `config` is a CreateUserPool input
 * (plus SmsMfaConfiguration/SoftwareTokenMfaConfiguration/EmailMfaConfiguration `{Enabled}`,
 * WebAuthnConfiguration and the local-only SidekeyCustomAuth); a client is a CreateUserPoolClient input plus
 * a fixed ClientId (and ClientSecret); an identity provider is a CreateIdentityProvider input.
 */
export interface SeedFile {
  pools: SeedPool[];
}

interface SeedPool {
  Id: string;
  config: Record<string, unknown> & { PoolName: string };
  /** CreateIdentityProvider inputs (without UserPoolId); each is answered by the pool's stand-in provider. */
  IdentityProviders?: (Record<string, unknown> & { ProviderName: string; ProviderType: string })[];
  clients?: (Record<string, unknown> & { ClientId: string; ClientName: string; ClientSecret?: string })[];
  users?: SeedUser[];
}

export interface SeedUser {
  /** The sign-in username; omit in pools with UsernameAttributes (then the username is the sub). */
  Username?: string;
  sub?: string;
  Password?: string;
  /** Default CONFIRMED (FORCE_CHANGE_PASSWORD when the password is temporary). */
  Status?: UserStatus;
  Enabled?: boolean;
  /** Attribute name → value, e.g. `{"email": "a@example.com", "email_verified": "true"}`. */
  Attributes?: Record<string, string>;
  Mfa?: {
    preferred?: MfaKind;
    /** Base32 TOTP secret; enables TOTP MFA. */
    totpSecret?: string;
    sms?: boolean;
    email?: boolean;
  };
  /** Shown by the CLI at start (what this user demonstrates). */
  Note?: string;
}
