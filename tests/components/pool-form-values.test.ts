import { describe, expect, it } from 'vitest';
import {
  EMPTY_POOL_FORM,
  editEndsSession,
  isRegionAccepted,
  poolFormFromProfile,
  poolInputFromForm,
} from '../../components/pool-form-values';
import { COGNITO_DEFAULT_POLICY } from '../../core/profiles/password-policy';
import { poolProfile } from './pool-fixture';

const awsPool = poolProfile({
  id: 'p1',
  userPoolEndpoint: undefined,
  userPoolId: 'eu-west-1_Abc',
  region: 'eu-west-1',
});

describe('the pool form’s values', () => {
  it('start on Amazon Cognito with Cognito’s default password policy', () => {
    expect(EMPTY_POOL_FORM.location).toBe('aws');
    expect(EMPTY_POOL_FORM.passwordPolicy).toEqual(COGNITO_DEFAULT_POLICY);
  });

  it('send no endpoint for a pool on AWS, even one typed before choosing AWS', () => {
    const input = poolInputFromForm({
      ...EMPTY_POOL_FORM,
      userPoolId: ' eu-west-1_Abc ',
      userPoolClientId: 'client1',
      userPoolEndpoint: 'http://127.0.0.1:9229/',
    });
    expect(input).toEqual({
      label: undefined,
      userPoolId: 'eu-west-1_Abc',
      userPoolClientId: 'client1',
      userPoolEndpoint: undefined,
      origins: [],
      hostedUiDomain: undefined,
    });
  });

  it('name a region only when it is not the pool id’s own', () => {
    const base = { ...EMPTY_POOL_FORM, userPoolId: 'eu-west-1_Abc', userPoolClientId: 'c' };
    expect(poolInputFromForm({ ...base, region: 'eu-west-1' })).not.toHaveProperty('region');
    expect(poolInputFromForm({ ...base, region: ' eu-central-1 ' }).region).toBe('eu-central-1');
  });

  it('accept an empty region or an AWS region name on AWS, and any region on another endpoint', () => {
    expect(isRegionAccepted({ ...EMPTY_POOL_FORM, region: '' })).toBe(true);
    expect(isRegionAccepted({ ...EMPTY_POOL_FORM, region: 'us-gov-west-1' })).toBe(true);
    expect(isRegionAccepted({ ...EMPTY_POOL_FORM, region: 'evil.example/x#' })).toBe(false);
    expect(isRegionAccepted({ ...EMPTY_POOL_FORM, location: 'endpoint', region: 'local' })).toBe(true);
  });

  it('round-trip a stored pool unchanged, its hosted UI’s scopes and its password policy included', () => {
    const policy = { ...COGNITO_DEFAULT_POLICY, minimumLength: 12 };
    const stored = poolProfile({
      id: 'p1',
      userPoolId: 'local_Abc',
      region: 'local',
      hostedUi: { domain: 'https://auth.example.com', scopes: ['openid'] },
      passwordPolicy: policy,
    });
    const values = poolFormFromProfile(stored);
    expect(values.location).toBe('endpoint');
    expect(poolInputFromForm(values)).toEqual({
      label: 'Local pool',
      userPoolId: 'local_Abc',
      userPoolClientId: 'client1',
      userPoolEndpoint: 'http://127.0.0.1:9229/',
      origins: ['http://localhost:5173'],
      hostedUiDomain: 'https://auth.example.com',
      scopes: ['openid'],
      passwordPolicy: policy,
    });
    expect(editEndsSession(stored, values)).toBe(false);
  });

  it('tell an edit that moves the pool from one that keeps its session', () => {
    const values = poolFormFromProfile(awsPool);
    expect(editEndsSession(awsPool, { ...values, label: 'Renamed', origins: 'https://a.example' })).toBe(false);
    expect(editEndsSession(awsPool, { ...values, userPoolId: 'eu-west-1_Other' })).toBe(true);
    expect(editEndsSession(awsPool, { ...values, userPoolClientId: 'client2' })).toBe(true);
    expect(editEndsSession(awsPool, { ...values, region: 'eu-central-1' })).toBe(true);
    expect(editEndsSession(awsPool, { ...values, location: 'endpoint', userPoolEndpoint: 'https://x.example/' })).toBe(
      true,
    );
  });
});
