import { describe, expect, it } from 'vitest';
import { DETECTOR_FILE, planDetectorScripts } from '../../../core/page-access/plan-detector-scripts';

const id = (origin: string) => `sidekey-detector:${origin}`;
const base = { complete: true, granted: [] as string[], registered: [], ports: true };

describe('planDetectorScripts', () => {
  it('registers one detector per bound origin the user granted, with the built file', () => {
    const plan = planDetectorScripts({
      ...base,
      boundOrigins: ['https://app.example.com', 'http://localhost:5173', 'https://ungranted.example'],
      granted: ['https://app.example.com/*', 'http://localhost/*'],
    });
    expect(plan.unregister).toEqual([]);
    expect(plan.register).toEqual([
      {
        id: id('https://app.example.com'),
        matches: ['https://app.example.com/*'],
        js: [DETECTOR_FILE],
        runAt: 'document_idle',
        allFrames: true,
        persistAcrossSessions: true,
      },
      expect.objectContaining({ id: id('http://localhost:5173'), matches: ['http://localhost:5173/*'] }),
    ]);
  });

  it('leaves scripts already registered alone, so a restart registers no duplicate id', () => {
    const plan = planDetectorScripts({
      ...base,
      boundOrigins: ['https://app.example.com'],
      granted: ['https://*/*'],
      registered: [{ id: id('https://app.example.com'), matches: ['https://app.example.com/*'] }],
    });
    expect(plan).toEqual({ register: [], unregister: [] });
  });

  it('removes the script of an origin whose last account went, and of one whose grant was revoked', () => {
    const plan = planDetectorScripts({
      ...base,
      boundOrigins: ['https://kept.example', 'https://revoked.example'],
      granted: ['https://kept.example/*'],
      registered: [
        { id: id('https://kept.example'), matches: ['https://kept.example/*'] },
        { id: id('https://gone.example'), matches: ['https://gone.example/*'] },
        { id: id('https://revoked.example'), matches: ['https://revoked.example/*'] },
      ],
    });
    expect(plan).toEqual({ register: [], unregister: [id('https://gone.example'), id('https://revoked.example')] });
  });

  it('keeps scripts of origins it cannot see while the vault is locked, but still drops revoked ones', () => {
    const plan = planDetectorScripts({
      ...base,
      complete: false,
      boundOrigins: ['https://pool-site.example'],
      granted: ['https://pool-site.example/*', 'https://vault-site.example/*'],
      registered: [
        { id: id('https://vault-site.example'), matches: ['https://vault-site.example/*'] },
        { id: id('https://revoked.example'), matches: ['https://revoked.example/*'] },
      ],
    });
    expect(plan.register.map((script) => script.id)).toEqual([id('https://pool-site.example')]);
    expect(plan.unregister).toEqual([id('https://revoked.example')]);
  });

  it('re-registers a script whose match changed, and never touches scripts that are not the detector’s', () => {
    const plan = planDetectorScripts({
      ...base,
      ports: false,
      boundOrigins: ['http://localhost:5173'],
      granted: ['http://localhost/*'],
      registered: [
        { id: id('http://localhost:5173'), matches: ['http://localhost:5173/*'] },
        { id: 'someone-else', matches: ['https://x.example/*'] },
      ],
    });
    expect(plan.unregister).toEqual([id('http://localhost:5173')]);
    expect(plan.register.map((script) => script.matches)).toEqual([['http://localhost/*']]);
  });
});
