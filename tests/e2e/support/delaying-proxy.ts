import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface DelayingProxy {
  /** The proxy's base URL, on 127.0.0.1 like the pool's. */
  url: string;
  /** Holds the answer to the next request for `ms` before passing it on: a pool that is slow once. */
  delayNext: (ms: number) => void;
  stop: () => Promise<void>;
}

/** An HTTP proxy in front of `target` (the local pool) that passes everything through, one answer late on demand. */
export async function startDelayingProxy(target: string): Promise<DelayingProxy> {
  const upstream = new URL(target);
  let nextDelayMs = 0;
  const server = createServer((incoming, outgoing) => {
    const delayMs = nextDelayMs;
    nextDelayMs = 0;
    const forward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, host: upstream.host },
      },
      (answer) => {
        setTimeout(() => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        }, delayMs);
      },
    );
    forward.on('error', () => outgoing.destroy());
    incoming.pipe(forward);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    delayNext: (ms) => {
      nextDelayMs = ms;
    },
    stop: () =>
      new Promise((closed) => {
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}
