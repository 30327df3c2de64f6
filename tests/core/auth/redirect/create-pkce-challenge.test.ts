import { describe, expect, it } from 'vitest';
import { createPkceChallenge } from '../../../../core/auth/redirect/create-pkce-challenge';

describe('createPkceChallenge', () => {
  it('matches the S256 example of RFC 7636 appendix B', async () => {
    const verifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
    expect(await createPkceChallenge(verifier)).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });
});
