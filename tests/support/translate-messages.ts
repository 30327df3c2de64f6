import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Translate } from '../../components/translator-context';

/** One entry of a `_locales/<lang>/messages.json`, as the WebExtension i18n format defines it. */
interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type LocaleMessages = Record<string, LocaleMessage>;

const LOCALES = join(import.meta.dirname, '../../public/_locales');

/** Reads `public/_locales/<lang>/messages.json`. */
export function readLocale(lang: string): LocaleMessages {
  return JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as LocaleMessages;
}

/**
 * What `browser.i18n.getMessage` does with a messages.json, for views under test: named placeholders (`$NAME$`,
 * any case) become their `content`, then `$1`…`$9` the substitutions and `$$` a dollar sign. An unknown key
 * throws, so a test never passes on a key the locale lacks.
 */
export function translateWith(messages: LocaleMessages): Translate {
  const byKey = new Map(Object.entries(messages).map(([key, value]) => [key.toLowerCase(), value]));
  return (key, substitutions) => {
    const entry = byKey.get(key.toLowerCase());
    if (!entry) throw new Error(`No message "${key}" in this locale.`);
    const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const placeholders = new Map(
      Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]),
    );
    const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      return placeholders.get(name.toLowerCase()) ?? whole;
    });
    return named.replace(/\$(\$|[1-9])/g, (_whole, which: string) =>
      which === '$' ? '$' : (values[Number(which) - 1] ?? ''),
    );
  };
}

/** The English messages, as a person with an English browser reads them. */
export const english: Translate = translateWith(readLocale('en'));
