import { isSidekeyError } from '../errors/sidekey-error';
import type { AuthFlowType, ConfirmSignInInput, SignInInput, SignInNextStep, SignInOutput } from './amplify-shapes';
import type { AuthContext } from './auth-context';
import { AuthError, signInException } from './auth-error';
import { getCurrentUser, storeAuthenticationResult } from './auth-session';
import { CHALLENGE_STEPS, challengeStep, transitionOnAnswer, transitionOnResponse } from './challenge-steps';
import { runSignInEffect, type SignInEffect, type SignInRun } from './sign-in-requests';

/*
 * Amplify's signIn and confirmSignIn. One round trip: the flow table below (or, for confirmSignIn, the challenge
 * table in challenge-steps.ts) says which request comes first; sign-in-requests.ts sends it; the pure transition in
 * challenge-steps.ts turns Cognito's answer into the new state and either a step for the user or the next request.
 */

type FlowInput = { username: string; password?: string; preferredChallenge?: string; session?: string };

const requirePassword = (password: string | undefined): string => {
  if (!password) throw new AuthError({ code: 'EmptySignInPassword', message: 'password is required to signIn' });
  return password;
};

/** USER_AUTH's first request for each preferred challenge (docs/cognito-api.md §2.6). */
const userAuth = ({ username, password, preferredChallenge, session }: FlowInput): SignInEffect => {
  const base = { type: 'initiate', authFlow: 'USER_AUTH', session } as const;
  if (!preferredChallenge) return { ...base, parameters: { USERNAME: username } };
  const parameters = { USERNAME: username, PREFERRED_CHALLENGE: preferredChallenge };
  if (preferredChallenge === 'PASSWORD_SRP') return { ...base, parameters, srpPassword: requirePassword(password) };
  if (preferredChallenge === 'PASSWORD')
    return { ...base, parameters: { ...parameters, PASSWORD: requirePassword(password) } };
  return { ...base, parameters };
};

/**
 * The first request of each sign-in flow (docs/cognito-api.md §2.2–§2.6), with Amplify's input checks. What
 * follows is decided by the challenge table.
 */
const SIGN_IN_FLOWS: Record<AuthFlowType, (input: FlowInput) => SignInEffect> = {
  USER_SRP_AUTH: ({ username, password }) => ({
    type: 'initiate',
    authFlow: 'USER_SRP_AUTH',
    parameters: { USERNAME: username },
    srpPassword: requirePassword(password),
  }),
  USER_PASSWORD_AUTH: ({ username, password }) => ({
    type: 'initiate',
    authFlow: 'USER_PASSWORD_AUTH',
    parameters: { USERNAME: username, PASSWORD: requirePassword(password) },
    withDeviceKey: true,
  }),
  CUSTOM_WITHOUT_SRP: ({ username, password }) => {
    if (password)
      throw new AuthError({
        code: 'CustomAuthSignInPassword',
        message: 'A password is not needed when signing in with CUSTOM_WITHOUT_SRP',
      });
    return { type: 'initiate', authFlow: 'CUSTOM_AUTH', parameters: { USERNAME: username }, withDeviceKey: true };
  },
  CUSTOM_WITH_SRP: ({ username, password }) => ({
    type: 'initiate',
    authFlow: 'CUSTOM_AUTH',
    parameters: { USERNAME: username, CHALLENGE_NAME: 'SRP_A' },
    srpPassword: requirePassword(password),
  }),
  USER_AUTH: userAuth,
};

/** The first effect for a signIn call, after checking the username and the flow name. */
function firstSignInEffect(input: SignInInput & { session?: string }): SignInEffect {
  if (!input.username) throw new AuthError({ code: 'EmptySignInUsername', message: 'username is required to signIn' });
  const flow = input.options?.authFlowType ?? 'USER_SRP_AUTH';
  if (!Object.hasOwn(SIGN_IN_FLOWS, flow))
    throw new AuthError({ code: 'SignInException', message: `Unknown authFlowType ${String(flow)}.` });
  return SIGN_IN_FLOWS[flow]({
    username: input.username,
    password: input.password,
    preferredChallenge: input.options?.preferredChallenge,
    session: input.session,
  });
}

async function assertNoSignedInUser(context: AuthContext): Promise<void> {
  const user = await getCurrentUser(context).catch(() => undefined);
  if (user?.username)
    throw new AuthError({
      code: 'UserAlreadyAuthenticatedException',
      message: 'There is already a signed in user.',
      recoverySuggestion: 'Call signOut before calling signIn again.',
    });
}

/**
 * Amplify's `signIn` (docs/cognito-api.md §2.1): refuses when someone is signed in, starts the chosen flow and
 * runs it until a step needs the user. Like Amplify it cancels a pending auto sign-in; any failure forgets the sign-in
 * in progress.
 */
