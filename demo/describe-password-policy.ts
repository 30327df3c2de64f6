/** A pool's password policy in the names Sidekey's `profiles.add` takes (docs/messages.md §4). */
export interface DemoPasswordPolicy {
  minimumLength: number;
  requireLowercase: boolean;
  requireUppercase: boolean;
  requireNumbers: boolean;
  requireSymbols: boolean;
}

/**
 * Asks a pool for its password policy the way an administrator would (`aws cognito-idp describe-user-pool`):
 * DescribeUserPool's `UserPool.Policies.PasswordPolicy`. The local pool answers unsigned requests; AWS would want
 * them signed, which is why Sidekey itself never calls this and takes the policy at `profiles.add` instead.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DescribeUserPool.html
 */
export async function describePasswordPolicy(options: {
  userPoolEndpoint: string;
  userPoolId: string;
}): Promise<DemoPasswordPolicy> {
  const response = await fetch(options.userPoolEndpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': 'AWSCognitoIdentityProviderService.DescribeUserPool',
    },
    body: JSON.stringify({ UserPoolId: options.userPoolId }),
  });
  const body = (await response.json()) as {
    UserPool?: { Policies?: { PasswordPolicy?: Record<string, unknown> } };
    __type?: string;
  };
  const policy = body.UserPool?.Policies?.PasswordPolicy;
  if (!response.ok || !policy) {
    throw new Error(`DescribeUserPool ${options.userPoolId} failed: ${body.__type ?? response.status}`);
  }
  return {
    minimumLength: Number(policy.MinimumLength),
    requireLowercase: policy.RequireLowercase === true,
    requireUppercase: policy.RequireUppercase === true,
    requireNumbers: policy.RequireNumbers === true,
    requireSymbols: policy.RequireSymbols === true,
  };
}
