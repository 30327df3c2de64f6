import { timingSafeEqual } from 'node:crypto';

/** Whether two secrets (codes, answers, client secrets) are equal, compared in constant time for equal lengths. */
export function constantTimeEqual(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
