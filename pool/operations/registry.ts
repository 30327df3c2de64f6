import { adminConfirmSignUp } from './admin-confirm-sign-up';
import { adminCreateUser } from './admin-create-user';
import { adminDeleteUser } from './admin-delete-user';
import { adminDisableUser } from './admin-disable-user';
import { adminEnableUser } from './admin-enable-user';
import { adminGetUser } from './admin-get-user';
import { adminResetUserPassword } from './admin-reset-user-password';
import { adminSetUserMFAPreference } from './admin-set-user-mfa-preference';
import { adminSetUserPassword } from './admin-set-user-password';
import { adminUpdateUserAttributes } from './admin-update-user-attributes';
import { associateSoftwareToken } from './associate-software-token';
import { changePassword } from './change-password';
import { completeWebAuthnRegistration } from './complete-web-authn-registration';
import { confirmDevice } from './confirm-device';
import { confirmForgotPassword } from './confirm-forgot-password';
import { confirmSignUp } from './confirm-sign-up';
import { createUserPool } from './create-user-pool';
import { createUserPoolClient } from './create-user-pool-client';
import { deleteUser } from './delete-user';
import { deleteWebAuthnCredential } from './delete-web-authn-credential';
import { describeUserPool } from './describe-user-pool';
import { describeUserPoolClient } from './describe-user-pool-client';
import { forgetDevice } from './forget-device';
import { forgotPassword } from './forgot-password';
import { getDevice } from './get-device';
import { getTokensFromRefreshToken } from './get-tokens-from-refresh-token';
import { getUser } from './get-user';
import { getUserAttributeVerificationCode } from './get-user-attribute-verification-code';
import { getUserPoolMfaConfig } from './get-user-pool-mfa-config';
import { globalSignOut } from './global-sign-out';
import { initiateAuth } from './initiate-auth';
import { listDevices } from './list-devices';
import { listUsers } from './list-users';
import { listWebAuthnCredentials } from './list-web-authn-credentials';
import type { Operation } from './operation-context';
import { resendConfirmationCode } from './resend-confirmation-code';
import { respondToAuthChallenge } from './respond-to-auth-challenge';
import { revokeToken } from './revoke-token';
import { setUserMfaPreference } from './set-user-mfa-preference';
import { setUserPoolMfaConfig } from './set-user-pool-mfa-config';
import { signUp } from './sign-up';
import { startWebAuthnRegistration } from './start-web-authn-registration';
import { updateDeviceStatus } from './update-device-status';
import { updateUserAttributes } from './update-user-attributes';
import { updateUserPool } from './update-user-pool';
import { updateUserPoolClient } from './update-user-pool-client';
import { verifySoftwareToken } from './verify-software-token';
import { verifyUserAttribute } from './verify-user-attribute';

export type { Operation } from './operation-context';

/**
 * X-Amz-Target operation name → implementation. A plain object literal sorted by name: each engineer adds
 * their own lines (`'AdminCreateUser': adminCreateUser`), one file per operation under pool/operations/.
 */
export const operations: Record<string, Operation> = {
  AdminConfirmSignUp: adminConfirmSignUp,
  AdminCreateUser: adminCreateUser,
  AdminDeleteUser: adminDeleteUser,
  AdminDisableUser: adminDisableUser,
  AdminEnableUser: adminEnableUser,
  AdminGetUser: adminGetUser,
  AdminResetUserPassword: adminResetUserPassword,
  AdminSetUserMFAPreference: adminSetUserMFAPreference,
  AdminSetUserPassword: adminSetUserPassword,
  AdminUpdateUserAttributes: adminUpdateUserAttributes,
  AssociateSoftwareToken: associateSoftwareToken,
  ChangePassword: changePassword,
  CompleteWebAuthnRegistration: completeWebAuthnRegistration,
  ConfirmDevice: confirmDevice,
  ConfirmForgotPassword: confirmForgotPassword,
  ConfirmSignUp: confirmSignUp,
  CreateUserPool: createUserPool,
  CreateUserPoolClient: createUserPoolClient,
  DeleteUser: deleteUser,
  DeleteWebAuthnCredential: deleteWebAuthnCredential,
  DescribeUserPool: describeUserPool,
  DescribeUserPoolClient: describeUserPoolClient,
  ForgetDevice: forgetDevice,
  ForgotPassword: forgotPassword,
  GetDevice: getDevice,
  GetTokensFromRefreshToken: getTokensFromRefreshToken,
  GetUser: getUser,
  GetUserAttributeVerificationCode: getUserAttributeVerificationCode,
  GetUserPoolMfaConfig: getUserPoolMfaConfig,
  GlobalSignOut: globalSignOut,
  InitiateAuth: initiateAuth,
  ListDevices: listDevices,
  ListUsers: listUsers,
  ListWebAuthnCredentials: listWebAuthnCredentials,
  ResendConfirmationCode: resendConfirmationCode,
  RespondToAuthChallenge: respondToAuthChallenge,
  RevokeToken: revokeToken,
  SetUserMFAPreference: setUserMfaPreference,
  SetUserPoolMfaConfig: setUserPoolMfaConfig,
  SignUp: signUp,
  StartWebAuthnRegistration: startWebAuthnRegistration,
  UpdateDeviceStatus: updateDeviceStatus,
  UpdateUserAttributes: updateUserAttributes,
  UpdateUserPool: updateUserPool,
  UpdateUserPoolClient: updateUserPoolClient,
  VerifySoftwareToken: verifySoftwareToken,
  VerifyUserAttribute: verifyUserAttribute,
};