export async function signIn(
  context: AuthContext,
  input: SignInInput,
  options: { session?: string } = {},
): Promise<SignInOutput> {
  const effect = firstSignInEffect({ ...input, session: options.session });
  await context.autoSignIn.clear();
  await assertNoSignedInUser(context);
  await context.signInState.clear();
  const run: SignInRun = {
    typedUsername: input.username,
    signInDetails: { loginId: input.username, authFlowType: input.options?.authFlowType ?? 'USER_SRP_AUTH' },
    clientMetadata: input.options?.clientMetadata,
    memory: {},
  };
  try {
    return await runSignIn(context, run, effect);
  } catch (error) {
    await context.signInState.clear();
    return errorAsStep(error);
  }
}

/**
 * Amplify's `confirmSignIn`: loads the sign-in in progress from storage (so it works after a worker restart),
 * sends the answer the challenge table prescribes and runs on. A failure keeps the state, so a mistyped code
 * can be tried again on the same Session (docs/cognito-api.md §5).
 */
export async function confirmSignIn(context: AuthContext, input: ConfirmSignInInput): Promise<SignInOutput> {
  if (!input.challengeResponse)
    throw new AuthError({
      code: 'EmptyChallengeResponse',
      message: 'challengeResponse is required to confirmSignIn',
    });
  const state = await context.signInState.load();
  if (!state)
    throw signInException(
      'Sign in has not been started, or it failed, or its session expired. Make sure a successful call to signIn is made before calling confirmSignIn.',
      'Make sure a successful call to signIn is made before calling confirmSignIn and that the session has not expired.',
    );
  const effect = transitionOnAnswer({ state, challengeResponse: input.challengeResponse, options: input.options });
  const run: SignInRun = {
    state,
    typedUsername: state.username,
    signInDetails: state.signInDetails,
    clientMetadata: input.options?.clientMetadata,
    memory: {},
  };
  try {
    return await runSignIn(context, run, effect);
  } catch (error) {
    return errorAsStep(error);
  }
}

/** No real sign-in needs more hops than this (SRP, device SRP, MFA setup, …); past it something loops. */
const MAX_HOPS = 12;

/**
 * The thin runner: executes an effect, feeds Cognito's answer to the pure transition, persists the new state,
 * and repeats until a step needs the user or tokens arrive. State is saved after every response so a later
 * `confirmSignIn` — in this worker or a restarted one — can resume.
 */
async function runSignIn(context: AuthContext, run: SignInRun, first: SignInEffect): Promise<SignInOutput> {
  let effect = first;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const { response, totpSharedSecret } = await runSignInEffect(context, run, effect);
    const next = transitionOnResponse({
      previous: run.state,
      response,
      now: context.now(),
      typedUsername: run.typedUsername,
      signInDetails: run.signInDetails,
      totpSharedSecret,
    });
    if (next.status === 'signedIn') {
      await storeAuthenticationResult(context, {
        result: next.result,
        username: next.username,
        signInDetails: run.signInDetails,
      });
      await context.signInState.clear();
      return { isSignedIn: true, nextStep: { signInStep: 'DONE' } };
    }
    run.state = next.state;
    await context.signInState.save(next.state);
    if ('nextStep' in next.outcome) return { isSignedIn: false, nextStep: next.outcome.nextStep };
    effect = next.outcome.effect;
  }
  throw signInException('The sign-in took more steps than any known flow.');
}

/**
 * Two Cognito errors are next steps, not failures (docs/cognito-api.md §2.9): a required password reset and an
 * unconfirmed account. Everything else is rethrown.
 */
function errorAsStep(error: unknown): SignInOutput {
  if (isSidekeyError(error, 'PasswordResetRequiredException'))
    return { isSignedIn: false, nextStep: { signInStep: 'RESET_PASSWORD' } };
  if (isSidekeyError(error, 'UserNotConfirmedException'))
    return { isSignedIn: false, nextStep: { signInStep: 'CONFIRM_SIGN_UP' } };
  throw error;
}

/** A sign-in waiting for the user's answer: who is signing in and the step `confirmSignIn` expects. */
type PendingSignIn = { username: string; nextStep: SignInNextStep };

/**
 * The step of the sign-in in progress, read from storage without any request, so a page opened again can show
 * the prompt it closed on. Built through the one challenge table; a state whose row is internal work (an effect,
 * not a step) or unknown answers `undefined`. An expired state throws `SignInSessionExpired` and is forgotten.
 */
export async function getPendingSignIn(context: AuthContext): Promise<PendingSignIn | undefined> {
  const state = await context.signInState.load();
  if (!state || !Object.hasOwn(CHALLENGE_STEPS, state.challengeName)) return undefined;
  const outcome = challengeStep(state.challengeName).step(state);
  return 'nextStep' in outcome ? { username: state.username, nextStep: outcome.nextStep } : undefined;
}
