import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Comments cite `docs/<file>.md §N`. A reader of a fresh clone must be able to follow every citation: the file is
 * in docs/, the section is one of its headings, and nothing points at notes kept outside the repository.
 */
const ROOT = join(import.meta.dirname, '..');
const SOURCE_DIRS = ['core', 'pool', 'entrypoints', 'components', 'tests', 'scripts', 'bench'];

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const sources = SOURCE_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir))).map((path) => ({
  file: relative(ROOT, path),
  text: readFileSync(path, 'utf8'),
}));

/** `docs/<file>.md`, optionally followed by `§N` or a range `§N–§M` (the comment may wrap between name and section). */
const CITATION = /docs\/([\w-]+\.md)(?:[\s*/]*§(\d+(?:\.\d+)*)(?:\s*[–-]\s*§?(\d+(?:\.\d+)*))?)?/g;

function headingExists(doc: string, section: string): boolean {
  const escaped = section.replaceAll('.', '\\.');
  return new RegExp(`^#{1,6}\\s+§?${escaped}\\.?\\s`, 'm').test(doc);
}

describe('citations in code comments', () => {
  it('point at no note outside the repository', () => {
    const outside = /cognito-protocol\.md|cognito-emulators\.md|extension-field\.md|\/work\/shared|shared\/reference/;
    const offenders = sources.filter(({ text }) => outside.test(text)).map(({ file }) => file);
    expect(offenders).toEqual([]);
  });

  it('name files that exist in docs/ and sections that are headings there', () => {
    const broken: string[] = [];
    for (const { file, text } of sources) {
      for (const [, name, from, to] of text.matchAll(CITATION)) {
        const path = join(ROOT, 'docs', name!);
        if (!existsSync(path)) {
          broken.push(`${file}: docs/${name} does not exist`);
          continue;
        }
        const doc = readFileSync(path, 'utf8');
        for (const section of [from, to]) {
          if (section !== undefined && !headingExists(doc, section)) {
            broken.push(`${file}: docs/${name} has no section ${section}`);
          }
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('has citations to check', () => {
    const count = sources.reduce((total, { text }) => total + [...text.matchAll(CITATION)].length, 0);
    expect(count).toBeGreaterThan(50);
  });
});

describe('docs/', () => {
  const docs = readdirSync(join(ROOT, 'docs')).filter((name) => name.endsWith('.md'));

  it('names only source paths that exist, so a reader is never sent to a moved file', () => {
    const missing = docs.flatMap((name) => {
      const text = readFileSync(join(ROOT, 'docs', name), 'utf8');
      const paths = [...text.matchAll(/`((?:core|pool|entrypoints|components|tests|scripts|bench)\/[\w./-]*)`/g)];
      return paths
        .map(([, path]) => path!)
        .filter((path) => !existsSync(join(ROOT, path)))
        .map((path) => `${name}: ${path}`);
    });
    expect(missing).toEqual([]);
  });

  it('lists every file in its index', () => {
    const index = readFileSync(join(ROOT, 'docs/README.md'), 'utf8');
    expect(docs.filter((name) => name !== 'README.md' && !index.includes(`(${name})`))).toEqual([]);
  });
});
