/** Tokens in an `AuthenticationResult` (InitiateAuth, RespondToAuthChallenge, GetTokensFromRefreshToken). */
export type CognitoAuthenticationResult = {
  AccessToken?: string;
  IdToken?: string;
  RefreshToken?: string;
  ExpiresIn?: number;
  TokenType?: string;
  NewDeviceMetadata?: { DeviceKey?: string; DeviceGroupKey?: string };
};

/**
 * What InitiateAuth and RespondToAuthChallenge answer (AWS API reference, "InitiateAuth — Response Syntax"):
 * either tokens or a challenge with its public parameters and the Session to answer it with.
 */
export type CognitoAuthResponse = {
  ChallengeName?: string;
  ChallengeParameters?: Record<string, string>;
  Session?: string;
  AvailableChallenges?: string[];
  AuthenticationResult?: CognitoAuthenticationResult;
};
