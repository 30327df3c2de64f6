import { isReply, type Reply } from '../../core/messages/reply';
import type { VaultRequestInput, VaultRequestOutput, VaultRequestType } from '../../core/vault/vault-messages';

/** Sends one `vault.*` request and always resolves to a reply (a dead worker or odd answer becomes a failure). */
export type VaultClient = <T extends VaultRequestType>(
  type: T,
  ...input: undefined extends VaultRequestInput<T> ? [input?: VaultRequestInput<T>] : [input: VaultRequestInput<T>]
) => Promise<Reply<VaultRequestOutput<T>>>;

/**
 * The pages' one way to talk to the worker. `send` is `browser.runtime.sendMessage` (a parameter, so views and
 * tests can use a fake); requests travel as `{type, input}` as core/messages/create-router.ts expects.
 */
export function createVaultClient(send: (message: unknown) => Promise<unknown>): VaultClient {
  return async (type, ...rest) => {
    try {
      const reply: unknown = await send({ type, input: rest[0] });
      if (isReply(reply)) return reply as Reply<never>;
      return { ok: false, code: 'Unavailable', message: 'Sidekey’s background worker gave no answer.' };
    } catch {
      return { ok: false, code: 'Unavailable', message: 'Sidekey’s background worker could not be reached.' };
    }
  };
}
