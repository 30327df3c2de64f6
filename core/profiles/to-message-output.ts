import type { SignInNextStep, SignInOutput } from '../auth/index';

/** A `nextStep` that survives structured cloning: `getSetupUri` becomes the URI it would build. */
export type MessageNextStep =
  | Exclude<SignInNextStep, { signInStep: 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP' }>
  | { signInStep: 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP'; totpSetupDetails: { sharedSecret: string; setupUri: string } };

export type MessageSignInOutput = { isSignedIn: boolean; nextStep: MessageNextStep };

/**
 * Functions cannot cross `runtime.sendMessage`, so the TOTP setup step carries the otpauth URI built for
 * `appName` (the issuer the user's authenticator will show) and the signing-in user, instead of Amplify's
 * `getSetupUri`.
 */
export function toMessageOutput(output: SignInOutput, options: { appName: string }): MessageSignInOutput {
  const { nextStep } = output;
  if (nextStep.signInStep !== 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP') return { isSignedIn: output.isSignedIn, nextStep };
  const { sharedSecret, getSetupUri } = nextStep.totpSetupDetails;
  return {
    isSignedIn: output.isSignedIn,
    nextStep: {
      signInStep: nextStep.signInStep,
      totpSetupDetails: { sharedSecret, setupUri: getSetupUri(options.appName).href },
    },
  };
}
