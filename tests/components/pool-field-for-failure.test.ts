import { describe, expect, it } from 'vitest';
import { poolFieldForFailure } from '../../components/pool-field-for-failure';

const typed = { userPoolEndpoint: 'http://pool.internal:9229/', hostedUiDomain: 'auth.example.com' };

describe('poolFieldForFailure', () => {
  it('puts ProfileExists on the app client id', () => {
    expect(poolFieldForFailure({ code: 'ProfileExists', message: 'x' }, {})).toBe('userPoolClientId');
  });

  it('puts InvalidOrigin on the address its message quotes, else on the sites', () => {
    const onEndpoint =
      'Sidekey only works on https:// sites (and http:// on localhost), not on "http://pool.internal:9229".';
    expect(poolFieldForFailure({ code: 'InvalidOrigin', message: onEndpoint }, typed)).toBe('userPoolEndpoint');
    const onHosted = '"ftp://auth.example.com" is not a web address.';
    expect(poolFieldForFailure({ code: 'InvalidOrigin', message: onHosted }, typed)).toBe('hostedUiDomain');
    expect(poolFieldForFailure({ code: 'InvalidOrigin', message: '"nope" is not a web address.' }, typed)).toBe(
      'origins',
    );
  });

  it('puts InvalidProfile on the field its message names', () => {
    const field = (message: string) => poolFieldForFailure({ code: 'InvalidProfile', message }, typed);
    expect(field('"userPoolId" must be a non-empty string.')).toBe('userPoolId');
    expect(field('"abc def" is not an app client id.')).toBe('userPoolClientId');
    expect(field('"::" is not a valid endpoint URL.')).toBe('userPoolEndpoint');
    expect(field('"origins" must be a list of web addresses.')).toBe('origins');
    expect(field('A profile must be an object.')).toBeUndefined();
  });

  it('leaves other failures to the form', () => {
    expect(poolFieldForFailure({ code: 'Unavailable', message: 'x' }, typed)).toBeUndefined();
  });
});
