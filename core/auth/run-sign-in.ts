import type { AuthContext } from './auth-context';
import type { SignInEffect } from './sign-in-effect';
import { runSignInEffect } from './sign-in-effect-runners';
import { signInException } from './sign-in-exception';
import type { SignInRun } from './sign-in-run';
import { transitionOnResponse } from './sign-in-transition';
import type { SignInOutput } from './sign-in-types';
import { storeAuthenticationResult } from './store-authentication-result';

/** No real sign-in needs more hops than this (SRP, device SRP, MFA setup, …); past it something loops. */
const MAX_HOPS = 12;

/**
 * The thin runner: executes an effect, feeds Cognito's answer to the pure transition, persists the new state,
 * and repeats until a step needs the user or tokens arrive. State is saved after every response so a later
 * `confirmSignIn` — in this worker or a restarted one — can resume.
 */
export async function runSignIn(context: AuthContext, run: SignInRun, first: SignInEffect): Promise<SignInOutput> {
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
