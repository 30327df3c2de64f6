import { describe, expect, it } from 'vitest';
import { identityProviderParam } from '../../../../core/auth/redirect/identity-provider-param';

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
