import type { Browser, Page } from 'puppeteer-core';
import { pollUntil } from './poll-until';

/** The raw WebDriver BiDi session under puppeteer's Firefox browser and page (not in puppeteer's typings). */
type BidiSend = (method: string, params: object) => Promise<{ result: BidiResult }>;
interface BidiResult {
  type: string;
  result?: { type: string; value?: unknown };
}
interface SerializedNode {
  value?: { shadowRoot?: { sharedId?: string } };
}

/**
 * Clicks the Sidekey inline control or choice whose accessible name is `name` (docs/automation-contract.md), with a
 * trusted pointer click at its centre, once it shows.
 *
 * In Chromium `::-p-aria(…)` reaches into the closed shadow root through the accessibility tree; over WebDriver
 * BiDi Firefox's accessibility locator does not enter closed shadow roots. BiDi itself can: a node serialised with
 * `includeShadowTree: 'all'` carries its closed shadow root, which later calls take as an argument. The controls'
 * accessible names are their `aria-label`s (their text where they have none), which is what this matches.
 */
export async function clickInlineControl(browser: Browser, page: Page, name: string, timeoutMs = 60_000) {
  const send: BidiSend = (method, params) =>
    (browser as unknown as { connection: { send: BidiSend } }).connection.send(method, params);
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const centre = await pollUntil(
    async () => {
      const hosts = await send('script.evaluate', {
        expression: "[...document.querySelectorAll('sidekey-inline')]",
        target: { context },
        awaitPromise: false,
        serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
      });
      const nodes = (hosts.result.result?.value ?? []) as SerializedNode[];
      for (const node of nodes) {
        const sharedId = node.value?.shadowRoot?.sharedId;
        if (!sharedId) continue;
        const found = await send('script.callFunction', {
          functionDeclaration: `(root, wanted) => {
            const named = [...root.querySelectorAll('button, [role=button], [role=menuitem], [role=option]')].find(
              (element) => (element.getAttribute('aria-label') ?? element.textContent.trim()) === wanted,
            );
            if (!named) return null;
            const box = named.getBoundingClientRect();
            if (box.width === 0 || box.height === 0) return null;
            return JSON.stringify({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
          }`,
          arguments: [{ sharedId }, { type: 'string', value: name }],
          target: { context },
          awaitPromise: false,
        });
        if (found.result.result?.type === 'string')
          return JSON.parse(found.result.result.value as string) as { x: number; y: number };
      }
      return undefined;
    },
    `the inline control "${name}"`,
    timeoutMs,
  );
  await page.mouse.click(centre.x, centre.y);
}
