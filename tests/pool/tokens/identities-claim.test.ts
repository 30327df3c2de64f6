import { describe, expect, it } from 'vitest';
import { identitiesClaim } from '../../../pool/tokens/identities-claim';

describe('identitiesClaim', () => {
  it('writes every value of the stored identities as a string, keeping a null issuer', () => {
    const attribute = JSON.stringify([
      {
        userId: '42',
        providerName: 'Google',
        providerType: 'Google',
        issuer: null,
        primary: true,
        dateCreated: 1642699117273,
      },
    ]);
    expect(identitiesClaim(attribute)).toEqual([
      {
        userId: '42',
        providerName: 'Google',
        providerType: 'Google',
        issuer: null,
        primary: 'true',
        dateCreated: '1642699117273',
      },
    ]);
  });

  it('gives an empty list for an attribute that is not a JSON array', () => {
    expect(identitiesClaim('not json')).toEqual([]);
    expect(identitiesClaim('{"userId": "1"}')).toEqual([]);
  });
});
