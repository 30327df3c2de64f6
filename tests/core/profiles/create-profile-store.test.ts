import { describe, expect, it } from 'vitest';
import { createProfileStore } from '../../../core/profiles/create-profile-store';
import { parsePoolProfileInput } from '../../../core/profiles/pool-profile';
import { memoryArea } from '../storage/memory-area';

function makeStore(area = memoryArea()) {
  let next = 0;
  return createProfileStore({ area, now: () => 1_700_000_000_000, newId: () => `profile-${++next}` });
}

const demo = parsePoolProfileInput({
  userPoolId: 'local_Sidekey01',
  userPoolClientId: 'sidekeydemoclient000000001',
  userPoolEndpoint: 'http://localhost:9229/',
});

describe('createProfileStore', () => {
  it('starts empty', async () => {
    expect(await makeStore().list()).toEqual([]);
  });

  it('adds a profile with an id and a creation time, and lists it', async () => {
    const store = makeStore();
    const added = await store.add(demo);
    expect(added).toMatchObject({ id: 'profile-1', createdAt: 1_700_000_000_000, userPoolId: 'local_Sidekey01' });
    expect(await store.list()).toEqual([added]);
    expect(await store.get('profile-1')).toEqual(added);
  });

  it('refuses the same pool and client twice', async () => {
    const store = makeStore();
    await store.add(demo);
    await expect(store.add(demo)).rejects.toMatchObject({ code: 'ProfileExists' });
    expect(await store.list()).toHaveLength(1);
  });

  it('removes a profile and reports an unknown one', async () => {
    const store = makeStore();
    await store.add(demo);
    await store.remove('profile-1');
    expect(await store.list()).toEqual([]);
    await expect(store.remove('profile-1')).rejects.toMatchObject({ code: 'ProfileNotFound' });
    await expect(store.get('nope')).rejects.toMatchObject({ code: 'ProfileNotFound' });
  });

  it('refuses to overwrite stored data it cannot read', async () => {
    const area = memoryArea({ 'sidekey.profiles': { version: 99, profiles: 'garbage' } });
    const store = makeStore(area);
    await expect(store.add(demo)).rejects.toMatchObject({ code: 'StorageCorrupt' });
    expect(area.data.get('sidekey.profiles')).toEqual({ version: 99, profiles: 'garbage' });
  });
});
