import type { Page } from 'puppeteer-core';
import { DEMO_SITES } from '../../../demo/demo-sites';
import { sendMessage } from './chromium';
import type { DemoSite } from './demo-site';

/**
 * Sets Sidekey up for the demo site through the documented messages, as a person would in Settings: a vault with a
 * passphrase, and the demo's first pool added and bound to the demo origin. Answers the pool profile's id.
 */
export async function addDemoPool(page: Page, site: DemoSite): Promise<string> {
  const demo = DEMO_SITES[0]!;
  const setUp = await sendMessage(page, 'vault.setup', { passphrase: 'e2e passphrase, not secret' });
  if (!setUp.ok) throw new Error(`vault.setup failed: ${JSON.stringify(setUp)}`);
  const added = await sendMessage(page, 'profiles.add', {
    label: 'Demo',
    userPoolId: demo.userPoolId,
    userPoolClientId: demo.userPoolClientId,
    userPoolEndpoint: site.poolUrl,
    origins: [site.url],
  });
  if (!added.ok) throw new Error(`profiles.add failed: ${JSON.stringify(added)}`);
  return (added as { data: { id: string } }).data.id;
}
