import { type InitiateInput, initiateCustomAuth, initiatePasswordAuth, initiateSrpAuth } from '../auth/initiate-flows';
import { initiateUserAuth } from '../auth/initiate-user-auth';
import { refreshSessionTokens } from '../auth/refresh-session-tokens';
import { requireFlowEnabled, requireSecretHash } from '../auth/resolve-sign-in-target';
import type { AuthResponse, Ctx } from '../auth/sign-in-types';
import { CognitoError } from '../errors/cognito-error';
import type { Operation } from './operation-context';
import { readOptionalString, readOptionalStringMap, readString } from './read-input';

type Flow = (ctx: Ctx, input: InitiateInput) => Promise<AuthResponse> | AuthResponse;

function refresh(ctx: Ctx, input: InitiateInput): AuthResponse {
  const refreshToken = input.parameters.REFRESH_TOKEN;
  if (!refreshToken) throw new CognitoError('InvalidParameterException', 'Missing required parameter REFRESH_TOKEN');
  if (input.client.ClientSecret) {
    const tokens = input.pool.refreshTokens;
    const record = Object.hasOwn(tokens, refreshToken) ? tokens[refreshToken] : undefined;
    requireSecretHash(input.client, input.parameters, record?.username ?? input.parameters.USERNAME ?? '');
  }
  const tokens = refreshSessionTokens(ctx, { pool: input.pool, client: input.client, refreshToken, rotate: false });
  return { ChallengeParameters: {}, AuthenticationResult: tokens };
}

const flows: Record<string, Flow> = {
  USER_SRP_AUTH: initiateSrpAuth,
  USER_PASSWORD_AUTH: initiatePasswordAuth,
  CUSTOM_AUTH: initiateCustomAuth,
  USER_AUTH: initiateUserAuth,
  REFRESH_TOKEN_AUTH: refresh,
  REFRESH_TOKEN: refresh,
};

/**
 * InitiateAuth (https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html):
 * starts a sign-in in one of the flows the app client's ExplicitAuthFlows allow, or refreshes tokens.
 */
export const initiateAuth: Operation = async (input, ctx) => {
  const clientId = readString(input, 'ClientId', { maxLength: 128 });
  const authFlow = readString(input, 'AuthFlow', { maxLength: 64 });
  const parameters = readOptionalStringMap(input, 'AuthParameters') ?? {};
  const session = readOptionalString(input, 'Session', { maxLength: 2048 });
  const { pool, client } = ctx.store.findClient(clientId);
  requireFlowEnabled(client, authFlow);
  const flow = flows[authFlow]!;
  return flow(ctx, { pool, client, authFlow, parameters, ...(session ? { session } : {}) });
};
