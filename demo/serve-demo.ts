import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { DemoConfig } from './demo-sites';

export interface ServeDemoOptions {
  /** The built demo (`npm run build:demo` → .output/demo). */
  root: string;
  config: DemoConfig;
  /** 0 picks a free port. */
  port: number;
  /** Loopback unless told otherwise. */
  host?: string;
}

export interface RunningDemo {
  /** `http://localhost:<port>`: localhost, not 127.0.0.1, because passkeys need a domain (RP id `localhost`). */
  url: string;
  port: number;
  stop(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

function send(response: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8') {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}

/** The file under root a request path names, or undefined (outside root, missing, a folder). */
function fileFor(root: string, path: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = normalize(join(root, decoded));
  if (!file.startsWith(root + sep)) return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

function handle(root: string, configJson: string, request: IncomingMessage, response: ServerResponse) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('allow', 'GET, HEAD');
    send(response, 405, 'Method not allowed');
    return;
  }
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (path === '/config.json') {
    send(response, 200, configJson, CONTENT_TYPES['.json']);
    return;
  }
  // A page path (no file extension) is the single-page app; a missing asset is a 404.
  const file = fileFor(root, path) ?? (extname(path) === '' ? join(root, 'index.html') : undefined);
  if (!file) {
    send(response, 404, 'Not found');
    return;
  }
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  if (request.method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
}

/** Serves the built demo and its runtime config (`/config.json`) on loopback. */
export async function serveDemo(options: ServeDemoOptions): Promise<RunningDemo> {
  const root = resolve(options.root);
  if (!fileFor(root, '/index.html')) {
    throw new Error(`No built demo in ${root}: run npm run build:demo first.`);
  }
  const configJson = JSON.stringify(options.config);
  const server = createServer((request, response) => handle(root, configJson, request, response));
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host ?? '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    port,
    stop: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
