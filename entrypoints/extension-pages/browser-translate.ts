import browser from 'webextension-polyfill';
import type { Translate } from '../../components/translator-context';

/**
 * The views' translator in the extension: `browser.i18n` reads `_locales/<language>/messages.json` and falls back
 * to English (`default_locale`); an unknown key, which the locales test rules out, shows the key itself.
 */
export const browserTranslate: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions) || key;
