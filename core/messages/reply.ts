import { SidekeyError } from '../errors/sidekey-error';
import { FieldError } from './field-error';

/** A failed reply: `code` from the request's contract, `field` when a piece of input was refused. */
export type Failure<Code extends string = string> = { ok: false; code: Code; message: string; field?: string };

/**
 * What every message handler answers: error classes do not survive structured cloning, so failures travel as data.
 * `Code` is the literal union of failure codes the request may answer (its contract's `errors`).
 */
export type Reply<T, Code extends string = string> = { ok: true; data: T } | Failure<Code>;

/** Turns anything thrown into a failed reply; only {@link SidekeyError} keeps its code, message and field. */
export function replyFromError(error: unknown): Failure {
  if (error instanceof FieldError) return { ok: false, code: error.code, message: error.message, field: error.field };
  if (error instanceof SidekeyError) return { ok: false, code: error.code, message: error.message };
  return { ok: false, code: 'Internal', message: 'Sidekey hit an unexpected error.' };
}

/** Checks that an unknown value has the reply shape (used by callers before trusting an answer). */
export function isReply(value: unknown): value is Reply<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const reply = value as Record<string, unknown>;
  if (reply.ok === true) return 'data' in reply;
  const field = reply.field === undefined || typeof reply.field === 'string';
  return reply.ok === false && typeof reply.code === 'string' && typeof reply.message === 'string' && field;
}
