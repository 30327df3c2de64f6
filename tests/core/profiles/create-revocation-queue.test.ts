import { describe, expect, it } from 'vitest';
import type { KeyValueStorage } from '../../../core/auth/index';
import {
  createRevocationQueue,
  type EndRetiredSession,
  MAX_ATTEMPTS,
  MAX_RETIRED,
} from '../../../core/profiles/create-revocation-queue';
import { memoryArea } from '../storage/memory-area';

const POOL = {
  userPoolId: 'local_Sidekey01',
  userPoolClientId: 'democlient',
  userPoolEndpoint: 'http://localhost:9229/',
};
const TOKEN_KEY = 'CognitoIdentityServiceProvider.democlient.rita.refreshToken';
const STORED = {
  [TOKEN_KEY]: 'sealed:refresh-token-1',
  'CognitoIdentityServiceProvider.democlient.LastAuthUser': 'rita',
};

/** A sealer whose key is there only while `unlocked`; a sealed value is `sealed:<text>`. */
function fakeSealer() {
  const state = { unlocked: false, opened: [] as string[] };
  return {
    state,
    sealer: {
      sealState: async (stored: string) => (stored.startsWith('sealed:') ? ('current' as const) : ('plain' as const)),
      openSecret: async (sealed: string, aad: string) => {
        if (!state.unlocked) return undefined;
        state.opened.push(aad);
        return sealed.slice('sealed:'.length);
      },
    },
  };
}

function makeQueue() {
  const { state, sealer } = fakeSealer();
  let id = 0;
  const newId = () => {
    id += 1;
    return `r${id}`;
  };
  const queue = createRevocationQueue({ area: memoryArea(), sealer, now: () => 1_000, newId });
  return { state, queue };
}

/** An ending that records the opened storage it was given and answers `outcome`. */
function recordingEnd(outcome: 'ended' | 'retry' = 'ended') {
  const seen: Array<{ token: string | null; user: string | null; forgetDevice: boolean }> = [];
  const end: EndRetiredSession = async ({
    storage,
    forgetDevice,
  }: {
    storage: KeyValueStorage;
    forgetDevice: boolean;
  }) => {
    seen.push({
      token: await storage.getItem(TOKEN_KEY),
      user: await storage.getItem('CognitoIdentityServiceProvider.democlient.LastAuthUser'),
      forgetDevice,
    });
    return outcome;
  };
  return { seen, end };
}

describe('createRevocationQueue', () => {
  it('keeps nothing for a session without a refresh token: there is nothing to revoke', async () => {
    const { queue } = makeQueue();
    await queue.retire({ pool: POOL, stored: { 'x.LastAuthUser': 'rita' }, forgetDevice: false });
    expect(await queue.pending()).toEqual([]);
  });

  it('waits while the vault is locked, then ends the session with its values opened, once', async () => {
    const { state, queue } = makeQueue();
    await queue.retire({ pool: POOL, stored: STORED, forgetDevice: true });
    const { seen, end } = recordingEnd();

    expect(await queue.endAll(end)).toEqual({ ended: 0, waiting: 1 });
    expect(seen).toEqual([]);
    expect(await queue.pending()).toEqual([{ id: 'r1', pool: POOL, forgetDevice: true, queuedAt: 1_000, attempts: 0 }]);

    state.unlocked = true;
    expect(await queue.endAll(end)).toEqual({ ended: 1, waiting: 0 });
    expect(seen).toEqual([{ token: 'refresh-token-1', user: 'rita', forgetDevice: true }]);
    expect(state.opened).toEqual([TOKEN_KEY]); // sealed values are opened under their own key only
    expect(await queue.pending()).toEqual([]);
    expect(await queue.endAll(end)).toEqual({ ended: 0, waiting: 0 });
  });

  it(`tries a session the network would not let end again, at most ${MAX_ATTEMPTS} times`, async () => {
    const { state, queue } = makeQueue();
    state.unlocked = true;
    await queue.retire({ pool: POOL, stored: STORED, forgetDevice: false });
    const { seen, end } = recordingEnd('retry');
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt += 1) {
      expect(await queue.endAll(end)).toEqual({ ended: 0, waiting: 1 });
      expect((await queue.pending())[0]?.attempts).toBe(attempt);
    }
    expect(await queue.endAll(end)).toEqual({ ended: 0, waiting: 0 });
    expect(seen).toHaveLength(MAX_ATTEMPTS);
  });

  it('keeps a session retired while the others were being ended', async () => {
    const { state, queue } = makeQueue();
    state.unlocked = true;
    await queue.retire({ pool: POOL, stored: STORED, forgetDevice: false });
    const end: EndRetiredSession = async () => {
      await queue.retire({ pool: POOL, stored: STORED, forgetDevice: true });
      return 'ended';
    };
    expect(await queue.endAll(end)).toEqual({ ended: 1, waiting: 0 });
    expect((await queue.pending()).map((session) => session.id)).toEqual(['r2']);
  });

  it(`keeps the newest ${MAX_RETIRED} sessions at most`, async () => {
    const { queue } = makeQueue();
    for (let index = 0; index < MAX_RETIRED + 3; index += 1) {
      await queue.retire({ pool: POOL, stored: STORED, forgetDevice: false });
    }
    const pending = await queue.pending();
    expect(pending).toHaveLength(MAX_RETIRED);
    expect(pending[0]?.id).toBe('r4');
  });
});
