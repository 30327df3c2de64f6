import type { Reply } from '../../../core/messages/reply';
import type { MessageClient } from '../../../entrypoints/extension-pages/create-message-client';

/** A fake worker for the extension pages: answers each request type from `answers` (in order when an array) and records the calls. */
export function fakeWorker(answers: Record<string, Reply<unknown> | Reply<unknown>[]>) {
  const calls: Array<{ type: string; input: unknown }> = [];
  const call = (async (type: string, input?: unknown) => {
    calls.push({ type, input });
    const answer = answers[type];
    if (Array.isArray(answer)) return answer.length > 1 ? answer.shift() : answer[0];
    return answer ?? { ok: false, code: 'UnknownRequest', message: type };
  }) as MessageClient;
  return { call, calls, types: () => calls.map((entry) => entry.type) };
}
