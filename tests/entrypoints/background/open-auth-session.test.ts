import { describe, expect, it } from 'vitest';
import { type LaunchWebAuthFlow, openAuthSession } from '../../../entrypoints/background/open-auth-session';

const authorizeUrl = 'https://auth.example.com/oauth2/authorize?client_id=c';
const redirects = ['https://id.chromiumapp.org/'];
const failingWith =
  (message: string): LaunchWebAuthFlow =>
  async () => {
    throw new Error(message);
  };

describe('openAuthSession', () => {
  it('opens the authorize URL interactively and passes the redirect URL through as success', async () => {
    const launched: { url: string; interactive: boolean }[] = [];
    const launch: LaunchWebAuthFlow = async (details) => {
      launched.push(details);
      return 'https://id.chromiumapp.org/?code=c&state=s';
    };
    await expect(openAuthSession(authorizeUrl, redirects, launch)).resolves.toEqual({
      type: 'success',
      url: 'https://id.chromiumapp.org/?code=c&state=s',
    });
    expect(launched).toEqual([{ url: authorizeUrl, interactive: true }]);
  });

  it("reports Chrome's and Firefox's closed-window errors as canceled", async () => {
    for (const message of ['The user did not approve access.', 'User cancelled or denied access.']) {
      await expect(openAuthSession(authorizeUrl, redirects, failingWith(message))).resolves.toEqual({
        type: 'canceled',
      });
    }
  });

  it('reports other failures as errors and keeps the cause', async () => {
    const failure = new Error('Authorization page could not be loaded.');
    const launch: LaunchWebAuthFlow = async () => {
      throw failure;
    };
    await expect(openAuthSession(authorizeUrl, redirects, launch)).resolves.toEqual({ type: 'error', error: failure });
    await expect(openAuthSession(authorizeUrl, redirects, async () => undefined)).resolves.toEqual({
      type: 'canceled',
    });
  });
});
