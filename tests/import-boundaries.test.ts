import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * The import boundaries live in biome.json (style/noRestrictedImports per folder; suspicious/noImportCycles counting
 * type-only imports), so `npm run lint` enforces them. These tests prove the rules bite: probe files are written to
 * a throw-away copy of the layout with the repository's biome.json and linted there, so no forbidden import is ever
 * left in the tree.
 */
const ROOT = join(import.meta.dirname, '..');
const BIOME = join(ROOT, 'node_modules/.bin/biome');

const importing = (specifier: string) => `import { thing } from '${specifier}';\n\nexport const probe = thing;\n`;

const FORBIDDEN: [string, string][] = [
  ['core/auth/probe-entrypoints.ts', '../../entrypoints/background/create-engines'],
  ['core/vault/probe-components.ts', '../../components/CodeRow'],
  ['core/probe-pool.ts', '../pool/start-pool'],
  ['pool/auth/probe-core.ts', '../../core/auth/srp/pad-hex'],
  ['components/ProbeEntrypoints.tsx', '../entrypoints/extension-pages/create-message-client'],
];
const ALLOWED: [string, string][] = [
  ['core/auth/probe-core.ts', '../vault/create-vault'],
  ['entrypoints/background/probe-core.ts', '../../core/auth/index'],
  ['components/ProbeCore.tsx', '../core/vault/vault-messages'],
  ['tests/pool/probe-pool.ts', '../../pool/start-pool'],
  ['tests/core/probe-core.ts', '../../core/vault/create-vault'],
];

/** Lint diagnostics by file, as `<rule>` names, for the probe tree. */
let diagnostics: Map<string, string[]>;
const dir = mkdtempSync(join(tmpdir(), 'sidekey-boundaries-'));

function write(path: string, source: string) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), source);
}

beforeAll(() => {
  const config = JSON.parse(readFileSync(join(ROOT, 'biome.json'), 'utf8')) as Record<string, unknown>;
  delete config.$schema;
  write('biome.json', JSON.stringify({ ...config, root: true }));
  for (const [path, specifier] of [...FORBIDDEN, ...ALLOWED]) write(path, importing(specifier));
  write('core/cycle/a.ts', "import type { B } from './b';\n\nexport type A = { b?: B };\n");
  write('core/cycle/b.ts', "import type { A } from './a';\n\nexport type B = { a?: A };\n");
  write('core/line/a.ts', "import type { B } from './b';\n\nexport type A = { b?: B };\n");
  write('core/line/b.ts', 'export type B = { name: string };\n');
  const run = spawnSync(BIOME, ['lint', '--colors=off', '--max-diagnostics=none', '.'], { cwd: dir, encoding: 'utf8' });
  diagnostics = new Map();
  for (const [, file, rule] of `${run.stdout}${run.stderr}`.matchAll(/^(\S+?):\d+:\d+ (lint\/\S+)/gm)) {
    diagnostics.set(file!, [...(diagnostics.get(file!) ?? []), rule!]);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the import boundaries in biome.json', () => {
  it.each(FORBIDDEN)('refuse %s importing %s', (path) => {
    expect(diagnostics.get(path)).toContain('lint/style/noRestrictedImports');
  });

  it.each(ALLOWED)('allow %s importing %s', (path) => {
    expect(diagnostics.get(path)).toBeUndefined();
  });
});

describe('the import-cycle rule in biome.json', () => {
  it('refuses a circle made only of type imports', () => {
    expect(diagnostics.get('core/cycle/a.ts')).toContain('lint/suspicious/noImportCycles');
    expect(diagnostics.get('core/cycle/b.ts')).toContain('lint/suspicious/noImportCycles');
  });

  it('lets a one-way type import through', () => {
    expect(diagnostics.get('core/line/a.ts')).toBeUndefined();
  });
});
