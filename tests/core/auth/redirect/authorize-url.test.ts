import { describe, expect, it } from 'vitest';
import { createPkceChallenge, identityProviderParam } from '../../../../core/auth/redirect/authorize-url';

describe('identityProviderParam', () => {
  it('uses the user pool itself when no provider is named', () => {
    expect(identityProviderParam()).toEqual({ name: 'identity_provider', value: 'COGNITO' });
  });

  it("maps Amplify's provider names to Cognito's", () => {
    expect(identityProviderParam('Amazon')).toEqual({ name: 'identity_provider', value: 'LoginWithAmazon' });
    expect(identityProviderParam('Apple')).toEqual({ name: 'identity_provider', value: 'SignInWithApple' });
    expect(identityProviderParam('Google')).toEqual({ name: 'identity_provider', value: 'Google' });
  });

  it('passes a custom provider through and sends an IdP identifier as idp_identifier', () => {
    expect(identityProviderParam({ custom: 'CorpSAML' })).toEqual({ name: 'identity_provider', value: 'CorpSAML' });
    expect(identityProviderParam({ idpIdentifier: 'corp.example' })).toEqual({
      name: 'idp_identifier',
      value: 'corp.example',
    });
  });
});

describe('createPkceChallenge', () => {
  it('matches the S256 example of RFC 7636 appendix B', async () => {
    const verifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
    expect(await createPkceChallenge(verifier)).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });
});
