import { resolve } from 'node:path';
import { createDemoConfig } from '../../../demo/create-demo-config';
import { serveDemo } from '../../../demo/serve-demo';
import { readSeedFile } from '../../../pool/seed/read-seed-file';
import { type RunningPool, startPool } from '../../../pool/start-pool';

export interface DemoSite {
  /** The demo's origin, `http://localhost:<port>` (pages: `/` and `/mfa-required`). */
  url: string;
  /** The local pool the demo signs in to. */
  poolUrl: string;
  /** The pool itself: its outbox holds the codes it "sent", its clock can be moved. */
  pool: RunningPool;
  stop: () => Promise<void>;
}

/**
 * The demo site as `npm start` serves it, on free ports: the local pool on the demo seed and the built demo
 * (`npm run build:demo` first) pointed at it. Stop it in afterAll. Amplify keeps a signed-in user in the origin's
 * localStorage: sign out, or use one browser context per user (`browser.createBrowserContext()`).
 */
export async function startDemoSite(): Promise<DemoSite> {
  const seed = readSeedFile(resolve('pool/seed/demo.json'));
  const pool = await startPool({ port: 0, seed });
  try {
    const demo = await serveDemo({ root: resolve('.output/demo'), config: createDemoConfig(seed, pool.url), port: 0 });
    return {
      url: demo.url,
      poolUrl: pool.url,
      pool,
      stop: async () => {
        await demo.stop();
        await pool.stop();
      },
    };
  } catch (error) {
    await pool.stop();
    throw error;
  }
}
