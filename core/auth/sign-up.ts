import { secretHashField } from './add-secret-hash';
import {
  type CodeDeliveryDetails,
  codeDeliveryFromCognito,
  type SignInInput,
  type SignInOutput,
  type SignUpOutput,
} from './amplify-shapes';
import type { AuthContext } from './auth-context';
import { AuthError } from './auth-error';
import { signIn } from './sign-in';

/** Amplify's `signUp` input. `autoSignIn` may be `true` or the sign-in options to use afterwards. */
type SignUpInput = {
  username: string;
  password?: string;
  options?: {
    userAttributes?: Record<string, string>;
    validationData?: Record<string, string>;
    clientMetadata?: Record<string, string>;
    autoSignIn?: boolean | SignInInput['options'];
  };
};

const toAttributes = (record: Record<string, string> | undefined) =>
  record && Object.entries(record).map(([Name, Value]) => ({ Name, Value }));

/**
 * Whether auto sign-in needs the password: not for USER_AUTH, where ConfirmSignUp's Session signs in, nor for
 * CUSTOM_WITHOUT_SRP, which never sends one (docs/cognito-api.md §6.1).
 */
const needsPassword = (options: SignInInput['options']) =>
  options?.authFlowType !== 'USER_AUTH' && options?.authFlowType !== 'CUSTOM_WITHOUT_SRP';

/**
 * Amplify's `signUp` (docs/cognito-api.md §6.1): SignUp, and with `autoSignIn` remember how to sign in once the
 * account is confirmed. Unlike Amplify's memory this is kept in the client's storage (auto-sign-in-store.ts), the
 * password only when the flow needs it, so a restarted worker can finish it.
 */
export async function signUp(context: AuthContext, input: SignUpInput): Promise<SignUpOutput> {
  if (!input.username) throw new AuthError({ code: 'EmptySignUpUsername', message: 'username is required to signUp' });
  const out = await context.call('SignUp', {
    Username: input.username,
    Password: input.password || undefined,
    UserAttributes: toAttributes(input.options?.userAttributes),
    ValidationData: toAttributes(input.options?.validationData),
    ClientMetadata: input.options?.clientMetadata,
    ClientId: context.clientId,
    ...(await secretHashField(context, input.username)),
  });
  const auto = input.options?.autoSignIn;
  await context.autoSignIn.clear();
  if (auto) {
    const options = auto === true ? undefined : auto;
    await context.autoSignIn.save({
      username: input.username,
      session: out.Session,
      options,
      confirmed: Boolean(out.UserConfirmed),
      startedAt: context.now(),
      password: needsPassword(options) ? input.password : undefined,
    });
  }
  const codeDeliveryDetails = codeDeliveryFromCognito(out.CodeDeliveryDetails);
  if (out.UserConfirmed)
    return {
      isSignUpComplete: true,
      userId: out.UserSub,
      nextStep: { signUpStep: auto ? 'COMPLETE_AUTO_SIGN_IN' : 'DONE' },
    };
  return {
    isSignUpComplete: false,
    userId: out.UserSub,
    nextStep: { signUpStep: 'CONFIRM_SIGN_UP', codeDeliveryDetails },
  };
}

/**
 * Amplify's `confirmSignUp`: ConfirmSignUp; when auto sign-in waits for this user, its Session is replaced with the
 * one Cognito returns and the next step is COMPLETE_AUTO_SIGN_IN.
 */
export async function confirmSignUp(
  context: AuthContext,
  input: {
    username: string;
    confirmationCode: string;
    options?: { clientMetadata?: Record<string, string>; forceAliasCreation?: boolean };
  },
): Promise<SignUpOutput> {
  if (!input.username)
    throw new AuthError({ code: 'EmptyConfirmSignUpUsername', message: 'username is required to confirmSignUp' });
  if (!input.confirmationCode)
    throw new AuthError({ code: 'EmptyConfirmSignUpCode', message: 'code is required to confirmSignUp' });
  const out = await context.call('ConfirmSignUp', {
    Username: input.username,
    ConfirmationCode: input.confirmationCode,
    ClientId: context.clientId,
    ClientMetadata: input.options?.clientMetadata,
    ForceAliasCreation: input.options?.forceAliasCreation,
    ...(await secretHashField(context, input.username)),
  });
  const armed = await context.autoSignIn.load();
  if (armed && armed.username === input.username) {
    await context.autoSignIn.save({
      ...armed,
      session: out.Session ?? armed.session,
      confirmed: true,
      startedAt: context.now(),
    });
    return { isSignUpComplete: true, nextStep: { signUpStep: 'COMPLETE_AUTO_SIGN_IN' } };
  }
  await context.autoSignIn.clear();
  return { isSignUpComplete: true, nextStep: { signUpStep: 'DONE' } };
}

/** Amplify's `resendSignUpCode`: ResendConfirmationCode, answering where the new code went. */
export async function resendSignUpCode(
  context: AuthContext,
  input: { username: string; options?: { clientMetadata?: Record<string, string> } },
): Promise<CodeDeliveryDetails> {
  if (!input.username)
    throw new AuthError({ code: 'EmptySignUpUsername', message: 'username is required to resendSignUpCode' });
  const out = await context.call('ResendConfirmationCode', {
    Username: input.username,
    ClientId: context.clientId,
    ClientMetadata: input.options?.clientMetadata,
    ...(await secretHashField(context, input.username)),
  });
  return codeDeliveryFromCognito(out.CodeDeliveryDetails);
}

/**
 * Amplify's `autoSignIn` after a confirmed sign-up (docs/cognito-api.md §6.1). USER_AUTH spends ConfirmSignUp's
 * Session on InitiateAuth, so no password or code is needed; other flows sign in with the remembered password. The
 * armed record (and its password) is wiped before the sign-in starts, whatever its outcome.
 */
export async function autoSignIn(context: AuthContext): Promise<SignInOutput> {
  const armed = await context.autoSignIn.load();
  if (!armed?.confirmed)
    throw new AuthError({
      code: 'AutoSignInException',
      message: 'The autoSignIn flow has not started, or has been cancelled/completed.',
    });
  await context.autoSignIn.clear();
  const userAuth = armed.options?.authFlowType === 'USER_AUTH';
  return signIn(
    context,
    { username: armed.username, password: armed.password, options: armed.options },
    { session: userAuth ? armed.session : undefined },
  );
}
