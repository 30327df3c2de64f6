import { SidekeyError } from '../errors/sidekey-error';
import type { AuthContext } from './auth-context';
import type { AuthFlow } from './cognito/cognito-operations';
import type { CognitoAuthResponse } from './cognito-auth-response';
import { respondToChallenge, sendWithExtras } from './respond-to-challenge';
import type { SignInEffect } from './sign-in-effect';
import { signInException } from './sign-in-exception';
import type { SignInRun } from './sign-in-run';
import type { SignInState } from './sign-in-state';
import { createSrpClient } from './srp/create-srp-client';
import { formatSrpTimestamp } from './srp/format-srp-timestamp';

/** What running an effect gives back: Cognito's (or a synthetic) response, and a TOTP secret when one was issued. */
export type EffectResult = { response: CognitoAuthResponse; totpSharedSecret?: string };

type Runner<T extends SignInEffect['type']> = (
  context: AuthContext,
  run: SignInRun,
  effect: Extract<SignInEffect, { type: T }>,
) => Promise<EffectResult>;

const requireState = (run: SignInRun): SignInState => {
  if (!run.state) throw signInException('Unable to proceed due to invalid sign in state.');
  return run.state;
};

const srpAnswer = async (
  context: AuthContext,
  options: {
    srp?: SrpClientLike;
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
type SrpClientLike = Awaited<ReturnType<typeof createSrpClient>>;

const deviceFor = async (context: AuthContext, username: string) => {
  const device = await context.devices.load(username);
  if (!device)
    throw new SidekeyError({ code: 'DeviceMetadataNotFoundException', message: 'Device metadata not found.' });
  return device;
};

/** How each effect is carried out; the runner looks effects up here by type. */
export const SIGN_IN_EFFECT_RUNNERS: { [T in SignInEffect['type']]: Runner<T> } = {
  initiate: async (context, run, effect) => ({
    response: await sendWithExtras(context, run, effect, (AuthParameters) =>
      context.call('InitiateAuth', {
        AuthFlow: effect.authFlow as AuthFlow,
        AuthParameters,
        ClientId: context.clientId,
        ClientMetadata: run.clientMetadata,
        Session: effect.session,
      }),
    ),
  }),
  respond: async (context, run, effect) => ({ response: await respondToChallenge(context, run, effect) }),
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
  associateTotp: async (context, run) => {
    const state = requireState(run);
    const out = await context.call('AssociateSoftwareToken', {
      Session: state.session,
    });
    if (!out.SecretCode) throw signInException('AssociateSoftwareToken returned no secret.');
    const response = {
      ChallengeName: 'MFA_SETUP',
      ChallengeParameters: state.challengeParameters,
      Session: out.Session ?? state.session,
    };
    return { response, totpSharedSecret: out.SecretCode };
  },
  verifyTotp: async (context, run, effect) => {
    const state = requireState(run);
    const out = await context.call('VerifySoftwareToken', {
      UserCode: effect.code,
      Session: state.session,
      FriendlyDeviceName: effect.friendlyDeviceName,
    });
    const responses = { USERNAME: state.username };
    const session = out.Session ?? state.session;
    return { response: await respondToChallenge(context, run, { challengeName: 'MFA_SETUP', responses, session }) };
  },
  passkey: async (context, run) => {
    const state = requireState(run);
    if (!context.passkeys)
      throw new SidekeyError({
        code: 'PasskeyNotSupported',
        message: 'Passkeys are not supported here: no passkey port was configured.',
      });
    if (run.memory.passkeyDone)
      throw signInException('Sequential WEB_AUTHN challenges returned from the underlying service cannot be handled.');
    const optionsJson = state.challengeParameters.CREDENTIAL_REQUEST_OPTIONS;
    let requestOptions: unknown;
    try {
      requestOptions = optionsJson ? JSON.parse(optionsJson) : undefined;
    } catch {
      requestOptions = undefined;
    }
    if (typeof requestOptions !== 'object' || requestOptions === null)
      throw new SidekeyError({
        code: 'InvalidPasskeyAuthenticationOptions',
        message: 'Incorrect passkey authentication options.',
      });
    const credential = await context.passkeys.get(requestOptions as Record<string, unknown>);
    run.memory.passkeyDone = true;
    const responses = { USERNAME: state.username, CREDENTIAL: JSON.stringify(credential) };
    return {
      response: await respondToChallenge(context, run, {
        challengeName: 'WEB_AUTHN',
        responses,
        withoutClientMetadata: true,
      }),
    };
  },
  local: async (_context, _run, effect) => ({ response: effect.response }),
};

/** Carries out one effect. */
export function runSignInEffect(context: AuthContext, run: SignInRun, effect: SignInEffect): Promise<EffectResult> {
  const runner = SIGN_IN_EFFECT_RUNNERS[effect.type] as Runner<SignInEffect['type']>;
  return runner(context, run, effect);
}
