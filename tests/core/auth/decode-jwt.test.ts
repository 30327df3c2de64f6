import { describe, expect, it } from 'vitest';
import { decodeJwt } from '../../../core/auth/decode-jwt';
import { fakeJwt } from './fake-cognito';

describe('decodeJwt', () => {
  it('reads the payload of a compact JWS and gives the token back as its string', () => {
    const token = fakeJwt({ sub: 'u-1', username: 'ünïcode', exp: 2 });
    const jwt = decodeJwt(token);
    expect(jwt.payload).toEqual({ sub: 'u-1', username: 'ünïcode', exp: 2 });
    expect(jwt.toString()).toBe(token);
  });

  it.each([
    '',
    'abc',
    'a.%%%.c',
    `a.${Buffer.from('not json').toString('base64url')}.c`,
    `a.${Buffer.from('[1]').toString('base64url')}.c`,
  ])('refuses %j with InvalidJwt', (token) => {
    expect(() => decodeJwt(token)).toThrow(expect.objectContaining({ code: 'InvalidJwt' }));
  });
});
