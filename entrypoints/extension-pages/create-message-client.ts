import type { ContractErrorCode, ContractReply } from '../../core/messages/message-contract';
import { isReply } from '../../core/messages/reply';
import type { AccountRequests } from '../../core/profiles/account-messages';
import type { VaultRequests } from '../../core/vault/vault-messages';

/** Every request the pages send: the vault's and the accounts' (profiles, sign-in), each declared once in core/. */
export type MessageRequests = VaultRequests & AccountRequests;
export type MessageType = keyof MessageRequests;
export type MessageInput<T extends MessageType> = MessageRequests[T]['input'];
export type MessageOutput<T extends MessageType> = MessageRequests[T]['output'];

/** Every failure code a page may meet for request `T`. */
export type MessageErrorCode<T extends MessageType> = ContractErrorCode<MessageRequests, T>;

/** The reply a page gets for request `T`: its contract's output, or one of its contract's failure codes. */
export type MessageReply<T extends MessageType> = ContractReply<MessageRequests, T>;

/** Sends one request and always resolves to a reply (a dead worker or odd answer becomes a failure). */
export type MessageClient = <T extends MessageType>(
  type: T,
  ...input: undefined extends MessageInput<T> ? [input?: MessageInput<T>] : [input: MessageInput<T>]
) => Promise<MessageReply<T>>;

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
      if (isReply(reply)) return reply as never;
      // Chrome's runtime messaging JSON-serialises, so `{ok: true, data: undefined}` (sign-out, remove) arrives
      // as `{ok: true}`.
      if (isDatalessSuccess(reply)) return { ok: true, data: undefined as never };
      return { ok: false, code: 'Unavailable', message: 'Sidekey’s background worker gave no answer.' };
    } catch {
      return { ok: false, code: 'Unavailable', message: 'Sidekey’s background worker could not be reached.' };
    }
  };
}
