import { secretHashField } from './add-secret-hash';
import { codeDeliveryFromCognito, type ResetPasswordOutput } from './amplify-shapes';
import type { AuthContext } from './auth-context';
import { AuthError } from './auth-error';

const required = (value: string | undefined, code: string, message: string) => {
  if (!value) throw new AuthError({ code, message });
};

/** Amplify's `resetPassword`: ForgotPassword, answering where the code went (docs/cognito-api.md §6.2). */
export async function resetPassword(
  context: AuthContext,
  input: { username: string; options?: { clientMetadata?: Record<string, string> } },
): Promise<ResetPasswordOutput> {
  required(input.username, 'EmptyResetPasswordUsername', 'username is required to resetPassword');
  const out = await context.call('ForgotPassword', {
    Username: input.username,
    ClientId: context.clientId,
    ClientMetadata: input.options?.clientMetadata,
    ...(await secretHashField(context, input.username)),
  });
  return {
    isPasswordReset: false,
    nextStep: {
      resetPasswordStep: 'CONFIRM_RESET_PASSWORD_WITH_CODE',
      codeDeliveryDetails: codeDeliveryFromCognito(out.CodeDeliveryDetails),
    },
  };
}

/** Amplify's `confirmResetPassword`: ConfirmForgotPassword with the code and the new password. */
export async function confirmResetPassword(
  context: AuthContext,
  input: {
    username: string;
    confirmationCode: string;
    newPassword: string;
    options?: { clientMetadata?: Record<string, string> };
  },
): Promise<void> {
  required(input.username, 'EmptyConfirmResetPasswordUsername', 'username is required to confirmResetPassword');
  required(
    input.newPassword,
    'EmptyConfirmResetPasswordNewPassword',
    'newPassword is required to confirmResetPassword',
  );
  required(
    input.confirmationCode,
    'EmptyConfirmResetPasswordConfirmationCode',
    'confirmationCode is required to confirmResetPassword',
  );
  await context.call('ConfirmForgotPassword', {
    Username: input.username,
    ConfirmationCode: input.confirmationCode,
    Password: input.newPassword,
    ClientId: context.clientId,
    ClientMetadata: input.options?.clientMetadata,
    ...(await secretHashField(context, input.username)),
  });
}
