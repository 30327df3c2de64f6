import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = join(import.meta.dirname, '../../core');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The file's code with comments and string literals blanked, so only real references count. */
function codeOnly(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`(?:\\.|[^`\\])*`/g, "''");
}

const PLATFORM = [
  /\bbrowser\./,
  /\bchrome\./,
  /\bwindow\./,
  /\bdocument\./,
  /\bnavigator\./,
  /\blocalStorage\b/,
  /\bsessionStorage\b/,
  /(?<![.\w])indexedDB\b(?!\s*\??:)/, // the global, not an injected `indexedDB:` option
];
const PLATFORM_IMPORTS = /from\s+'(webextension-polyfill|wxt[^']*|#imports)'/;

describe('core/', () => {
  it('touches no browser or extension global, so every module runs in the worker and in Node alike', () => {
    const offenders = sourceFiles(CORE).flatMap((path) => {
      const text = readFileSync(path, 'utf8');
      const code = codeOnly(text);
      const hits = PLATFORM.filter((pattern) => pattern.test(code)).map(String);
      if (PLATFORM_IMPORTS.test(text)) hits.push('imports a platform module');
      return hits.length > 0 ? [`${relative(CORE, path)}: ${hits.join(', ')}`] : [];
    });
    expect(offenders).toEqual([]);
  });

  it('has the files this check reads', () => {
    expect(sourceFiles(CORE).length).toBeGreaterThan(100);
  });
});
