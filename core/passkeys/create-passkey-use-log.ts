import type { KeyValueStorage } from '../auth/index';

/** The storage key, in the profile's own engine storage (so removing the pool forgets it too). */
const USE_LOG_KEY = 'sidekey.passkeysLastUsed';

/**
 * When Sidekey last signed in with each of a pool's passkeys, by credential id. Cognito's ListWebAuthnCredentials
 * reports only when a passkey was made (docs/cognito-api.md §7.3), so "last used" is what Sidekey saw itself.
 */
export function createPasskeyUseLog(options: { storage: KeyValueStorage; now: () => number }) {
  const read = async (): Promise<Record<string, number>> => {
    try {
      const parsed: unknown = JSON.parse((await options.storage.getItem(USE_LOG_KEY)) ?? '{}');
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
      return Object.fromEntries(
        Object.entries(parsed).filter((entry): entry is [string, number] => typeof entry[1] === 'number'),
      );
    } catch {
      return {};
    }
  };
  return {
    read,
    async record(credentialId: string): Promise<void> {
      const uses = await read();
      await options.storage.setItem(USE_LOG_KEY, JSON.stringify({ ...uses, [credentialId]: options.now() }));
    },
  };
}

export type PasskeyUseLog = ReturnType<typeof createPasskeyUseLog>;
