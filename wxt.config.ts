import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * Public half of the key that pins Sidekey's extension id (npbmcjcmafkjbchncmpemdbkmagoobec)
 * for unpacked builds, so tests and hosted-UI callback URLs stay stable across checkouts.
 * @see https://developer.chrome.com/docs/extensions/reference/manifest/key
 */
const MANIFEST_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAvw3Zzm8aQcPw3ES4hfN/NcrK+zBT2X34JWmWeHmchK2tqvSfbKY8RRlAAXtcMl85OzmCmweotsn0Ki/BE+brPoM7iTBmxfMxOOWTL4K1TyUmSbrnQvk4182fOpPvj/KZzKAPnwJPcy9wIY+Lcw2Zhj7vz3ALBbT5vsmF/LYvvPGFbLHqg/s5MZGgQ6iK7ydrCXgQzv2A4A4wduq0j+9ZysIbM0g3rLca7MhJHcqJxIqqo52QsX0Hbppo5ZV5PDG9cfj62+kRBf3pow2h7PU5h3htwiUr1Hag5eUYwFbI9LUtUDeyVV8faF7fJ5/CWNA+/mnxazot35IdMZcR1sPROwIDAQAB';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Sidekey',
    description: 'Sign in to Amazon Cognito-backed sites with passwords, codes and passkeys; your authenticator too.',
    permissions: ['storage', 'alarms', 'idle', 'identity', 'activeTab'],
    host_permissions: ['http://localhost/*', 'http://127.0.0.1/*'],
    // The vault's Argon2id (hash-wasm) compiles WebAssembly: allow that, and nothing else beyond the MV3 default.
    // https://developer.chrome.com/docs/extensions/reference/manifest/content-security-policy
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'sidekey@sidekey.dev', data_collection_permissions: { required: ['none'] } },
          },
        }
      : { key: MANIFEST_KEY }),
  }),
  vite: () => ({ plugins: [preact()] }),
});
