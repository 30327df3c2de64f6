import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type english from '../public/_locales/en/messages.json';

/** A key of `public/_locales/en/messages.json`: every string a person reads comes from there (docs/i18n.md §1). */
export type MessageKey = keyof typeof english;

/**
 * Looks up a message in the browser's language (`browser.i18n.getMessage` in the extension, a messages.json
 * reader in tests); `substitutions` fill the message's placeholders in order.
 */
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

/** Without a provider a view shows its keys, so a screen left unwired is seen at once rather than half-English. */
const showKey: Translate = (key) => key;

/** Provided by each entrypoint that renders views (popup, options, the inline control's mount). */
export const TranslatorContext = createContext<Translate>(showKey);

/** The translator the entrypoint provided. */
export function useT(): Translate {
  return useContext(TranslatorContext);
}
