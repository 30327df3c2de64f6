import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../core/messages/create-router';
import { discoverPoolHandlers } from '../../../core/page-access/discover-pool-handlers';
import { poolProfile } from '../../components/pool-fixture';
import { extensionId, extensionOrigin, popup } from '../messages/extension-senders';

const HINT = { userPoolId: 'local_Sidekey01', userPoolClientId: 'sidekeydemoclient000000001', region: 'local' };

/** A worker whose tab 7 is on `origin` and whose page-side script answers `answer` (or throws `refuse`). */
function worker(options: { origin?: string; answer?: unknown; refuse?: boolean; known?: boolean }) {
  return createRouter({
    extensionId,
    extensionOrigin,
    context: {
      profiles: {
        list: async () =>
          options.known
            ? [poolProfile({ id: 'p1', userPoolId: HINT.userPoolId, userPoolClientId: HINT.userPoolClientId })]
            : [],
      },
      discoverTabs: {
        originOf: async () => options.origin,
        readPool: async () => {
          if (options.refuse) throw new Error('Cannot access contents of the page');
          return options.answer;
        },
      },
    },
    handlers: discoverPoolHandlers,
  });
}

const ask = (route: ReturnType<typeof worker>) => route({ type: 'site.discoverPool', input: { tabId: 7 } }, popup);

describe('site.discoverPool', () => {
  it('answers the pool the page signed in to, with the tab’s origin, when Sidekey does not have it', async () => {
    const route = worker({
      origin: 'http://localhost:9230',
      answer: { ...HINT, userPoolEndpoint: 'http://127.0.0.1:9229/' },
    });
    expect(await ask(route)).toEqual({
      ok: true,
      data: { origin: 'http://localhost:9230', ...HINT, userPoolEndpoint: 'http://127.0.0.1:9229/' },
    });
  });

  it('answers null for a pool Sidekey already has, a page with no sign-in, or a malformed answer', async () => {
    expect(await ask(worker({ origin: 'https://app.example.com', answer: HINT, known: true }))).toEqual({
      ok: true,
      data: null,
    });
    expect(await ask(worker({ origin: 'https://app.example.com', answer: undefined }))).toEqual({
      ok: true,
      data: null,
    });
    const bad = { ...HINT, userPoolEndpoint: 'http://evil.example.com/' };
    expect(await ask(worker({ origin: 'https://app.example.com', answer: bad }))).toEqual({ ok: true, data: null });
    expect(await ask(worker({ origin: 'https://app.example.com', answer: { ...HINT, userPoolId: 'x' } }))).toEqual({
      ok: true,
      data: null,
    });
  });

  it('refuses plain http pages off loopback and pages the browser will not let it script', async () => {
    expect(await ask(worker({ origin: 'http://app.example.com', answer: HINT }))).toMatchObject({
      ok: false,
      code: 'SiteNotUsable',
    });
    expect(await ask(worker({ origin: undefined }))).toMatchObject({ ok: false, code: 'SiteNotUsable' });
    expect(await ask(worker({ origin: 'https://app.example.com', refuse: true }))).toMatchObject({
      ok: false,
      code: 'SiteUnavailable',
    });
  });

  it('answers extension pages only', async () => {
    const page = { id: extensionId, url: 'https://app.example.com/', tab: { id: 7 }, frameId: 0 };
    const route = worker({ origin: 'https://app.example.com', answer: HINT });
    expect(await route({ type: 'site.discoverPool', input: { tabId: 7 } }, page)).toMatchObject({ ok: false });
  });
});
