import { describe, expect, it } from 'vitest';
import { createMessageClient } from '../../../entrypoints/extension-pages/create-message-client';

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

  it('hands back the field a refusal names, and treats a field that is not text as no reply', async () => {
    const refusal = { ok: false, code: 'InvalidProfile', field: 'userPoolId', message: 'x' };
    expect(
      await createMessageClient(async () => refusal)('profiles.add', { userPoolId: 'x', userPoolClientId: 'c' }),
    ).toEqual(refusal);
    const odd = createMessageClient(async () => ({ ...refusal, field: 3 }));
    expect(await odd('profiles.add', { userPoolId: 'x', userPoolClientId: 'c' })).toMatchObject({
      ok: false,
      code: 'Unavailable',
    });
  });

  it('is typed from the contracts: a wrong input or an unknown request does not compile', () => {
    const call = createMessageClient(async () => ({ ok: true }));
    // @ts-expect-error auth.signIn needs a username.
    void call('auth.signIn', { profileId: 'p1' });
    // @ts-expect-error no request has this name.
    void call('profiles.rename', { id: 'p1' });
    // @ts-expect-error profiles.remove takes { id }, not a bare string.
    void call('profiles.remove', 'p1');
    expect(true).toBe(true);
  });
});
