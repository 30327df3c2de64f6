import { describe, expect, it } from 'vitest';
import { createMessageClient } from '../../../entrypoints/shared/create-message-client';

describe('createMessageClient', () => {
  it('sends {type, input} and hands back the worker’s reply for vault and account requests alike', async () => {
    const sent: unknown[] = [];
    const call = createMessageClient(async (message) => {
      sent.push(message);
      return { ok: true, data: [] };
    });
    expect(await call('profiles.list')).toEqual({ ok: true, data: [] });
    expect(await call('vault.listCodes', { origin: 'https://a.example' })).toEqual({ ok: true, data: [] });
    expect(sent).toEqual([
      { type: 'profiles.list', input: undefined },
      { type: 'vault.listCodes', input: { origin: 'https://a.example' } },
    ]);
  });

  it('reads a success without data (JSON drops `data: undefined`) as a success', async () => {
    const call = createMessageClient(async () => ({ ok: true }));
    expect(await call('auth.signOut', { profileId: 'p1' })).toEqual({ ok: true, data: undefined });
  });

  it('turns a missing worker or an odd answer into an Unavailable failure', async () => {
    const dead = createMessageClient(async () => {
      throw new Error('Could not establish connection');
    });
    const odd = createMessageClient(async () => 'hello');
    expect(await dead('auth.session', { profileId: 'p1' })).toMatchObject({ ok: false, code: 'Unavailable' });
    expect(await odd('auth.session', { profileId: 'p1' })).toMatchObject({ ok: false, code: 'Unavailable' });
  });
});
