import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';

/**
 * A tiny site for the page e2e tests: each path is a saved page from tests/fixtures/pages, or a page a test
 * writes (`extra`), served on 127.0.0.1 at a free port and reached as http://localhost:<port>.
 */
export async function serveFixtureSite(extra: Record<string, string> = {}) {
  const server = createServer((request, response) => {
    const name = new URL(request.url ?? '/', 'http://x').pathname.slice(1);
    const html = extra[name] ?? (/^[\w-]+\.html$/.test(name) ? readFixture(name) : undefined);
    if (html === undefined) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { port, origin: `http://localhost:${port}`, close: () => new Promise((done) => server.close(done)) };
}

function readFixture(name: string): string | undefined {
  try {
    return readFileSync(resolve('tests/fixtures/pages', name), 'utf8');
  } catch {
    return undefined;
  }
}
