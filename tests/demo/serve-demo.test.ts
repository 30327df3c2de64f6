import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoConfig } from '../../demo/demo-sites';
import { type RunningDemo, serveDemo } from '../../demo/serve-demo';

const config: DemoConfig = { userPoolEndpoint: 'http://127.0.0.1:9229/', sites: [] };
let root: string;
let demo: RunningDemo;

beforeAll(async () => {
  const parent = mkdtempSync(join(tmpdir(), 'sidekey-demo-'));
  root = join(parent, 'demo');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>demo</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(parent, 'secret.txt'), 'outside the demo');
  demo = await serveDemo({ root, config, port: 0 });
});

afterAll(async () => {
  await demo.stop();
  rmSync(join(root, '..'), { recursive: true, force: true });
});

async function get(path: string, init?: RequestInit) {
  const response = await fetch(`http://127.0.0.1:${demo.port}${path}`, init);
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
}

describe('serveDemo', () => {
  it('answers on localhost, with the runtime config at /config.json', async () => {
    expect(demo.url).toBe(`http://localhost:${demo.port}`);
    const answer = await get('/config.json');
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual(config);
  });

  it('serves built files with their type, and the app for any page path', async () => {
    expect(await get('/assets/app.js')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    expect(await get('/mfa-required')).toMatchObject({ status: 200, body: '<!doctype html><title>demo</title>' });
  });

  it('answers 404 for a missing asset and never serves a file outside the build', async () => {
    expect((await get('/assets/missing.js')).status).toBe(404);
    expect((await get('/..%2fsecret.txt')).status).toBe(404);
    expect((await get('/%2e%2e/secret.txt')).body).not.toContain('outside the demo');
  });

  it('refuses anything but GET and HEAD', async () => {
    expect((await get('/config.json', { method: 'POST', body: '{}' })).status).toBe(405);
  });

  it('will not start without a built demo', async () => {
    await expect(serveDemo({ root: join(root, 'assets'), config, port: 0 })).rejects.toThrow(/npm run build:demo/);
  });
});
