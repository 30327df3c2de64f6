import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../../core/messages/create-router';
import { FieldError } from '../../../../core/messages/field-error';
import { createFactorPreferences } from '../../../../core/preferences/create-factor-preferences';
import { createProfileStore } from '../../../../core/profiles/create-profile-store';
import { profileHandlers } from '../../../../core/profiles/handlers/profile-handlers';
import { extensionId, extensionOrigin } from '../../messages/extension-senders';
import { memoryArea } from '../../storage/memory-area';

const optionsPage = { id: extensionId, url: `${extensionOrigin}options.html` };
const contentScript = { id: extensionId, url: 'https://app.example.com/', tab: { id: 1 } };

function makeRoute(checkPool?: () => Promise<void>) {
  let next = 0;
  const newId = () => {
    next += 1;
    return `p${next}`;
  };
  const profiles = createProfileStore({ area: memoryArea(), now: () => 0, newId });
  const dropped: string[] = [];
  const engines = { drop: async (id: string) => void dropped.push(id), rebuild: () => undefined };
  const preferences = createFactorPreferences({ area: memoryArea(), now: () => next });
  return Object.assign(
    createRouter({
      extensionId,
      extensionOrigin,
      context: { profiles, engines, preferences, ...(checkPool ? { checkPool } : {}) },
      handlers: profileHandlers,
    }),
    { dropped, preferences },
  );
}

const MIA = { scopes: [{ userPoolId: 'local_Sidekey01' }], username: 'mia', choice: 'mfa' } as const;

const LOCAL = {
  userPoolId: 'local_Sidekey01',
  userPoolClientId: 'client1',
  userPoolEndpoint: 'http://localhost:9229/',
};

