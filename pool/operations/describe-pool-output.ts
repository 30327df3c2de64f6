import type { UserPool } from '../state/types';

const seconds = (ms: number) => ms / 1000;

/** A pool as DescribeUserPool/CreateUserPool return it (`UserPoolType`; dates in epoch seconds). */
export function describePoolOutput(pool: UserPool): Record<string, unknown> {
  const { config } = pool;
  return {
    Id: pool.Id,
    Name: pool.Name,
    Arn: pool.Arn,
    Policies: config.Policies,
    SchemaAttributes: config.Schema,
    AutoVerifiedAttributes: config.AutoVerifiedAttributes,
    ...(config.UsernameAttributes ? { UsernameAttributes: config.UsernameAttributes } : {}),
    ...(config.AliasAttributes ? { AliasAttributes: config.AliasAttributes } : {}),
    UsernameConfiguration: config.UsernameConfiguration,
    MfaConfiguration: config.MfaConfiguration,
    ...(config.DeviceConfiguration ? { DeviceConfiguration: config.DeviceConfiguration } : {}),
    AdminCreateUserConfig: config.AdminCreateUserConfig,
    ...(config.AccountRecoverySetting ? { AccountRecoverySetting: config.AccountRecoverySetting } : {}),
    UserPoolTier: config.UserPoolTier,
    DeletionProtection: config.DeletionProtection,
    EstimatedNumberOfUsers: Object.keys(pool.users).length,
    LambdaConfig: {},
    CreationDate: seconds(pool.CreationDate),
    LastModifiedDate: seconds(pool.LastModifiedDate),
  };
}
