import type { Scripting, Tabs, Windows } from 'webextension-polyfill';
import type { PasskeyTabs } from '../../core/passkeys/create-passkey-relay';
import type { PasskeyCeremonyOutcome, PasskeyCeremonyRequest } from '../../core/passkeys/passkey-ceremony';

/** The passkey content script's built file (WXT puts runtime-registered content scripts under content-scripts/). */
const PASSKEY_FILE = 'content-scripts/passkey.js';

function originOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs in the page's isolated world, serialised by executeScript: calls the ceremony the passkey content script
 * published (waiting a moment for it to start), and answers its outcome. Self-contained by necessity.
 */
async function callCeremony(request: PasskeyCeremonyRequest): Promise<PasskeyCeremonyOutcome> {
  const key = Symbol.for('sidekey.passkey');
  const scope = globalThis as unknown as Record<
    symbol,
    ((request: unknown) => Promise<PasskeyCeremonyOutcome>) | undefined
  >;
  for (let tries = 0; tries < 50 && !scope[key]; tries += 1) await new Promise((resolve) => setTimeout(resolve, 20));
  const run = scope[key];
  if (run) return run(request);
  return { ok: false, origin: location.origin, code: 'PasskeyNotSupported', message: 'Sidekey could not start here.' };
}

function isOutcome(value: unknown): value is PasskeyCeremonyOutcome {
  const outcome = value as Partial<PasskeyCeremonyOutcome> | null;
  return (
    typeof outcome === 'object' &&
    outcome !== null &&
    typeof outcome.ok === 'boolean' &&
    typeof outcome.origin === 'string'
  );
}

/**
 * The browser side of the worker's passkey port (core/passkeys/create-passkey-relay.ts): finds, opens and focuses
 * tabs, and runs a ceremony in a tab's top frame — the passkey content script injected first, then called in that
 * same document (pinned by its document id where the browser gives one, so a page that navigated meanwhile is not
 * the one asked).
 */
export function createPasskeyTabs(api: {
  tabs: Pick<Tabs.Static, 'query' | 'create' | 'get' | 'update' | 'onUpdated'>;
  windows: Pick<Windows.Static, 'update'>;
  scripting: Pick<Scripting.Static, 'executeScript'>;
}): PasskeyTabs {
  return {
    async find(origins) {
      const tabs = await api.tabs.query({});
      return tabs
        .filter((tab) => tab.id !== undefined && origins.includes(originOf(tab.url) ?? ''))
        .sort((a, b) => Number(b.active) - Number(a.active))
        .map((tab) => tab.id!);
    },
    async open(origin) {
      const tab = await api.tabs.create({ url: `${origin}/`, active: true });
      const tabId = tab.id!;
      await new Promise<void>((resolve) => {
        const done = (id: number, change: Tabs.OnUpdatedChangeInfoType) => {
          if (id !== tabId || change.status !== 'complete') return;
          api.tabs.onUpdated.removeListener(done);
          resolve();
        };
        api.tabs.onUpdated.addListener(done);
        void api.tabs.get(tabId).then((current) => {
          if (current.status === 'complete') done(tabId, { status: 'complete' });
        });
      });
      return tabId;
    },
    async focus(tabId) {
      const tab = await api.tabs.update(tabId, { active: true });
      if (tab?.windowId !== undefined) await api.windows.update(tab.windowId, { focused: true });
    },
    async run(tabId, request) {
      const [injected] = await api.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [PASSKEY_FILE] });
      const documentId = (injected as { documentId?: string } | undefined)?.documentId;
      const [answered] = await api.scripting.executeScript({
        target: documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [0] },
        func: callCeremony,
        args: [request],
      });
      if (!isOutcome(answered?.result)) throw new Error('The passkey script gave no answer.');
      return answered.result;
    },
  };
}
