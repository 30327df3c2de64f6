import { SidekeyError } from '../errors/sidekey-error';

/** What every message handler answers: error classes do not survive structured cloning, so failures travel as data. */
export type Reply<T> = { ok: true; data: T } | { ok: false; code: string; message: string };

/** Turns anything thrown into a failed reply; only {@link SidekeyError} keeps its code and message. */
export function replyFromError(error: unknown): Reply<never> {
  if (error instanceof SidekeyError) return { ok: false, code: error.code, message: error.message };
  return { ok: false, code: 'Internal', message: 'Sidekey hit an unexpected error.' };
}

/** Unwraps a reply, throwing the failure back as a {@link SidekeyError}. */
export function unwrapReply<T>(reply: Reply<T>): T {
  if (reply.ok) return reply.data;
  throw new SidekeyError({ code: reply.code, message: reply.message });
}

/** Checks that an unknown value has the reply shape (used by callers before trusting an answer). */
export function isReply(value: unknown): value is Reply<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const reply = value as Record<string, unknown>;
  if (reply.ok === true) return 'data' in reply;
  return reply.ok === false && typeof reply.code === 'string' && typeof reply.message === 'string';
}
