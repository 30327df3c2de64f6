import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * Public half of the key that pins Sidekey's extension id (npbmcjcmafkjbchncmpemdbkmagoobec) for unpacked
 * development and e2e builds, so tests and hosted-UI callback URLs stay stable across checkouts. The store build
 * carries no key: the store assigns the id.
 * @see https://developer.chrome.com/docs/extensions/reference/manifest/key
 */
const MANIFEST_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAvw3Zzm8aQcPw3ES4hfN/NcrK+zBT2X34JWmWeHmchK2tqvSfbKY8RRlAAXtcMl85OzmCmweotsn0Ki/BE+brPoM7iTBmxfMxOOWTL4K1TyUmSbrnQvk4182fOpPvj/KZzKAPnwJPcy9wIY+Lcw2Zhj7vz3ALBbT5vsmF/LYvvPGFbLHqg/s5MZGgQ6iK7ydrCXgQzv2A4A4wduq0j+9ZysIbM0g3rLca7MhJHcqJxIqqo52QsX0Hbppo5ZV5PDG9cfj62+kRBf3pow2h7PU5h3htwiUr1Hag5eUYwFbI9LUtUDeyVV8faF7fJ5/CWNA+/mnxazot35IdMZcR1sPROwIDAQAB';

/** Origins the user may grant when binding a site: any https site, and plain http on loopback only. */
const BINDABLE_ORIGINS = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];
/** Granted up front only in development and e2e builds: headless Chromium never answers permissions.request. */
const LOOPBACK_ORIGINS = ['http://localhost/*', 'http://127.0.0.1/*'];

/** The extension's icons, drawn in public/icons/ (sources and renderer: scripts/draw-icons.ts). */
const SIDEKEY_ICONS = {
  16: '/icons/sidekey-16.png',
  32: '/icons/sidekey-32.png',
  48: '/icons/sidekey-48.png',
  128: '/icons/sidekey-128.png',
};
/** The toolbar button's default look (the worker swaps it per tab: entrypoints/background/toolbar-icon.ts). */
const TOOLBAR_ICON = { default_icon: { 16: SIDEKEY_ICONS[16], 32: SIDEKEY_ICONS[32] } };

/**
 * The detector must stay within 2 KB and cost next to nothing on every page of a bound origin: WXT's content-script
 * wrapper runs `main` in an async function with a ContentScriptContext (which pulls in the browser polyfill and a
 * location watcher) and a logger. The detector's `main` takes no context and returns nothing, so its build replaces
 * that wrapper with a plain call: the output is one IIFE that calls `main` (bench/detector.ts measures the cost).
 * The filler, which may be large, keeps WXT's wrapper.
 */
function bareContentScriptEntrypoint() {
  const prefix = '\0virtual:wxt-content-script-isolated-world-entrypoint?';
  return {
    name: 'sidekey-bare-content-script-entrypoint',
    enforce: 'pre' as const,
    load: (id: string) =>
      id.startsWith(prefix)
        ? `import definition from ${JSON.stringify(id.slice(prefix.length))}; definition.main();`
        : undefined,
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // Firefox too: WXT writes its background as an event page (`background.scripts`, non-persistent), which Firefox
  // suspends when idle as Chrome stops its service worker — one suspend-and-resume design for both
  // (docs/browser-testing.md#firefox).
  manifestVersion: 3,
  manifest: ({ browser, mode }) => {
    // `npm run build` is the store build; `npm run build:e2e` (mode e2e) and `wxt` dev add the key and loopback.
    const testable = mode !== 'production';
    return {
      // Words come from public/_locales (docs/i18n.md): English is the default, the browser's language if present.
      default_locale: 'en',
      name: '__MSG_extension_name__',
      description: '__MSG_extension_description__',
      icons: SIDEKEY_ICONS,
      action: TOOLBAR_ICON,
      permissions: ['storage', 'alarms', 'idle', 'identity', 'activeTab', 'scripting'],
      // No standing host permission: the user grants each bound site when binding it (a user gesture).
      optional_host_permissions: BINDABLE_ORIGINS,
      ...(testable ? { host_permissions: LOOPBACK_ORIGINS } : {}),
      commands: {
        'fill-on-page': {
          suggested_key: { default: 'Alt+Shift+K' },
          description: '__MSG_command_fill_on_page__',
        },
      },
      // The vault's Argon2id (hash-wasm) compiles WebAssembly: allow that, and nothing else beyond the MV3 default.
      // https://developer.chrome.com/docs/extensions/reference/manifest/content-security-policy
      content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" },
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: { id: 'sidekey@sidekey.dev', data_collection_permissions: { required: ['none'] } },
            },
          }
        : testable
          ? { key: MANIFEST_KEY }
          : {}),
    };
  },
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.length === 1 && entrypoints[0]?.name === 'detector') {
        config.plugins = [bareContentScriptEntrypoint(), ...(config.plugins ?? [])];
      }
    },
  },
  vite: () => ({ plugins: [preact()] }),
});
