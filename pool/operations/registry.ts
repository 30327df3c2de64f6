import { associateSoftwareToken } from './associate-software-token';
import { completeWebAuthnRegistration } from './complete-web-authn-registration';
import { confirmDevice } from './confirm-device';
import { createUserPool } from './create-user-pool';
import { createUserPoolClient } from './create-user-pool-client';
import { deleteWebAuthnCredential } from './delete-web-authn-credential';
import { forgetDevice } from './forget-device';
import { getDevice } from './get-device';
import { getTokensFromRefreshToken } from './get-tokens-from-refresh-token';
import { globalSignOut } from './global-sign-out';
import { initiateAuth } from './initiate-auth';
import { listDevices } from './list-devices';
import { listWebAuthnCredentials } from './list-web-authn-credentials';
import type { Operation } from './operation-context';
import { respondToAuthChallenge } from './respond-to-auth-challenge';
import { revokeToken } from './revoke-token';
import { setUserMfaPreference } from './set-user-mfa-preference';
import { startWebAuthnRegistration } from './start-web-authn-registration';
import { updateDeviceStatus } from './update-device-status';
import { verifySoftwareToken } from './verify-software-token';

export type { Operation, OperationContext, TokenService } from './operation-context';

/**
 * X-Amz-Target operation name → implementation. A plain object literal sorted by name: each engineer adds
 * their own lines (`'AdminCreateUser': adminCreateUser`), one file per operation under pool/operations/.
 */
export const operations: Record<string, Operation> = {
  AssociateSoftwareToken: associateSoftwareToken,
  ConfirmDevice: confirmDevice,
  ForgetDevice: forgetDevice,
  GetDevice: getDevice,
  GetTokensFromRefreshToken: getTokensFromRefreshToken,
  GlobalSignOut: globalSignOut,
  InitiateAuth: initiateAuth,
  ListDevices: listDevices,
  RespondToAuthChallenge: respondToAuthChallenge,
  RevokeToken: revokeToken,
  SetUserMFAPreference: setUserMfaPreference,
  UpdateDeviceStatus: updateDeviceStatus,
  VerifySoftwareToken: verifySoftwareToken,
  CompleteWebAuthnRegistration: completeWebAuthnRegistration,
  CreateUserPool: createUserPool,
  CreateUserPoolClient: createUserPoolClient,
  DeleteWebAuthnCredential: deleteWebAuthnCredential,
  ListWebAuthnCredentials: listWebAuthnCredentials,
  StartWebAuthnRegistration: startWebAuthnRegistration,
};
