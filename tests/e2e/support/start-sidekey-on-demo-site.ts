import type { Page } from 'puppeteer-core';
import { launchChromium, openPage, sendMessage } from './chromium';
import { type DemoSite, startDemoSite } from './demo-site';

export interface SidekeyOnDemoSite {
  site: DemoSite;
  /** The demo's origin, which the files bind pools, sign-ins and codes to. */
  origin: string;
  chromium: Awaited<ReturnType<typeof launchChromium>>;
  /** Sidekey's settings page, where the files send the documented set-up messages (docs/messages.md). */
  settings: Page;
}

/**
 * The demo site on free ports and Chromium with Sidekey, its vault set up through `vault.setup` from the settings
 * page. Close `chromium` and stop `site` in afterAll; if a step fails here, what it started is closed first.
 */
export async function startSidekeyOnDemoSite(options: { vaultPassphrase: string }): Promise<SidekeyOnDemoSite> {
  const site = await startDemoSite();
  let chromium: SidekeyOnDemoSite['chromium'] | undefined;
  try {
    chromium = await launchChromium();
    const settings = await openPage(chromium.browser, 'options.html');
    const setUp = await sendMessage(settings, 'vault.setup', { passphrase: options.vaultPassphrase });
    if (!setUp.ok) throw new Error(`vault.setup failed: ${JSON.stringify(setUp)}`);
    return { site, origin: new URL(site.url).origin, chromium, settings };
  } catch (error) {
    await chromium?.close();
    await site.stop();
    throw error;
  }
}
