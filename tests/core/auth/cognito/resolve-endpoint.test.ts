import { describe, expect, it } from 'vitest';
import { resolveEndpoint } from '../../../../core/auth/cognito/resolve-endpoint';
import { isSidekeyError } from '../../../../core/errors/sidekey-error';

describe('resolveEndpoint', () => {
  it('derives the regional endpoint from the pool id', () => {
    expect(resolveEndpoint({ userPoolId: 'us-east-1_AbCdEfGhI' })).toBe('https://cognito-idp.us-east-1.amazonaws.com/');
    expect(resolveEndpoint({ userPoolId: 'eu-central-1_x1' })).toBe('https://cognito-idp.eu-central-1.amazonaws.com/');
  });

  it('uses the China partition suffix for cn- regions', () => {
    expect(resolveEndpoint({ userPoolId: 'cn-north-1_AbC' })).toBe('https://cognito-idp.cn-north-1.amazonaws.com.cn/');
  });

  it('uses a custom endpoint verbatim, with no path added', () => {
    const userPoolEndpoint = 'http://localhost:9229/some/path?x=1';
    expect(resolveEndpoint({ userPoolId: 'us-east-1_Abc', userPoolEndpoint })).toBe(userPoolEndpoint);
  });

  it('refuses a pool id without a region part, even with a custom endpoint', () => {
    for (const userPoolId of ['AbCdEf', '_AbC', 'us-east-1_', 'evil.com/x_Abc', '']) {
      let thrown: unknown;
      try {
        resolveEndpoint({ userPoolId, userPoolEndpoint: 'http://localhost:1/' });
      } catch (error) {
        thrown = error;
      }
      expect(isSidekeyError(thrown, 'InvalidUserPoolId')).toBe(true);
    }
  });
});
