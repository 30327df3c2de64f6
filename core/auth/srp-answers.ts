import type { AuthContext } from './auth-context';
import { AuthError, signInException } from './auth-error';
import type { StoredDevice } from './auth-storage';
import type { SignInState } from './sign-in-state';
import { createSrpClient, type SrpClient } from './srp/srp-client';
import { formatSrpTimestamp } from './srp/srp-timestamp';

/*
 * The answers to the SRP challenges no user sees: PASSWORD_VERIFIER (docs/cognito-api.md §2.2 step 2) and the
 * remembered device's DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER (docs/cognito-api.md §4.1).
 * sign-in-requests.ts sends them.
 */

/** The SRP claim for a PASSWORD_VERIFIER or DEVICE_PASSWORD_VERIFIER challenge (docs/cognito-api.md §3.6–§3.7). */
async function srpClaim(
  context: AuthContext,
  options: {
    srp?: SrpClient;
    poolName: string;
    userId: string;
    password?: string;
    parameters: Record<string, string>;
  },
): Promise<Record<string, string>> {
  if (!options.srp || options.password === undefined)
    throw signInException('Unable to proceed due to invalid sign in state.');
  const timestamp = formatSrpTimestamp(new Date(context.now()));
  const signature = await options.srp.computeClaim({
    poolName: options.poolName,
    userIdForSrp: options.userId,
    password: options.password,
    saltHex: options.parameters.SALT ?? '',
    srpBHex: options.parameters.SRP_B ?? '',
    secretBlock: options.parameters.SECRET_BLOCK ?? '',
    timestamp,
  });
  return {
    PASSWORD_CLAIM_SECRET_BLOCK: options.parameters.SECRET_BLOCK ?? '',
    TIMESTAMP: timestamp,
    PASSWORD_CLAIM_SIGNATURE: signature,
  };
}

async function requireDevice(context: AuthContext, username: string): Promise<StoredDevice> {
  const device = await context.devices.load(username);
  if (!device) throw new AuthError({ code: 'DeviceMetadataNotFoundException', message: 'Device metadata not found.' });
  return device;
}

/** PASSWORD_VERIFIER's ChallengeResponses: the password claim for USER_ID_FOR_SRP, with the SRP client of SRP_A. */
export async function passwordVerifierResponses(
  context: AuthContext,
  options: { state: SignInState; srp?: SrpClient; password?: string },
): Promise<Record<string, string>> {
  const parameters = options.state.challengeParameters;
  const userId = parameters.USER_ID_FOR_SRP;
  if (!userId)
    throw new AuthError({
      code: 'EmptyUserIdForSRPException',
      message: 'USER_ID_FOR_SRP was not found in challengeParameters',
    });
  const claim = await srpClaim(context, {
    srp: options.srp,
    poolName: context.poolName,
    userId,
    password: options.password,
    parameters,
  });
  return { USERNAME: userId, ...claim };
}

/** DEVICE_SRP_AUTH's ChallengeResponses (a fresh SRP_A for the stored device), and the SRP client that made it. */
export async function deviceSrpResponses(
  context: AuthContext,
  state: SignInState,
): Promise<{ srp: SrpClient; responses: Record<string, string> }> {
  const device = await requireDevice(context, state.username);
  const srp = await createSrpClient({ random: context.random });
  return { srp, responses: { USERNAME: state.username, SRP_A: srp.srpA, DEVICE_KEY: device.deviceKey } };
}

/** DEVICE_PASSWORD_VERIFIER's ChallengeResponses: the device's claim with its group key and random password. */
export async function devicePasswordVerifierResponses(
  context: AuthContext,
  options: { state: SignInState; srp?: SrpClient },
): Promise<Record<string, string>> {
  const { state } = options;
  const device = await requireDevice(context, state.username);
  const claim = await srpClaim(context, {
    srp: options.srp,
    poolName: device.deviceGroupKey,
    userId: device.deviceKey,
    password: device.randomPassword,
    parameters: state.challengeParameters,
  });
  return { USERNAME: state.challengeParameters.USERNAME ?? state.username, ...claim, DEVICE_KEY: device.deviceKey };
}
