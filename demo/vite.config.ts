import { fileURLToPath } from 'node:url';
import type { UserConfig } from 'vite';

const demoDir = fileURLToPath(new URL('.', import.meta.url));

/**
 * The demo site's own build (`npm run build:demo` → .output/demo): real React for the real Amplify UI, unlike the
 * extension's WXT build, which aliases React to Preact. Each .tsx here also names React as its JSX import source
 * in its first comment, so the repository's tsconfig (Preact JSX) checks it with React's types.
 */
const config: UserConfig = {
  root: demoDir,
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: fileURLToPath(new URL('../.output/demo', import.meta.url)),
    emptyOutDir: true,
    // Amplify UI with React is one large bundle; size does not matter on a local demo.
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      // Radix's "use client" markers mean nothing outside React Server Components.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
};

export default config;
