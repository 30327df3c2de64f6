import { SidekeyError } from '../errors/sidekey-error';
import type { AuthContext } from './auth-context';
import { type EffectRunner, requireState } from './effect-runner';
import { respondToChallenge } from './respond-to-challenge';
import { signInException } from './sign-in-exception';
import { createSrpClient, type SrpClient } from './srp/srp-client';
import { formatSrpTimestamp } from './srp/srp-timestamp';

/** The SRP claim for a PASSWORD_VERIFIER or DEVICE_PASSWORD_VERIFIER challenge (docs/cognito-api.md §3.6–§3.7). */
const srpAnswer = async (
  context: AuthContext,
  options: {
    srp?: SrpClient;
    poolName: string;
    userId: string;
    password?: string;
    parameters: Record<string, string>;
  },
) => {
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
};

const deviceFor = async (context: AuthContext, username: string) => {
  const device = await context.devices.load(username);
  if (!device)
    throw new SidekeyError({ code: 'DeviceMetadataNotFoundException', message: 'Device metadata not found.' });
  return device;
};

/**
 * The SRP steps no user sees: PASSWORD_VERIFIER and device SRP (docs/cognito-api.md §2.2 step 2, §4.1), which runs after whatever
 * response asks for it — Amplify only handles it after some.
 */
export const SRP_EFFECT_RUNNERS: {
  passwordVerifier: EffectRunner<'passwordVerifier'>;
  deviceSrp: EffectRunner<'deviceSrp'>;
  devicePasswordVerifier: EffectRunner<'devicePasswordVerifier'>;
} = {
  passwordVerifier: async (context, run) => {
    const parameters = requireState(run).challengeParameters;
    const userId = parameters.USER_ID_FOR_SRP;
    if (!userId)
      throw new SidekeyError({
        code: 'EmptyUserIdForSRPException',
        message: 'USER_ID_FOR_SRP was not found in challengeParameters',
      });
    const claim = await srpAnswer(context, {
      srp: run.memory.srp,
      poolName: context.poolName,
      userId,
      password: run.memory.password,
      parameters,
    });
    const responses = { USERNAME: userId, ...claim };
    return {
      response: await respondToChallenge(context, run, {
        challengeName: 'PASSWORD_VERIFIER',
        responses,
        withDeviceKey: true,
      }),
    };
  },
  deviceSrp: async (context, run) => {
    const state = requireState(run);
    const device = await deviceFor(context, state.username);
    const srp = await createSrpClient({ random: context.random });
    run.memory.deviceSrp = srp;
    const responses = { USERNAME: state.username, SRP_A: srp.srpA, DEVICE_KEY: device.deviceKey };
    return { response: await respondToChallenge(context, run, { challengeName: 'DEVICE_SRP_AUTH', responses }) };
  },
  devicePasswordVerifier: async (context, run) => {
    const state = requireState(run);
    const device = await deviceFor(context, state.username);
    const claim = await srpAnswer(context, {
      srp: run.memory.deviceSrp,
      poolName: device.deviceGroupKey,
      userId: device.deviceKey,
      password: device.randomPassword,
      parameters: state.challengeParameters,
    });
    const responses = {
      USERNAME: state.challengeParameters.USERNAME ?? state.username,
      ...claim,
      DEVICE_KEY: device.deviceKey,
    };
    return {
      response: await respondToChallenge(context, run, { challengeName: 'DEVICE_PASSWORD_VERIFIER', responses }),
    };
  },
};
