import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleFiles {
  files: string[];
  minified: number;
  gzipped: number;
}

function measure(build: string, files: string[]): BundleFiles {
  const contents = files.map((file) => readFileSync(join(build, file)));
  return {
    files,
    minified: contents.reduce((sum, bytes) => sum + bytes.length, 0),
    gzipped: contents.reduce((sum, bytes) => sum + gzipSync(bytes, { level: 9 }).length, 0),
  };
}

/**
 * What popup.html in `build` loads before its script runs (its module script, the chunks Vite preloads for it and
 * its style sheets), and the chunks its script imports later on demand (named in Vite's `__vite__mapDeps` list).
 */
export function popupStartBundle(build: string): { start: BundleFiles; later: BundleFiles } {
  const html = readFileSync(join(build, 'popup.html'), 'utf8');
  const attribute = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1]!.replace(/^\//, ''));
  const scripts = attribute(/<script type="module"[^>]*\ssrc="([^"]+)"/g);
  const start = [
    ...scripts,
    ...attribute(/<link rel="modulepreload"[^>]*\shref="([^"]+)"/g),
    ...attribute(/<link rel="stylesheet"[^>]*\shref="([^"]+)"/g),
  ];
  const entry = scripts.map((script) => readFileSync(join(build, script), 'utf8')).join('\n');
  const dynamic = entry.match(/__vite__mapDeps=.*?\[(.*?)\]/)?.[1] ?? '';
  const later = [...dynamic.matchAll(/"([^"]+)"/g)].map((match) => match[1]!).filter((file) => !start.includes(file));
  return { start: measure(build, start), later: measure(build, later) };
}
