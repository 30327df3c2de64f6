import type { Clock } from '../clock/create-clock';
import type { Outbox } from '../outbox';
import { readBody } from './read-body';
import type { RouteHandler } from './route-handler';
import { sendJson } from './send-json';

/**
 * Test-only endpoints, all under `/_pool/`: `GET /_pool/health`, `GET|DELETE /_pool/outbox`,
 * `POST /_pool/clock {"advanceMs": n}` (moves the injected clock forward; answers `{"now": ms}`).
 */
export function handleTestEndpoint(options: { outbox: Outbox; clock: Clock }): RouteHandler {
  return async (request, response, url) => {
    if (!url.pathname.startsWith('/_pool/')) return false;
    const route = `${request.method} ${url.pathname}`;
    const json = (status: number, body: unknown) =>
      sendJson(response, { status, body, contentType: 'application/json' });
    if (route === 'GET /_pool/health') {
      json(200, { ok: true, now: options.clock.now() });
    } else if (route === 'GET /_pool/outbox') {
      json(200, { messages: options.outbox.list() });
    } else if (route === 'DELETE /_pool/outbox') {
      options.outbox.clear();
      json(200, { messages: [] });
    } else if (route === 'POST /_pool/clock') {
      const advanceMs = parseAdvance(await readBody(request, 4096));
      if (advanceMs === undefined || !options.clock.advance) {
        json(400, { __type: 'InvalidParameterException', message: 'Send {"advanceMs": <non-negative integer>}.' });
      } else {
        options.clock.advance(advanceMs);
        json(200, { now: options.clock.now() });
      }
    } else {
      request.resume();
      json(404, { __type: 'ResourceNotFoundException', message: `No test endpoint ${route}` });
    }
    return true;
  };
}

function parseAdvance(body: string | undefined): number | undefined {
  try {
    const parsed: unknown = JSON.parse(body ?? '');
    const value = (parsed as { advanceMs?: unknown } | null)?.advanceMs;
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
  } catch {
    return undefined;
  }
}
