import { SidekeyError } from '../../errors/sidekey-error';

/** AWS's UserPoolId pattern `[\w-]+_[0-9a-zA-Z]+` (API reference, InitiateAuth/UserPoolId), region before the `_`. */
const userPoolIdPattern = /^([A-Za-z0-9-]+)_[0-9a-zA-Z]+$/;

/**
 * The Cognito user-pool API URL for a pool: `userPoolEndpoint` verbatim when given (Amplify's custom endpoint),
 * else `https://cognito-idp.<region>.amazonaws.com/` with the region taken from the pool id
 * (`.amazonaws.com.cn` for `cn-*` regions). https://docs.aws.amazon.com/general/latest/gr/cognito_identity.html
 */
export function resolveEndpoint(options: { userPoolId: string; userPoolEndpoint?: string }): string {
  const match = userPoolIdPattern.exec(options.userPoolId);
  if (!match) {
    throw new SidekeyError({ code: 'InvalidUserPoolId', message: 'The user pool id is not <region>_<id>.' });
  }
  if (options.userPoolEndpoint) return options.userPoolEndpoint;
  const region = match[1]!;
  const dnsSuffix = region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
  return `https://cognito-idp.${region}.${dnsSuffix}/`;
}
