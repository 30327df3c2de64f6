import type { ContractHandlers } from '../../messages/message-contract';
import { object, parser, string } from '../../messages/shape';
import type { PasskeySummary } from '../account-message-shapes';
import type { AccountRequests } from '../account-messages';
import type { EngineRegistry } from '../create-engine-registry';
import { profileId } from './account-input';

interface Context {
  engines: EngineRegistry;
}

type PasskeyRequests = Pick<AccountRequests, 'auth.listPasskeys' | 'auth.registerPasskey' | 'auth.deletePasskey'>;

/** Cognito pages ListWebAuthnCredentials by 20 at most; a user with more than this many is not listed further. */
const MAX_LISTED = 200;

/**
 * The signed-in user's passkeys for Sidekey's own pages (docs/cognito-api.md §7.2, §7.3): list (with Sidekey's own
 * record of last use), register — the ceremony runs in a tab on one of the pool's sites through the engine's
 * passkey port (core/passkeys/create-passkey-relay.ts) — and delete.
 */
export const passkeyHandlers = {
  'auth.listPasskeys': {
    from: ['extension-page'],
    parse: parser(object({ profileId })),
    async run({ profileId }, context) {
      const engine = await context.engines.engineFor(profileId);
      const listed: PasskeySummary[] = [];
      const uses = await context.engines.passkeyUses(profileId).read();
      let nextToken: string | undefined;
      do {
        const page = await engine.listWebAuthnCredentials(nextToken ? { nextToken } : {});
        for (const credential of page.credentials) {
          if (!credential.credentialId) continue;
          const lastUsedAt = uses[credential.credentialId];
          listed.push({
            credentialId: credential.credentialId,
            name: credential.friendlyCredentialName ?? 'Passkey',
            ...(credential.relyingPartyId ? { relyingPartyId: credential.relyingPartyId } : {}),
            ...(credential.createdAt ? { createdAt: credential.createdAt.getTime() } : {}),
            ...(lastUsedAt !== undefined ? { lastUsedAt } : {}),
            ...(credential.authenticatorAttachment
              ? { authenticatorAttachment: credential.authenticatorAttachment }
              : {}),
            ...(credential.authenticatorTransports ? { transports: credential.authenticatorTransports } : {}),
          });
        }
        nextToken = page.nextToken;
      } while (nextToken && listed.length < MAX_LISTED);
      return listed;
    },
  },

  'auth.registerPasskey': {
    from: ['extension-page'],
    parse: parser(object({ profileId })),
    async run({ profileId }, context) {
      await (await context.engines.engineFor(profileId)).associateWebAuthnCredential();
    },
  },

  'auth.deletePasskey': {
    from: ['extension-page'],
    parse: parser(object({ profileId, credentialId: string({ max: 1024 }) })),
    async run({ profileId, credentialId }, context) {
      await (await context.engines.engineFor(profileId)).deleteWebAuthnCredential({ credentialId });
    },
  },
} satisfies ContractHandlers<PasskeyRequests, Context>;
