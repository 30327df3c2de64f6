import { type AuthClientConfig, type AuthContext, createAuthContext } from './auth-context';
import { fetchAuthSession, fetchUserAttributes, getCurrentUser } from './auth-session';
import { currentDeviceKey, fetchDevices, forgetDevice, rememberDevice, updateDeviceStatus } from './device-apis';
import { handOverSession, releaseSession } from './hand-over-session';
import { fetchMFAPreference, setUpTOTP, updateMFAPreference, verifyTOTPSetup } from './mfa-settings';
import {
  completeSignInWithRedirect,
  createRedirectContext,
  type SignInWithRedirectInput,
  signInWithRedirect,
} from './redirect/sign-in-with-redirect';
import { isHostedUiSignIn, signOutOfHostedUi } from './redirect/sign-out-of-hosted-ui';
import { confirmResetPassword, resetPassword } from './reset-password';
import { confirmSignIn, getPendingSignIn, signIn } from './sign-in';
import { signOut } from './sign-out';
import { autoSignIn, confirmSignUp, resendSignUpCode, signUp } from './sign-up';
import { updatePassword } from './update-password';
import { associateWebAuthnCredential, deleteWebAuthnCredential, listWebAuthnCredentials } from './webauthn-credentials';

export type * from './amplify-shapes';
export type { AuthClientConfig, OpenAuthSession } from './auth-context';
export type { KeyValueStorage } from './auth-storage';
/** For the worker's routed storage: the armed auto sign-in (storage.session) and its password (sealed there too). */
export { isAutoSignInKey, isAutoSignInPasswordKey } from './auto-sign-in-store';
/** For the worker's routed storage: which keys belong in storage.session. */
export { isSignInStateKey } from './sign-in-state';

type Tail<F> = F extends (context: AuthContext, ...rest: infer R) => infer Out ? (...rest: R) => Out : never;
const bind = <F extends (context: AuthContext, ...rest: never[]) => unknown>(context: AuthContext, fn: F): Tail<F> =>
  ((...rest: never[]) => fn(context, ...rest)) as Tail<F>;

/**
 * Amplify JS v6's Cognito sign-in surface, without Amplify and without any platform global: every method has
 * Amplify's name, input and output, and all state lives in `config.storage` (tokens, device keys, the sign-in in
 * progress, an armed auto sign-in), never in the module. See docs/cognito-api.md for the wire facts.
 */
export function createAuthClient(config: AuthClientConfig) {
  const context = createAuthContext(config);
  const redirect = createRedirectContext(config, context);
  return {
    signIn: bind(context, signIn),
    confirmSignIn: bind(context, confirmSignIn),
    /** The step of the sign-in in progress, from storage alone (no request); undefined when there is none. */
    getPendingSignIn: () => getPendingSignIn(context),
    /** Forgets the sign-in in progress and any armed auto sign-in, so the next `signIn` starts afresh; tokens stay. */
    cancelSignIn: async () => {
      await context.signInState.clear();
      await context.autoSignIn.clear();
    },
    signOut: async (input?: { global?: boolean }) => {
      const hostedUi = await isHostedUiSignIn(redirect);
      await signOut(context, input);
      if (hostedUi) await signOutOfHostedUi(redirect);
    },
    signUp: bind(context, signUp),
    confirmSignUp: bind(context, confirmSignUp),
    resendSignUpCode: bind(context, resendSignUpCode),
    autoSignIn: bind(context, autoSignIn),
    resetPassword: bind(context, resetPassword),
    confirmResetPassword: bind(context, confirmResetPassword),
    updatePassword: bind(context, updatePassword),
    fetchAuthSession: (input?: { forceRefresh?: boolean }) => fetchAuthSession(context, input),
    getCurrentUser: bind(context, getCurrentUser),
    fetchUserAttributes: bind(context, fetchUserAttributes),
    setUpTOTP: bind(context, setUpTOTP),
    verifyTOTPSetup: bind(context, verifyTOTPSetup),
    updateMFAPreference: bind(context, updateMFAPreference),
    fetchMFAPreference: bind(context, fetchMFAPreference),
    rememberDevice: bind(context, rememberDevice),
    forgetDevice: (input?: { device?: { id: string } }) => forgetDevice(context, input),
    fetchDevices: bind(context, fetchDevices),
    /** Beyond Amplify: UpdateDeviceStatus for any of the user's devices (remembered or not). */
    updateDeviceStatus: bind(context, updateDeviceStatus),
    /** Beyond Amplify: this client's own device key, when it has one. */
    currentDeviceKey: () => currentDeviceKey(context),
    associateWebAuthnCredential: bind(context, associateWebAuthnCredential),
    listWebAuthnCredentials: (input?: { pageSize?: number; nextToken?: string }) =>
      listWebAuthnCredentials(context, input),
    deleteWebAuthnCredential: bind(context, deleteWebAuthnCredential),
    signInWithRedirect: (input?: SignInWithRedirectInput) => signInWithRedirect(redirect, input),
    completeSignInWithRedirect: (callbackUrl: string) => completeSignInWithRedirect(redirect, callbackUrl),
    /** Beyond Amplify: the session as an Amplify app stores it, to hand to a site (hand-over-session.ts). */
    handOverSession: () => handOverSession(context),
    /** Beyond Amplify: forgets the session here without revoking it, once a site holds it. */
    releaseSession: () => releaseSession(context),
  };
}

/** What `createAuthClient` returns. */
export type AuthClient = ReturnType<typeof createAuthClient>;
