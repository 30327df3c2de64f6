import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  type AttributeType,
  type CognitoIdentityProviderClient,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';

/** Creates a CONFIRMED user with a permanent password through AdminCreateUser + AdminSetUserPassword. */
export async function createConfirmedUser(
  sdk: CognitoIdentityProviderClient,
  options: { poolId: string; username: string; password: string; attributes?: Record<string, string> },
): Promise<void> {
  const UserAttributes: AttributeType[] = Object.entries(options.attributes ?? {}).map(([Name, Value]) => ({
    Name,
    Value,
  }));
  await sdk.send(
    new AdminCreateUserCommand({
      UserPoolId: options.poolId,
      Username: options.username,
      UserAttributes,
      MessageAction: 'SUPPRESS',
    }),
  );
  await sdk.send(
    new AdminSetUserPasswordCommand({
      UserPoolId: options.poolId,
      Username: options.username,
      Password: options.password,
      Permanent: true,
    }),
  );
}

/** Signs in with USER_PASSWORD_AUTH and returns the tokens. */
export async function signInWithPassword(
  sdk: CognitoIdentityProviderClient,
  options: { clientId: string; username: string; password: string },
): Promise<{ AccessToken: string; IdToken: string; RefreshToken: string }> {
  const answer = await sdk.send(
    new InitiateAuthCommand({
      ClientId: options.clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: options.username, PASSWORD: options.password },
    }),
  );
  const result = answer.AuthenticationResult;
  if (!result?.AccessToken || !result.IdToken || !result.RefreshToken) {
    throw new Error(`No tokens: ${answer.ChallengeName ?? 'no challenge'}`);
  }
  return { AccessToken: result.AccessToken, IdToken: result.IdToken, RefreshToken: result.RefreshToken };
}
