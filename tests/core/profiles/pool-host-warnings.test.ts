import { describe, expect, it } from 'vitest';
import { poolHostWarnings } from '../../../core/profiles/pool-host-warnings';

describe('poolHostWarnings', () => {
  it('has nothing to say about AWS regional endpoints and Cognito hosted-UI domains', () => {
    expect(poolHostWarnings({})).toEqual([]);
    expect(
      poolHostWarnings({
        userPoolEndpoint: 'https://cognito-idp.cn-north-1.amazonaws.com.cn/',
        hostedUi: { domain: 'https://shop.auth.us-east-1.amazoncognito.com', scopes: ['openid'] },
      }),
    ).toEqual([]);
  });

  it('warns, naming the host, about an endpoint or hosted UI that is not AWS — look-alikes included', () => {
    const warnings = poolHostWarnings({
      userPoolEndpoint: 'https://cognito-idp.us-east-1.amazonaws.com.evil.example/',
      hostedUi: { domain: 'https://auth.shop.example:8443', scopes: ['openid'] },
    });
    expect(warnings.map(({ field, host }) => ({ field, host }))).toEqual([
      { field: 'userPoolEndpoint', host: 'cognito-idp.us-east-1.amazonaws.com.evil.example' },
      { field: 'hostedUiDomain', host: 'auth.shop.example:8443' },
    ]);
    expect(warnings[0]?.message).toContain('not Amazon Cognito');
  });

  it('warns about the local pool too: it is not AWS, even if it is the user’s own', () => {
    expect(poolHostWarnings({ userPoolEndpoint: 'http://127.0.0.1:9229/' })).toMatchObject([
      { field: 'userPoolEndpoint', host: '127.0.0.1:9229' },
    ]);
  });
});
