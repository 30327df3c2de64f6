import { describe, expect, it } from 'vitest';
import { settleAuthSession } from '../../../../core/auth/redirect/settle-auth-session';

describe('settleAuthSession', () => {
  it('passes the redirect URL through as success', async () => {
    await expect(settleAuthSession(async () => 'https://id.chromiumapp.org/?code=c&state=s')).resolves.toEqual({
      type: 'success',
      url: 'https://id.chromiumapp.org/?code=c&state=s',
    });
  });

  it("reports Chrome's and Firefox's closed-window errors as canceled", async () => {
    for (const message of ['The user did not approve access.', 'User cancelled or denied access.']) {
      await expect(
        settleAuthSession(async () => {
          throw new Error(message);
        }),
      ).resolves.toEqual({ type: 'canceled' });
    }
  });

  it('reports other failures as errors and keeps the cause', async () => {
    const failure = new Error('Authorization page could not be loaded.');
    await expect(
      settleAuthSession(async () => {
        throw failure;
      }),
    ).resolves.toEqual({ type: 'error', error: failure });
    await expect(settleAuthSession(async () => undefined)).resolves.toEqual({ type: 'canceled' });
  });
});
