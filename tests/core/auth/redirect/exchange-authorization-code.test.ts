import { describe, expect, it } from 'vitest';
import { parseRedirectCallback } from '../../../../core/auth/redirect/exchange-authorization-code';

const expectedState = 'abc123';
const redirectUri = 'https://app.example/cb';

describe('parseRedirectCallback', () => {
  it('returns the code when the state matches', () => {
    expect(
      parseRedirectCallback('https://app.example/cb?code=xyz&state=abc123', { expectedState, redirectUri }),
    ).toEqual({
      code: 'xyz',
    });
  });

  it('refuses a redirect whose state differs from the one sent', () => {
    expect(() =>
      parseRedirectCallback('https://app.example/cb?code=xyz&state=other', { expectedState, redirectUri }),
    ).toThrow(expect.objectContaining({ code: 'OAuthStateMismatch' }));
  });

  it('turns an error redirect into OAuthSignInException with its description', () => {
    const url = 'https://app.example/cb?error=access_denied&error_description=User+is+disabled&state=abc123';
    expect(() => parseRedirectCallback(url, { expectedState, redirectUri })).toThrow(
      expect.objectContaining({ code: 'OAuthSignInException', message: 'access_denied: User is disabled' }),
    );
  });

  it('treats a redirect without code or state as a cancelled sign-in', () => {
    expect(() => parseRedirectCallback('https://app.example/cb', { expectedState, redirectUri })).toThrow(
      expect.objectContaining({ code: 'OAuthCanceled' }),
    );
  });

  it('refuses a redirect to any address but the redirect URI sent, even with the right state', () => {
    const elsewhere = [
      'https://evil.example/cb?code=xyz&state=abc123',
      'https://app.example/other?code=xyz&state=abc123',
      'http://app.example/cb?code=xyz&state=abc123',
      'https://app.example:8443/cb?code=xyz&state=abc123',
      'https://user@app.example/cb?code=xyz&state=abc123',
      'https://app.example.evil.example/cb?code=xyz&state=abc123',
    ];
    for (const url of elsewhere)
      expect(() => parseRedirectCallback(url, { expectedState, redirectUri }), url).toThrow(
        expect.objectContaining({ code: 'OAuthRedirectMismatch' }),
      );
    expect(
      parseRedirectCallback('https://APP.example:443/cb?state=abc123&code=xyz#', { expectedState, redirectUri }),
    ).toEqual({ code: 'xyz' });
  });

  it('refuses something that is not a URL', () => {
    expect(() => parseRedirectCallback('::nope', { expectedState, redirectUri })).toThrow(
      expect.objectContaining({ code: 'OAuthSignInException' }),
    );
  });
});
