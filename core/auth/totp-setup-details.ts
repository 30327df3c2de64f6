import type { TotpSetupDetails } from './sign-in-types';

/**
 * The TOTP setup details Amplify returns: the secret plus `getSetupUri(appName, accountName?)` building
 * `otpauth://totp/<app>:<account>?secret=<secret>&issuer=<app>` (Key Uri Format, github.com/google/google-authenticator/wiki/Key-Uri-Format).
 * Like Amplify, nothing is percent-encoded beyond what `URL` itself does.
 */
export function createTotpSetupDetails(options: { sharedSecret: string; username: string }): TotpSetupDetails {
  return {
    sharedSecret: options.sharedSecret,
    getSetupUri: (appName, accountName) =>
      new URL(
        `otpauth://totp/${appName}:${accountName ?? options.username}?secret=${options.sharedSecret}&issuer=${appName}`,
      ),
  };
}
