import { describe, expect, it } from 'vitest';
import { poolFieldForFailure } from '../../components/pool-field-for-failure';

describe('poolFieldForFailure', () => {
  it('puts a refusal on the form field the reply names', () => {
    const fields = [
      'label',
      'userPoolId',
      'userPoolClientId',
      'userPoolEndpoint',
      'region',
      'origins',
      'hostedUiDomain',
    ];
    for (const field of [...fields, 'passwordPolicy']) {
      expect(poolFieldForFailure({ field })).toBe(field);
    }
  });

  it('puts an item of a list on the list and the scopes on the hosted UI they are for', () => {
    expect(poolFieldForFailure({ field: 'origins.2' })).toBe('origins');
    expect(poolFieldForFailure({ field: 'scopes.0' })).toBe('hostedUiDomain');
    expect(poolFieldForFailure({ field: 'passwordPolicy.minimumLength' })).toBe('passwordPolicy');
  });

  it('leaves failures without a field the form shows to the form, whatever their message says', () => {
    expect(poolFieldForFailure({})).toBeUndefined();
    expect(poolFieldForFailure({ field: 'id' })).toBeUndefined();
    expect(poolFieldForFailure({ field: 'constructor' })).toBeUndefined();
  });
});
