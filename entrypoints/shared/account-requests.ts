import type { AuthFactorType, AuthFlowType } from '../../core/auth/sign-in-types';
import type { SessionSummary } from '../../core/profiles/handlers/auth-handlers';
import type { PoolProfile } from '../../core/profiles/pool-profile';
import type { MessageNextStep, MessageSignInOutput } from '../../core/profiles/to-message-output';

/** What the options page sends to add a pool (the worker validates and fills the rest). */
export interface NewPoolInput {
  label?: string;
  userPoolId: string;
  userPoolClientId: string;
  userPoolEndpoint?: string;
  region?: string;
  origins?: string[];
  hostedUiDomain?: string;
  scopes?: string[];
}

/** `auth.signIn` options the popup offers. */
export interface SignInOptions {
  authFlowType?: AuthFlowType;
  preferredChallenge?: AuthFactorType;
}

/** `auth.confirmSignIn` options the popup offers. */
export interface ConfirmSignInOptions {
  userAttributes?: Record<string, string>;
  friendlyDeviceName?: string;
}

/** The request map of the worker's `profiles.*` and `auth.*` handlers (core/profiles/handlers). */
export interface AccountRequests {
  'profiles.list': { input: undefined; output: PoolProfile[] };
  'profiles.add': { input: NewPoolInput; output: PoolProfile };
  'profiles.remove': { input: { id: string }; output: undefined };
  'auth.signIn': {
    input: { profileId: string; username: string; password?: string; options?: SignInOptions };
    output: MessageSignInOutput;
  };
  'auth.confirmSignIn': {
    input: { profileId: string; challengeResponse: string; options?: ConfirmSignInOptions };
    output: MessageSignInOutput;
  };
  /** The sign-in in progress (kept by the worker up to Cognito's 3 minutes), or null when there is none. */
  'auth.pendingSignIn': {
    input: { profileId: string };
    output: { username: string; nextStep: MessageNextStep } | null;
  };
  /** Forgets the sign-in in progress. */
  'auth.cancelSignIn': { input: { profileId: string }; output: undefined };
  'auth.signInWithRedirect': { input: { profileId: string }; output: { username: string } };
  'auth.signOut': { input: { profileId: string; global?: boolean }; output: undefined };
  'auth.session': { input: { profileId: string; forceRefresh?: boolean }; output: SessionSummary };
}
