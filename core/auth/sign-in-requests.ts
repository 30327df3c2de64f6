import { isSidekeyError } from '../errors/sidekey-error';
import { addSecretHash } from './add-secret-hash';
import type { SignInDetails } from './amplify-shapes';
import type { AuthContext } from './auth-context';
import { AuthError, signInException } from './auth-error';
import type { AuthenticationResult, AuthFlow, ChallengeName } from './cognito/cognito-operations';
import type { SignInState } from './sign-in-state';
import { createSrpClient, type SrpClient } from './srp/srp-client';
import { devicePasswordVerifierResponses, deviceSrpResponses, passwordVerifierResponses } from './srp-answers';

/*
 * The requests of a sign-in: each step the tables ask for (a SignInEffect) carried out as Cognito calls, with
 * SRP_A, DEVICE_KEY and SECRET_HASH added where Cognito wants them, and Cognito's answer handed back.
 */

/**
 * What InitiateAuth and RespondToAuthChallenge answer (AWS API reference, "InitiateAuth — Response Syntax"):
 * either tokens or a challenge with its public parameters and the Session to answer it with.
 */
export type CognitoAuthResponse = {
  ChallengeName?: string;
  ChallengeParameters?: Record<string, string>;
  Session?: string;
  AvailableChallenges?: string[];
  AuthenticationResult?: AuthenticationResult;
};

/**
 * The work a sign-in step asks for, as data: the flow table (sign-in.ts) and the challenge table
 * (challenge-steps.ts) return these, and {@link runSignInEffect} carries them out. Secrets in an effect (a
 * password being answered) live only in memory.
 */
export type SignInEffect =
  /** InitiateAuth. `srpPassword` adds SRP_A and keeps the password for the PASSWORD_VERIFIER that follows. */
  | {
      type: 'initiate';
      authFlow: string;
      parameters: Record<string, string>;
      srpPassword?: string;
      withDeviceKey?: boolean;
      session?: string;
    }
  /** RespondToAuthChallenge with the stored Session; the same optional extras as `initiate`. */
  | {
      type: 'respond';
      challengeName: string;
      responses: Record<string, string>;
      srpPassword?: string;
      withDeviceKey?: boolean;
      /** WEB_AUTHN answers go without ClientMetadata (docs/cognito-api.md §2.7). */
      withoutClientMetadata?: boolean;
    }
  /** Answers PASSWORD_VERIFIER with the SRP claim (docs/cognito-api.md §2.2 step 2). */
  | { type: 'passwordVerifier' }
  /** Starts device SRP: RespondToAuthChallenge DEVICE_SRP_AUTH (docs/cognito-api.md §4.1). */
  | { type: 'deviceSrp' }
  /** Answers DEVICE_PASSWORD_VERIFIER with the device's claim (docs/cognito-api.md §4.1). */
  | { type: 'devicePasswordVerifier' }
  /** MFA_SETUP for TOTP: AssociateSoftwareToken with the Session (docs/cognito-api.md §2.8). */
  | { type: 'associateTotp' }
  /** MFA_SETUP for TOTP: VerifySoftwareToken, then RespondToAuthChallenge MFA_SETUP with the new Session. */
  | { type: 'verifyTotp'; code: string; friendlyDeviceName?: string }
  /** WEB_AUTHN: runs the passkey ceremony through the port and answers with the credential (docs/cognito-api.md §7.1). */
  | { type: 'passkey' }
  /** No network: a synthetic response (the local transitions of docs/cognito-api.md §2.10). */
  | { type: 'local'; response: CognitoAuthResponse };

/**
 * One signIn/confirmSignIn call in flight. `memory` holds what must never be stored — the password and the SRP
 * secrets — and is gone when the call returns.
 */
export type SignInRun = {
  state?: SignInState;
  typedUsername: string;
  signInDetails: SignInDetails;
  clientMetadata?: Record<string, string>;
  memory: { password?: string; srp?: SrpClient; deviceSrp?: SrpClient; passkeyDone?: boolean };
};

/** What running an effect gives back: Cognito's (or a synthetic) response, and a TOTP secret when one was issued. */
type EffectResult = { response: CognitoAuthResponse; totpSharedSecret?: string };

/** Carries out one kind of effect. */
type EffectRunner<T extends SignInEffect['type']> = (
  context: AuthContext,
  run: SignInRun,
  effect: Extract<SignInEffect, { type: T }>,
) => Promise<EffectResult>;

/** The challenge being answered; an effect that needs one without it means the stored state is broken. */
function requireState(run: SignInRun): SignInState {
  if (!run.state) throw signInException('Unable to proceed due to invalid sign in state.');
  return run.state;
}

/** What an InitiateAuth or RespondToAuthChallenge request adds on top of its own parameters. */
type RequestExtras = {
  /** Adds SRP_A and keeps the password in the run's memory for PASSWORD_VERIFIER. */
  srpPassword?: string;
  /** Adds the user's DEVICE_KEY (with the stale-device retry). */
  withDeviceKey?: boolean;
  withoutClientMetadata?: boolean;
};

/** Adds SRP_A, DEVICE_KEY and SECRET_HASH to request parameters, then sends them with `send`. */
async function sendWithExtras(
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
function respondToChallenge(
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

/**
 * Runs a call with the user's stored DEVICE_KEY (if asked to and one is stored). When Cognito answers
 * `ResourceNotFoundException` "Device does not exist." the device was forgotten server-side: drop the local keys
 * and try once more without them, as Amplify does (docs/cognito-api.md §4.1).
 */
async function withStaleDeviceRetry<T>(
  context: AuthContext,
  options: { username: string; withDeviceKey: boolean },
  attempt: (deviceKey: string | undefined) => Promise<T>,
): Promise<T> {
  const device = options.withDeviceKey ? await context.devices.load(options.username) : undefined;
  try {
    return await attempt(device?.deviceKey);
  } catch (error) {
    if (!device || !isSidekeyError(error, 'ResourceNotFoundException') || !/Device does not exist/i.test(error.message))
      throw error;
    await context.devices.clear(options.username);
    return attempt(undefined);
  }
}

/**
 * How each effect is carried out; the runner looks effects up here by type. Device SRP runs after whatever
 * response asks for it (docs/cognito-api.md §4.1) — Amplify only handles it after some.
 */
const EFFECT_RUNNERS: { [T in SignInEffect['type']]: EffectRunner<T> } = {
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
    const state = requireState(run);
    const { srp, password } = run.memory;
    const responses = await passwordVerifierResponses(context, { state, srp, password });
    const options = { challengeName: 'PASSWORD_VERIFIER', responses, withDeviceKey: true };
    return { response: await respondToChallenge(context, run, options) };
  },
  deviceSrp: async (context, run) => {
    const { srp, responses } = await deviceSrpResponses(context, requireState(run));
    run.memory.deviceSrp = srp;
    return { response: await respondToChallenge(context, run, { challengeName: 'DEVICE_SRP_AUTH', responses }) };
  },
  devicePasswordVerifier: async (context, run) => {
    const responses = await devicePasswordVerifierResponses(context, {
      state: requireState(run),
      srp: run.memory.deviceSrp,
    });
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
      throw new AuthError({
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
      throw new AuthError({
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
  const runner = EFFECT_RUNNERS[effect.type] as EffectRunner<SignInEffect['type']>;
  return runner(context, run, effect);
}
