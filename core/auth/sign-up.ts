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
 * Amplify's `signUp` (docs/cognito-api.md §6.1): SignUp, and with `autoSignIn` remember how to sign in once the
 * account is confirmed — in memory only, because for password flows that means the password.
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
  context.autoSignIn.slot = undefined;
  if (auto) {
    const options = auto === true ? undefined : auto;
    const keepPassword = options?.authFlowType !== 'CUSTOM_WITHOUT_SRP';
    context.autoSignIn.slot = {
      username: input.username,
      session: out.Session,
      signInInput: { username: input.username, password: keepPassword ? input.password : undefined, options },
      confirmed: Boolean(out.UserConfirmed),
    };
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
  const slot = context.autoSignIn.slot;
  if (slot && slot.username === input.username) {
    context.autoSignIn.slot = { ...slot, session: out.Session ?? slot.session, confirmed: true };
    return { isSignUpComplete: true, nextStep: { signUpStep: 'COMPLETE_AUTO_SIGN_IN' } };
  }
  context.autoSignIn.slot = undefined;
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
 * Session on InitiateAuth, so no password or code is needed; other flows sign in with the remembered password.
 */
export async function autoSignIn(context: AuthContext): Promise<SignInOutput> {
  const slot = context.autoSignIn.slot;
  if (!slot?.confirmed)
    throw new AuthError({
      code: 'AutoSignInException',
      message: 'The autoSignIn flow has not started, or has been cancelled/completed.',
    });
  context.autoSignIn.slot = undefined;
  const userAuth = slot.signInInput.options?.authFlowType === 'USER_AUTH';
  return signIn(context, slot.signInInput, { session: userAuth ? slot.session : undefined });
}
