import { describe, expect, it } from 'vitest';
import { createPasskeyRelay, type PasskeyTabs } from '../../../core/passkeys/create-passkey-relay';
import type { PasskeyCeremonyOutcome, PasskeyCeremonyRequest } from '../../../core/passkeys/passkey-ceremony';

const SITE = 'http://localhost:9230';
const CREDENTIAL = { id: 'cred-1', type: 'public-key' };
const GET_OPTIONS = { challenge: 'c', rpId: 'localhost' };
const CREATE_OPTIONS = { challenge: 'c', rp: { id: 'localhost', name: 'demo' }, user: { id: 'u' } };

/** Tabs as a test scripts them: which exist per origin, what a ceremony answers, and a log of what was done. */
function fakeTabs(options: {
  open?: Record<string, number[]>;
  answer?: (tabId: number, request: PasskeyCeremonyRequest) => Promise<PasskeyCeremonyOutcome>;
  failOpen?: boolean;
}) {
  const log: string[] = [];
  const tabs: PasskeyTabs = {
    find: async (origins) => origins.flatMap((origin) => options.open?.[origin] ?? []),
    open: async (origin) => {
      log.push(`open ${origin}`);
      if (options.failOpen) throw new Error('no');
      return 99;
    },
    focus: async (tabId) => {
      log.push(`focus ${tabId}`);
    },
    run: async (tabId, request) => {
      log.push(`run ${tabId} ${request.kind}`);
      return options.answer
        ? options.answer(tabId, request)
        : { ok: true, origin: SITE, credential: CREDENTIAL as Record<string, unknown> };
    },
  };
  return { tabs, log };
}

const sites =
  (...origins: string[]) =>
  async () =>
    origins;

describe('createPasskeyRelay', () => {
  it('runs a sign-in in the open tab on the pool’s site for the RP id, focused first, and records the passkey used', async () => {
    const { tabs, log } = fakeTabs({ open: { [SITE]: [7] } });
    const used: string[] = [];
    const relay = createPasskeyRelay({
      siteOrigins: sites('https://example.com', SITE),
      tabs,
      onUsed: async (id) => {
        used.push(id);
      },
    });
    expect(await relay.get(GET_OPTIONS)).toEqual(CREDENTIAL);
    expect(log).toEqual(['focus 7', 'run 7 get']);
    expect(used).toEqual(['cred-1']);
  });

  it('opens a tab on the first site on the RP id when none is open, for a registration', async () => {
    const { tabs, log } = fakeTabs({ open: { 'https://other.test': [3] } });
    const relay = createPasskeyRelay({ siteOrigins: sites('https://other.test', SITE), tabs });
    expect(await relay.create(CREATE_OPTIONS)).toEqual(CREDENTIAL);
    expect(log).toEqual([`open ${SITE}`, 'focus 99', 'run 99 create']);
  });

  it('refuses with PasskeyNoSite when no site of the pool is on the RP id, opening nothing', async () => {
    const { tabs, log } = fakeTabs({});
    const relay = createPasskeyRelay({ siteOrigins: sites('https://example.com', 'http://127.0.0.1:9230'), tabs });
    await expect(relay.get(GET_OPTIONS)).rejects.toMatchObject({ code: 'PasskeyNoSite', name: 'PasskeyNoSite' });
    expect(log).toEqual([]);
  });

  it('refuses with PasskeyTabUnavailable when the tab cannot be opened or cannot run the ceremony', async () => {
    const closed = createPasskeyRelay({ siteOrigins: sites(SITE), tabs: fakeTabs({ failOpen: true }).tabs });
    await expect(closed.get(GET_OPTIONS)).rejects.toMatchObject({ code: 'PasskeyTabUnavailable' });
    const broken = fakeTabs({
      open: { [SITE]: [7] },
      answer: async () => {
        throw new Error('Cannot access contents of the page');
      },
    });
    const relay = createPasskeyRelay({ siteOrigins: sites(SITE), tabs: broken.tabs });
    await expect(relay.get(GET_OPTIONS)).rejects.toMatchObject({ code: 'PasskeyTabUnavailable' });
  });

  it('takes no answer from a page that is not on the chosen site (the tab moved meanwhile)', async () => {
    const { tabs } = fakeTabs({
      open: { [SITE]: [7] },
      answer: async () => ({ ok: true, origin: 'https://evil.test', credential: CREDENTIAL }),
    });
    const used: string[] = [];
    const relay = createPasskeyRelay({
      siteOrigins: sites(SITE),
      tabs,
      onUsed: async (id) => {
        used.push(id);
      },
    });
    await expect(relay.get(GET_OPTIONS)).rejects.toMatchObject({ code: 'PasskeyTabUnavailable' });
    expect(used).toEqual([]);
  });

  it('passes the ceremony’s own failure on as an AuthError with Amplify’s name', async () => {
    const { tabs } = fakeTabs({
      open: { [SITE]: [7] },
      answer: async () => ({
        ok: false,
        origin: SITE,
        code: 'PasskeyRegistrationCanceled',
        message: 'Adding the passkey was cancelled or timed out.',
      }),
    });
    const relay = createPasskeyRelay({ siteOrigins: sites(SITE), tabs });
    await expect(relay.create(CREATE_OPTIONS)).rejects.toMatchObject({
      name: 'PasskeyRegistrationCanceled',
      code: 'PasskeyRegistrationCanceled',
    });
  });

  it('gives up with PasskeyTimeout when the page does not answer in time', async () => {
    const { tabs } = fakeTabs({ open: { [SITE]: [7] }, answer: () => new Promise(() => undefined) });
    const relay = createPasskeyRelay({ siteOrigins: sites(SITE), tabs, timeoutMs: 20 });
    await expect(relay.get(GET_OPTIONS)).rejects.toMatchObject({ code: 'PasskeyTimeout' });
  });

  it('reads the pool’s sites when each ceremony starts, so a site bound since is used', async () => {
    const bound: string[] = [];
    const { tabs } = fakeTabs({ open: { [SITE]: [7] } });
    const relay = createPasskeyRelay({ siteOrigins: async () => bound, tabs });
    await expect(relay.get(GET_OPTIONS)).rejects.toMatchObject({ code: 'PasskeyNoSite' });
    bound.push(SITE);
    expect(await relay.get(GET_OPTIONS)).toEqual(CREDENTIAL);
  });
});
