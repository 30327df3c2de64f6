import { describe, expect, it } from 'vitest';
import { pinRelyingParty, relyingPartyHosts } from '../../../core/profiles/pin-relying-party';

function recordingPort() {
  const asked: string[] = [];
  const port = {
    get: async (options: Record<string, unknown>) => {
      asked.push(`get ${String(options.rpId)}`);
      return {};
    },
    create: async (options: Record<string, unknown>) => {
      asked.push(`create ${String((options.rp as { id?: string }).id)}`);
      return {};
    },
  };
  return { asked, port };
}

describe('pinRelyingParty', () => {
  const hosts = relyingPartyHosts({
    origins: ['https://app.shop.example', 'http://localhost:5173'],
    hostedUi: { domain: 'https://auth.shop.example' },
  });

  it("reads the hosts of the pool's sites and hosted UI", () => {
    expect(hosts).toEqual(['app.shop.example', 'localhost', 'auth.shop.example']);
  });

  it("passes options for one of the pool's sites or a parent domain of one", async () => {
    const { asked, port } = recordingPort();
    const pinned = pinRelyingParty(port, hosts);
    await pinned.get({ rpId: 'shop.example', challenge: 'c' });
    await pinned.get({ rpId: 'localhost', challenge: 'c' });
    await pinned.create({ rp: { id: 'app.shop.example', name: 'Shop' }, challenge: 'c' });
    expect(asked).toEqual(['get shop.example', 'get localhost', 'create app.shop.example']);
  });

  it('refuses another site, a look-alike, a bare top-level name or no relying party, before asking anyone', async () => {
    const { asked, port } = recordingPort();
    const pinned = pinRelyingParty(port, hosts);
    for (const rpId of ['bank.example', 'evilshop.example', 'example', 'shop.example.evil', '', undefined, 7])
      await expect(pinned.get({ rpId, challenge: 'c' }), String(rpId)).rejects.toMatchObject({
        code: 'RelyingPartyMismatch',
      });
    for (const rp of [{ id: 'bank.example' }, { name: 'no id' }, undefined])
      await expect(pinned.create({ rp, challenge: 'c' })).rejects.toMatchObject({ code: 'RelyingPartyMismatch' });
    expect(asked).toEqual([]);
  });
});
