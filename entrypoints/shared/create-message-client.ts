import { isReply, type Reply } from '../../core/messages/reply';
import type { VaultRequests } from '../../core/vault/vault-messages';
import type { AccountRequests } from './account-requests';

/** Every request the pages send: the vault's and the accounts' (profiles, sign-in). */
export type MessageRequests = VaultRequests & AccountRequests;
export type MessageType = keyof MessageRequests;
export type MessageInput<T extends MessageType> = MessageRequests[T]['input'];
export type MessageOutput<T extends MessageType> = MessageRequests[T]['output'];

/** Sends one request and always resolves to a reply (a dead worker or odd answer becomes a failure). */
export type MessageClient = <T extends MessageType>(
  type: T,
  ...input: undefined extends MessageInput<T> ? [input?: MessageInput<T>] : [input: MessageInput<T>]
) => Promise<Reply<MessageOutput<T>>>;

function isDatalessSuccess(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === true;
}

/**
 * The pages' one way to talk to the worker. `send` is `browser.runtime.sendMessage` (a parameter, so views and
 * tests can use a fake); requests travel as `{type, input}` as core/messages/create-router.ts expects.
 */
export function createMessageClient(send: (message: unknown) => Promise<unknown>): MessageClient {
  return async (type, ...rest) => {
    try {
      const reply: unknown = await send({ type, input: rest[0] });
      if (isReply(reply)) return reply as Reply<never>;
      // Chrome's runtime messaging JSON-serialises, so `{ok: true, data: undefined}` (sign-out, remove) arrives
      // as `{ok: true}`.
      if (isDatalessSuccess(reply)) return { ok: true, data: undefined as never };
      return { ok: false, code: 'Unavailable', message: 'Sidekey’s background worker gave no answer.' };
    } catch {
      return { ok: false, code: 'Unavailable', message: 'Sidekey’s background worker could not be reached.' };
    }
  };
}
