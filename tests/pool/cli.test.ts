import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sidekey-pool-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runCli(args: string[]) {
  // One process (node with tsx's loader), not the tsx wrapper: a SIGKILL to the wrapper would orphan the real
  // server, which then outlives the test run.
  const child = spawn(process.execPath, ['--import', 'tsx', 'pool/cli.ts', ...args], { cwd: root, stdio: 'pipe' });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  const ready = new Promise<string>((done, fail) => {
    const check = () => {
      const match = /Sidekey pool listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
      if (match) done(match[1]!);
    };
    child.stdout.on('data', check);
    exited.then((code) => fail(new Error(`exited ${code} before ready: ${stderr}`)));
  });
  return { child, ready, exited, output: () => ({ stdout, stderr }) };
}

async function stopWith(child: ChildProcessWithoutNullStreams, signal: NodeJS.Signals, exited: Promise<number | null>) {
  child.kill(signal);
  return exited;
}

describe('pool CLI', () => {
  const data = () => join(dir, 'pool.json');

  it('prints the seed users and one ready line, serves, and persists to --data before a SIGKILL', async () => {
    const run = runCli(['--port', '0', '--seed', 'pool/seed/demo.json', '--data', data()]);
    try {
      const url = await run.ready;
      const { stdout } = run.output();
      expect(stdout.match(/listening on/g)).toHaveLength(1);
      expect(stdout).toContain('alice');
      expect(stdout).toContain('Alice-pass-1');
      expect(stdout).toContain('never real credentials');
      expect((await fetch(`${url}/_pool/health`)).status).toBe(200);
      const jwks = await fetch(`${url}/local_Sidekey01/.well-known/jwks.json`);
      expect(((await jwks.json()) as { keys: unknown[] }).keys).toHaveLength(1);
      const signUp = await signUpPersisted(url);
      expect(signUp.status).toBe(200);
    } finally {
      await stopWith(run.child, 'SIGKILL', run.exited);
    }
  });

  it('restarts on the same --data with everything written before the kill, and stops cleanly on SIGTERM', async () => {
    const run = runCli(['--port', '0', '--seed', 'pool/seed/demo.json', '--data', data()]);
    try {
      const url = await run.ready;
      const again = await signUpPersisted(url);
      expect(again.headers.get('x-amzn-errortype')).toBe('UsernameExistsException');
    } finally {
      expect(await stopWith(run.child, 'SIGTERM', run.exited)).toBe(0);
    }
  });

  it('prints the usage and exits 2 on a bad flag', async () => {
    const run = runCli(['--bogus']);
    run.ready.catch(() => {});
    expect(await run.exited).toBe(2);
    expect(run.output().stderr).toContain('Usage: npm run pool');
  });
});

function signUpPersisted(url: string) {
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': 'AWSCognitoIdentityProviderService.SignUp',
    },
    body: JSON.stringify({
      ClientId: 'sidekeydemoclient000000001',
      Username: 'persisted',
      Password: 'Persisted-pass-1',
      UserAttributes: [{ Name: 'email', Value: 'persisted@example.com' }],
    }),
  });
}
