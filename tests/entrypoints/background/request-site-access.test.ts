import { describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { requestSiteAccess } from '../../../entrypoints/background/request-site-access';

describe('requestSiteAccess', () => {
  it('asks for exactly the bound origins (a bare hosted-UI domain is https), skipping what Sidekey never binds', async () => {
    const request = vi.spyOn(browser.permissions, 'request').mockResolvedValue(true);
    const granted = await requestSiteAccess([
      'http://localhost:5173',
      'auth.example.com',
      'http://plain.example.com',
      'not an origin',
    ]);
    expect(granted).toBe(true);
    expect(request).toHaveBeenCalledWith({ origins: ['http://localhost:5173/*', 'https://auth.example.com/*'] });
  });

  it('answers false when the user refuses or the browser cannot prompt, and asks nothing for no origins', async () => {
    const request = vi.spyOn(browser.permissions, 'request').mockRejectedValue(new Error('no gesture'));
    expect(await requestSiteAccess(['https://app.example.com'])).toBe(false);
    request.mockClear();
    expect(await requestSiteAccess([])).toBe(true);
    expect(request).not.toHaveBeenCalled();
  });
});
