import type { RequestHandler } from './create-router';
import type { Reply } from './reply';

/**
 * One request of a message family, declared once: what it takes, what it answers, and the literal union of
 * failure codes it may answer besides the router's. The worker's handlers and the pages' message client are both
 * typed from these declarations (core/vault/vault-messages.ts, core/profiles/account-messages.ts).
 */
interface RequestContract {
  input: unknown;
  output: unknown;
  errors: string;
}

/** A message family: request name → its contract. */
type MessageContract<C> = { [T in keyof C]: RequestContract };

/** Codes the router itself answers, whatever the request (core/messages/create-router.ts). */
type RouterErrorCode = 'BadMessage' | 'ForbiddenSender' | 'UnknownRequest' | 'Internal';

/** The page's own failure, whatever the request: the worker could not be reached or gave no reply. */
type TransportErrorCode = 'Unavailable';

/** The handler of request `T` of contract `C`: it parses `C[T]['input']` and answers `C[T]['output']`. */
type ContractHandler<C extends MessageContract<C>, T extends keyof C, Context> = RequestHandler<
  C[T]['input'],
  C[T]['output'],
  Context
>;

/** A handler table that implements exactly the requests of `C`, each with its declared types. */
export type ContractHandlers<C extends MessageContract<C>, Context> = {
  [T in keyof C]: ContractHandler<C, T, Context>;
};

/** Every failure code a page may meet for request `T` of `C`, the router's and the transport's included. */
export type ContractErrorCode<C extends MessageContract<C>, T extends keyof C> =
  | C[T]['errors']
  | RouterErrorCode
  | TransportErrorCode;

/** The reply to request `T` of `C`. */
export type ContractReply<C extends MessageContract<C>, T extends keyof C> = Reply<
  C[T]['output'],
  ContractErrorCode<C, T>
>;
