import { CognitoError } from '../errors/cognito-error';
import { completeSignIn } from './complete-sign-in';
import { issueChallenge } from './issue-challenge';
import type { AuthResponse, Ctx, FlowState, SignInTarget } from './sign-in-types';
import { startMfa } from './start-mfa';

const passwordless = new Set(['EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN', 'SIGN_UP']);

/**
 * What follows a proven first factor, in Cognito's order: NEW_PASSWORD_REQUIRED for a FORCE_CHANGE_PASSWORD user;
 * DEVICE_SRP_AUTH for a remembered device when the pool's ChallengeRequiredOnNewDevice says so (it replaces MFA); the MFA step; then tokens. Passwordless first factors
 * get no MFA ("users who sign in with one-time passwords as a first factor can't add MFA",
 * https://docs.aws.amazon.com/cognito/latest/developerguide/authentication-flow-things-to-know.html).
 */
export function continueSignIn(ctx: Ctx, target: SignInTarget, flow: FlowState): AuthResponse {
  const { user } = target;
  const base = { ...target, username: user.Username };
  if (user.status === 'FORCE_CHANGE_PASSWORD') {
    return issueChallenge(ctx, base, {
      challengeName: 'NEW_PASSWORD_REQUIRED',
      flow,
      parameters: newPasswordParameters(target),
    });
  }
  if (flow.firstFactor && passwordless.has(flow.firstFactor)) return completeSignIn(ctx, target, flow);
  if (flow.deviceKey) {
    const device = Object.hasOwn(user.devices, flow.deviceKey) ? user.devices[flow.deviceKey] : undefined;
    if (!device) throw new CognitoError('ResourceNotFoundException', 'Device does not exist.');
    // "When true, a remembered device can sign in with device authentication instead of SMS and TOTP factors"
    // (DeviceConfigurationType.ChallengeRequiredOnNewDevice, Cognito API reference).
    const skipsMfa = target.pool.config.DeviceConfiguration?.ChallengeRequiredOnNewDevice === true;
    if (device.verifier && device.status === 'remembered' && skipsMfa) {
      return issueChallenge(ctx, base, {
        challengeName: 'DEVICE_SRP_AUTH',
        flow,
        parameters: { USERNAME: user.Username, USER_ID_FOR_SRP: user.Username },
      });
    }
  }
  return startMfa(ctx, target, flow) ?? completeSignIn(ctx, target, flow);
}

/**
 * NEW_PASSWORD_REQUIRED parameters: `userAttributes` (the user's attributes as JSON, without `sub`) and
 * `requiredAttributes` (JSON list of `userAttributes.<name>` the schema requires and the user lacks).
 */
function newPasswordParameters(target: SignInTarget): Record<string, string> {
  const { pool, user } = target;
  const attributes = Object.fromEntries(Object.entries(user.attributes).filter(([name]) => name !== 'sub'));
  const required = pool.config.Schema.filter((attribute) => attribute.Required && !user.attributes[attribute.Name]).map(
    (attribute) => `userAttributes.${attribute.Name}`,
  );
  return {
    USER_ID_FOR_SRP: user.Username,
    userAttributes: JSON.stringify(attributes),
    requiredAttributes: JSON.stringify(required),
  };
}
