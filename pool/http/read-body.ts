import type { IncomingMessage } from 'node:http';

/** Largest request body accepted (AWS rejects oversized requests; 1 MB is the local pool's limit). */
const MAX_BODY_BYTES = 1024 * 1024;

/** The request body as text, or `undefined` when it exceeds `maxBytes` (the rest is drained, not kept). */
export function readBody(request: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > maxBytes ? undefined : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
