import { describe, expect, it } from 'vitest';
import { parseRedirectCallback } from '../../../../core/auth/redirect/exchange-authorization-code';

const expectedState = 'abc123';

describe('parseRedirectCallback', () => {
  it('returns the code when the state matches', () => {
    expect(parseRedirectCallback('https://app.example/cb?code=xyz&state=abc123', { expectedState })).toEqual({
      code: 'xyz',
    });
  });

  it('refuses a redirect whose state differs from the one sent', () => {
    expect(() => parseRedirectCallback('https://app.example/cb?code=xyz&state=other', { expectedState })).toThrow(
      expect.objectContaining({ code: 'OAuthStateMismatch' }),
    );
  });

  it('turns an error redirect into OAuthSignInException with its description', () => {
    const url = 'https://app.example/cb?error=access_denied&error_description=User+is+disabled&state=abc123';
    expect(() => parseRedirectCallback(url, { expectedState })).toThrow(
      expect.objectContaining({ code: 'OAuthSignInException', message: 'access_denied: User is disabled' }),
    );
  });

  it('treats a redirect without code or state as a cancelled sign-in', () => {
    expect(() => parseRedirectCallback('https://app.example/cb', { expectedState })).toThrow(
      expect.objectContaining({ code: 'OAuthCanceled' }),
    );
  });

  it('refuses something that is not a URL', () => {
    expect(() => parseRedirectCallback('::nope', { expectedState })).toThrow(
      expect.objectContaining({ code: 'OAuthSignInException' }),
    );
  });
});
