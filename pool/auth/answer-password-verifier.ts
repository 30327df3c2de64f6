import { CognitoError } from '../errors/cognito-error';
import { afterPassword, checkPasswordWithLockout } from './after-password';
import { checkPasswordVerifier } from './check-password-verifier';
import type { AuthResponse, Ctx, FlowState, SignInTarget } from './sign-in-types';

/**
 * Answers PASSWORD_VERIFIER (USER_SRP_AUTH, CUSTOM_AUTH with SRP, USER_AUTH PASSWORD_SRP): checks the claim under
 * the lockout rules, notes the `DEVICE_KEY` the client sent, and goes on as after any proven password.
 */
export async function answerPasswordVerifier(
  ctx: Ctx,
  target: SignInTarget,
  options: { flow: FlowState; responses: Record<string, string> },
): Promise<AuthResponse> {
  const { pool, user } = target;
  const { flow, responses } = options;
  const record = user.password;
  if (!flow.srp || !record) throw new CognitoError('NotAuthorizedException', 'Invalid session for the user.');
  const srp = flow.srp;
  await checkPasswordWithLockout(ctx, target, () =>
    checkPasswordVerifier({
      srp,
      v: BigInt(`0x${record.verifier}`),
      poolName: pool.Id.slice(pool.Id.indexOf('_') + 1),
      userIdForSrp: record.userIdForSrp,
      responses,
    }),
  );
  const deviceKey = responses.DEVICE_KEY ?? flow.deviceKey;
  return afterPassword(ctx, target, {
    ...flow,
    firstFactor: flow.firstFactor ?? 'PASSWORD_SRP',
    ...(deviceKey ? { deviceKey } : {}),
  });
}
