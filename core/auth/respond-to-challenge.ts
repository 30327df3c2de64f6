import { addSecretHash } from './add-secret-hash';
import type { AuthContext } from './auth-context';
import type { ChallengeName } from './cognito/cognito-operations';
import type { CognitoAuthResponse } from './cognito-auth-response';
import type { SignInRun } from './sign-in-run';
import { createSrpClient } from './srp/srp-client';
import { withStaleDeviceRetry } from './with-stale-device-retry';

/** What an InitiateAuth or RespondToAuthChallenge request adds on top of its own parameters. */
export type RequestExtras = {
  /** Adds SRP_A and keeps the password in the run's memory for PASSWORD_VERIFIER. */
  srpPassword?: string;
  /** Adds the user's DEVICE_KEY (with the stale-device retry). */
  withDeviceKey?: boolean;
  withoutClientMetadata?: boolean;
};

/** Adds SRP_A, DEVICE_KEY and SECRET_HASH to request parameters, then sends them with `send`. */
export async function sendWithExtras(
  context: AuthContext,
  run: SignInRun,
  options: RequestExtras & { parameters: Record<string, string> },
  send: (parameters: Record<string, string>) => Promise<CognitoAuthResponse>,
): Promise<CognitoAuthResponse> {
  const parameters = { ...options.parameters };
  if (options.srpPassword !== undefined) {
    const srp = await createSrpClient({ random: context.random });
    run.memory.srp = srp;
    run.memory.password = options.srpPassword;
    parameters.SRP_A = srp.srpA;
  }
  const username = parameters.USERNAME ?? run.typedUsername;
  return withStaleDeviceRetry(
    context,
    { username, withDeviceKey: options.withDeviceKey ?? false },
    async (deviceKey) => {
      const withDevice = deviceKey ? { ...parameters, DEVICE_KEY: deviceKey } : parameters;
      return send(await addSecretHash(context, withDevice, parameters.USERNAME));
    },
  );
}

/**
 * RespondToAuthChallenge with the run's current Session (or `session` when a call in between issued a new one),
 * ClientId and ClientMetadata (AWS API reference, "RespondToAuthChallenge").
 */
export function respondToChallenge(
  context: AuthContext,
  run: SignInRun,
  options: RequestExtras & { challengeName: string; responses: Record<string, string>; session?: string },
): Promise<CognitoAuthResponse> {
  return sendWithExtras(context, run, { ...options, parameters: options.responses }, (ChallengeResponses) =>
    context.call('RespondToAuthChallenge', {
      ChallengeName: options.challengeName as ChallengeName,
      ChallengeResponses,
      ClientId: context.clientId,
      Session: options.session ?? run.state?.session,
      ClientMetadata: options.withoutClientMetadata ? undefined : run.clientMetadata,
    }),
  );
}
