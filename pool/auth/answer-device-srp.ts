import { CognitoError } from '../errors/cognito-error';
import type { DeviceRecord } from '../state/types';
import { checkPasswordVerifier } from './check-password-verifier';
import { completeSignIn } from './complete-sign-in';
import { issueChallenge } from './issue-challenge';
import { incorrectCredentials } from './resolve-sign-in-target';
import type { AuthResponse, Ctx, FlowState, SignInTarget } from './sign-in-types';
import { bigIntFromBytes } from './srp-bytes';
import { isValidSrpA, srpServerPublic } from './srp-server';

/*
 * Device SRP (docs/cognito-api.md §4.1): the same SRP-6a as the password, with the device group key as pool name,
 * the device key as user id and the random device password the client kept; the verifier and salt are the ones
 * ConfirmDevice stored (hex).
 */

function requireDevice(target: SignInTarget, deviceKey: string | undefined): DeviceRecord & { verifier: string } {
  const device =
    deviceKey && Object.hasOwn(target.user.devices, deviceKey) ? target.user.devices[deviceKey] : undefined;
  if (!device) throw new CognitoError('ResourceNotFoundException', 'Device does not exist.');
  if (!device.verifier || !device.salt) throw new CognitoError('NotAuthorizedException', 'Device is not confirmed.');
  return device as DeviceRecord & { verifier: string };
}

/** Answers DEVICE_SRP_AUTH {USERNAME, SRP_A, DEVICE_KEY} with DEVICE_PASSWORD_VERIFIER (SRP_B, SALT, SECRET_BLOCK). */
export function answerDeviceSrpAuth(
  ctx: Ctx,
  target: SignInTarget,
  options: { flow: FlowState; responses: Record<string, string> },
): AuthResponse {
  const deviceKey = options.responses.DEVICE_KEY ?? options.flow.deviceKey;
  const device = requireDevice(target, deviceKey);
  const srpA = options.responses.SRP_A;
  if (!isValidSrpA(srpA)) throw new CognitoError('InvalidParameterException', 'Invalid SRP_A value.');
  const b = bigIntFromBytes(ctx.random(128));
  const B = srpServerPublic({ v: BigInt(`0x${device.verifier}`), b });
  const secretBlock = Buffer.from(ctx.random(64)).toString('base64');
  const srp = { A: srpA.toLowerCase(), b: b.toString(16), B: B.toString(16), secretBlock };
  return issueChallenge(
    ctx,
    { ...target, username: target.user.Username },
    {
      challengeName: 'DEVICE_PASSWORD_VERIFIER',
      flow: { ...options.flow, deviceKey: device.deviceKey, srp },
      secretBlock,
      parameters: {
        SRP_B: srp.B,
        SALT: device.salt!,
        SECRET_BLOCK: secretBlock,
        USERNAME: target.user.Username,
        DEVICE_KEY: device.deviceKey,
      },
    },
  );
}

/** Answers DEVICE_PASSWORD_VERIFIER: a right device claim completes the sign-in without MFA. */
export async function answerDevicePasswordVerifier(
  ctx: Ctx,
  target: SignInTarget,
  options: { flow: FlowState; responses: Record<string, string> },
): Promise<AuthResponse> {
  const device = requireDevice(target, options.flow.deviceKey);
  const srp = options.flow.srp;
  if (!srp) throw new CognitoError('NotAuthorizedException', 'Invalid session for the user.');
  const ok = await checkPasswordVerifier({
    srp,
    v: BigInt(`0x${device.verifier}`),
    poolName: device.deviceGroupKey,
    userIdForSrp: device.deviceKey,
    responses: options.responses,
  });
  if (!ok) throw new CognitoError('NotAuthorizedException', incorrectCredentials);
  const { srp: _srp, ...flow } = options.flow;
  return completeSignIn(ctx, target, flow);
}
