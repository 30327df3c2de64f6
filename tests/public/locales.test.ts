import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type LocaleMessages, readLocale } from '../support/translate-messages';

/*
 * Every word a person reads comes from public/_locales (docs/i18n.md). These tests keep the locales in step with
 * each other and with the code: the same keys and placeholders everywhere, every key the code names present, and
 * none left over.
 */
const ROOT = join(import.meta.dirname, '../..');
const LANGUAGES = readdirSync(join(ROOT, 'public/_locales'));
const locales = new Map(LANGUAGES.map((lang) => [lang, readLocale(lang)]));
const english = locales.get('en')!;

/**
 * The sources that may name a message: the views, their wiring, the manifest, and the filler's words in core/page,
 * read from the one list of keys it may use (page-translate.ts's PageWordKey, docs/i18n.md §2) — the rest of
 * core/page names Amplify's form fields, some of which look like keys (`confirm_password`).
 */
function sources(): { path: string; text: string }[] {
  const found: { path: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name)) found.push({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') });
    }
  };
  for (const dir of ['components', 'entrypoints']) walk(join(ROOT, dir));
  for (const path of ['core/page/page-translate.ts', 'wxt.config.ts']) {
    found.push({ path, text: readFileSync(join(ROOT, path), 'utf8') });
  }
  return found;
}

/** `$NAME$` references in a message, lower-cased as the browser matches them. */
const referenced = (message: string) =>
  new Set([...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()));
const placeholders = (messages: LocaleMessages, key: string) =>
  Object.fromEntries(
    Object.entries(messages[key]?.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]),
  );

/** Message keys share these first words (`popup_…`, `failure_…`): a string literal starting so names a message. */
const PREFIXES = new Set(Object.keys(english).map((key) => key.split('_')[0]!));
const usedKeys = new Map<string, string>();
for (const { path, text } of sources()) {
  for (const match of text.matchAll(/['"`]([a-z][a-z0-9]*(?:_[A-Za-z0-9]+)+)['"`]|__MSG_(\w+)__/g)) {
    const key = match[1] ?? match[2]!;
    if (match[2] || PREFIXES.has(key.split('_')[0]!)) usedKeys.set(key, path);
  }
}

describe('the locales', () => {
  it('include English, the default locale, and at least one more language', () => {
    expect(LANGUAGES).toContain('en');
    expect(LANGUAGES.length).toBeGreaterThan(1);
  });

  it.each(LANGUAGES)('%s has exactly the English keys, each with a message', (lang) => {
    const messages = locales.get(lang)!;
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [key, value] of Object.entries(messages)) expect(value.message.trim(), key).not.toBe('');
  });

  it.each(LANGUAGES)('%s has the same placeholders as English, and uses every one it declares', (lang) => {
    const messages = locales.get(lang)!;
    for (const key of Object.keys(english)) {
      expect(placeholders(messages, key), key).toEqual(placeholders(english, key));
      expect(referenced(messages[key]!.message), key).toEqual(new Set(Object.keys(placeholders(english, key))));
    }
  });

  it('name no key twice, as the browser reads keys without regard to case', () => {
    const lower = Object.keys(english).map((key) => key.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
  });

  it('hold every key the code names, in every language', () => {
    expect(usedKeys.size).toBeGreaterThan(0);
    for (const [key, path] of usedKeys) {
      for (const lang of LANGUAGES) expect(locales.get(lang)![key], `${key} (${path}) in ${lang}`).toBeDefined();
    }
  });

  it('hold no message the code never names', () => {
    expect(Object.keys(english).filter((key) => !usedKeys.has(key))).toEqual([]);
  });
});
