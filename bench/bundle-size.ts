/**
 * Why Sidekey hand-writes its Cognito client: bundles a tiny browser entry that makes one InitiateAuth call with
 * our `core/auth/cognito` client and one with `@aws-sdk/client-cognito-identity-provider`
 * (CognitoIdentityProviderClient + InitiateAuthCommand), with esbuild (bundle, minify, ESM, browser), and prints
 * the minified and gzip (level 9) sizes. Then the popup's start bundle in the store build: what popup.html loads
 * before its first line runs (the script it parses and compiles on every open), against what it loads only on
 * demand (the Sign in tab, QR reading, …). Run: `npm run bench -- bundle-size`.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { buildStore } from './build-store';
import { popupStartBundle } from './popup-start-bundle';

const entries = {
  'sidekey core/auth/cognito': `
    import { createCognitoClient, resolveEndpoint } from '../core/auth/cognito/create-cognito-client';
    const client = createCognitoClient({ endpoint: resolveEndpoint({ userPoolId: 'us-east-1_Abc' }), fetch });
    globalThis.answer = client.call('InitiateAuth', { AuthFlow: 'USER_SRP_AUTH', ClientId: 'c', AuthParameters: {} });`,
  '@aws-sdk/client-cognito-identity-provider': `
    import { CognitoIdentityProviderClient, InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
    const client = new CognitoIdentityProviderClient({ region: 'us-east-1' });
    globalThis.answer = client.send(new InitiateAuthCommand({ AuthFlow: 'USER_SRP_AUTH', ClientId: 'c', AuthParameters: {} }));`,
};

async function measure(contents: string): Promise<{ minified: number; gzipped: number }> {
  const result = await build({
    stdin: { contents, resolveDir: import.meta.dirname, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'error',
  });
  const code = result.outputFiles[0]!.contents;
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

/** Prints one line per client: minified and gzip bytes. */
export async function run(): Promise<void> {
  console.log('\nBundle size of one InitiateAuth call (esbuild --bundle --minify, browser ESM; gzip -9)');
  const sizes: Record<string, { minified: number; gzipped: number }> = {};
  for (const [label, contents] of Object.entries(entries)) {
    const size = await measure(contents);
    sizes[label] = size;
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
    console.log(`  ${label.padEnd(44)} ${kb(size.minified).padStart(10)} min  ${kb(size.gzipped).padStart(10)} gzip`);
  }
  const [ours, sdk] = Object.values(sizes);
  console.log(`  the AWS SDK client is ${(sdk!.gzipped / ours!.gzipped).toFixed(0)}× larger gzipped`);

  const { start, later } = popupStartBundle(buildStore());
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  console.log('\nThe popup in the store build (minified as built; gzip -9 per file)');
  console.log(`  loaded at start: ${kb(start.minified)} min, ${kb(start.gzipped)} gzip (${start.files.join(', ')})`);
  console.log(
    `  loaded on demand: ${kb(later.minified)} min, ${kb(later.gzipped)} gzip (${later.files.length} chunks)`,
  );
}