describe('profile handlers', () => {
  it('refuses a pool its server does not know, at the field at fault, and stores it when the user skips the check', async () => {
    const unknownClient = async () => {
      throw new FieldError({ code: 'AppClientNotFound', field: 'userPoolClientId', message: 'No such client.' });
    };
    const route = makeRoute(unknownClient);
    expect(await route({ type: 'profiles.add', input: LOCAL }, optionsPage)).toMatchObject({
      ok: false,
      code: 'AppClientNotFound',
      field: 'userPoolClientId',
    });
    expect(await route({ type: 'profiles.list' }, optionsPage)).toEqual({ ok: true, data: [] });
    const skipped = await route({ type: 'profiles.add', input: { ...LOCAL, skipCheck: true } }, optionsPage);
    expect(skipped).toMatchObject({ ok: true, data: { id: 'p1' } });
  });

  it('edits a pool: new sites keep its session, a new pool id is checked and ends the old session', async () => {
    let checks = 0;
    const route = makeRoute(async () => {
      checks += 1;
    });
    await route({ type: 'profiles.add', input: LOCAL }, optionsPage);
    const edited = await route(
      { type: 'profiles.update', input: { ...LOCAL, id: 'p1', label: 'Shop', origins: ['https://shop.example'] } },
      optionsPage,
    );
    expect(edited).toMatchObject({ ok: true, data: { id: 'p1', label: 'Shop', origins: ['https://shop.example'] } });
    expect({ checks, dropped: route.dropped }).toEqual({ checks: 1, dropped: [] });

    const moved = await route(
      { type: 'profiles.update', input: { ...LOCAL, id: 'p1', userPoolId: 'local_Sidekey02' } },
      optionsPage,
    );
    expect(moved).toMatchObject({ ok: true, data: { id: 'p1', userPoolId: 'local_Sidekey02' } });
    expect({ checks, dropped: route.dropped }).toEqual({ checks: 2, dropped: ['p1'] });
  });

  it('refuses an edit of a pool that is not there, and one that is malformed, naming the field', async () => {
    const route = makeRoute();
    expect(await route({ type: 'profiles.update', input: { ...LOCAL, id: 'p9' } }, optionsPage)).toMatchObject({
      ok: false,
      code: 'ProfileNotFound',
    });
    await route({ type: 'profiles.add', input: LOCAL }, optionsPage);
    expect(
      await route({ type: 'profiles.update', input: { ...LOCAL, id: 'p1', userPoolId: 'x' } }, optionsPage),
    ).toMatchObject({ ok: false, code: 'InvalidProfile', field: 'userPoolId' });
  });

  it('add, list and remove a pool from an extension page', async () => {
    const route = makeRoute();
    const input = {
      userPoolId: 'local_Sidekey01',
      userPoolClientId: 'client1',
      userPoolEndpoint: 'http://localhost:9229/',
      origins: ['http://localhost:5173'],
    };
    expect(await route({ type: 'profiles.add', input }, optionsPage)).toMatchObject({ ok: true, data: { id: 'p1' } });
    expect(await route({ type: 'profiles.list' }, optionsPage)).toMatchObject({ ok: true, data: [{ id: 'p1' }] });
    expect(await route({ type: 'profiles.remove', input: { id: 'p1' } }, optionsPage)).toEqual({
      ok: true,
      data: undefined,
    });
  });

  it('forgets the factors picked in a user pool once no profile names that pool', async () => {
    const route = makeRoute();
    const pool = { userPoolId: 'local_Sidekey01', userPoolEndpoint: 'http://localhost:9229/' };
    await route({ type: 'profiles.add', input: { ...pool, userPoolClientId: 'client1' } }, optionsPage);
    await route({ type: 'profiles.add', input: { ...pool, userPoolClientId: 'client2' } }, optionsPage);
    await route.preferences.remember({ ...MIA, factor: 'TOTP' });

    await route({ type: 'profiles.remove', input: { id: 'p1' } }, optionsPage);
    expect(await route.preferences.preferred(MIA)).toBe('TOTP');
    await route({ type: 'profiles.remove', input: { id: 'p2' } }, optionsPage);
    expect(await route.preferences.preferred(MIA)).toBeNull();
    expect(route.dropped).toEqual(['p1', 'p2']);
  });

  it('answers a malformed profile with a typed failure naming the field', async () => {
    const reply = await makeRoute()({ type: 'profiles.add', input: { userPoolId: 'x' } }, optionsPage);
    expect(reply).toMatchObject({ ok: false, code: 'InvalidProfile', field: 'userPoolId' });
  });

  it('names the field of every refusal the add-pool form can place', async () => {
    const route = makeRoute();
    const valid = { userPoolId: 'us-east-1_AbC123', userPoolClientId: 'client1' };
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ userPoolId: valid.userPoolId }, 'InvalidProfile', 'userPoolClientId'],
      [{ ...valid, userPoolClientId: 'a b' }, 'InvalidProfile', 'userPoolClientId'],
      [{ ...valid, userPoolEndpoint: 'http://cognito.example.com/' }, 'InvalidOrigin', 'userPoolEndpoint'],
      [{ ...valid, userPoolEndpoint: 'not a url' }, 'InvalidProfile', 'userPoolEndpoint'],
      [{ ...valid, origins: ['https://ok.example', 'http://shop.example'] }, 'InvalidOrigin', 'origins'],
      [{ ...valid, origins: 'https://ok.example' }, 'InvalidProfile', 'origins'],
      [{ ...valid, hostedUiDomain: 'http://auth.example.com' }, 'InvalidOrigin', 'hostedUiDomain'],
      [{ ...valid, hostedUiDomain: 'auth.example.com', scopes: ['openid email'] }, 'InvalidProfile', 'scopes'],
      [{ ...valid, label: 7 }, 'InvalidProfile', 'label'],
    ];
    for (const [input, code, field] of cases) {
      expect(await route({ type: 'profiles.add', input }, optionsPage), JSON.stringify(input)).toMatchObject({
        ok: false,
        code,
        field,
      });
    }
  });

  it('puts a pool added twice on its app client id', async () => {
    const route = makeRoute();
    const input = {
      userPoolId: 'local_Sidekey01',
      userPoolClientId: 'client1',
      userPoolEndpoint: 'http://localhost:9229/',
    };
    await route({ type: 'profiles.add', input }, optionsPage);
    expect(await route({ type: 'profiles.add', input }, optionsPage)).toMatchObject({
      ok: false,
      code: 'ProfileExists',
      field: 'userPoolClientId',
    });
  });

  it('refuses a removal without an id as BadMessage naming it', async () => {
    expect(await makeRoute()({ type: 'profiles.remove', input: {} }, optionsPage)).toMatchObject({
      ok: false,
      code: 'BadMessage',
      field: 'id',
    });
  });

  it('keeps the list of pools away from web pages', async () => {
    expect(await makeRoute()({ type: 'profiles.list' }, contentScript)).toMatchObject({
      ok: false,
      code: 'ForbiddenSender',
    });
  });
});
