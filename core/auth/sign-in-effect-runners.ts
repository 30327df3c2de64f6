import { SidekeyError } from '../errors/sidekey-error';
import type { AuthContext } from './auth-context';
import type { AuthFlow } from './cognito/cognito-operations';
import { type EffectResult, type EffectRunner, requireState } from './effect-runner';
import { respondToChallenge, sendWithExtras } from './respond-to-challenge';
import type { SignInEffect } from './sign-in-effect';
import { signInException } from './sign-in-exception';
import type { SignInRun } from './sign-in-run';
import { SRP_EFFECT_RUNNERS } from './srp-effect-runners';

/** How each effect is carried out; the runner looks effects up here by type. */
export const SIGN_IN_EFFECT_RUNNERS: { [T in SignInEffect['type']]: EffectRunner<T> } = {
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
  ...SRP_EFFECT_RUNNERS,
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
  const runner = SIGN_IN_EFFECT_RUNNERS[effect.type] as EffectRunner<SignInEffect['type']>;
  return runner(context, run, effect);
}
