import { CognitoError } from '../errors/cognito-error';
import { issueChallenge } from './issue-challenge';
import type { AuthResponse, Ctx, FlowState, SignInTarget } from './sign-in-types';
import { bigIntFromBytes } from './srp-bytes';
import { isValidSrpA, srpServerPublic } from './srp-server';

/**
 * Answers an SRP_A with the PASSWORD_VERIFIER challenge: SALT, SRP_B = k·v + g^b (b = 1024 random bits),
 * SECRET_BLOCK (random, echoed back and signed by the client), USERNAME and USER_ID_FOR_SRP
 * (docs/cognito-api.md §2.2). For an unknown user with existence errors prevented (`target.user` undefined) the
 * values are a decoy, so the answer looks the same and the verifier step fails.
 */
export function startPasswordVerifier(
  ctx: Ctx,
  target: Omit<SignInTarget, 'user'> & { user: SignInTarget['user'] | undefined; username: string },
  options: { srpA: string | undefined; flow: FlowState },
): AuthResponse {
  if (!isValidSrpA(options.srpA)) throw new CognitoError('InvalidParameterException', 'Invalid SRP_A value.');
  const record = target.user?.password;
  const saltHex = record?.salt ?? Buffer.from(ctx.random(16)).toString('hex');
  const v = record ? BigInt(`0x${record.verifier}`) : bigIntFromBytes(ctx.random(384));
  const b = bigIntFromBytes(ctx.random(128));
  const B = srpServerPublic({ v, b });
  const secretBlock = Buffer.from(ctx.random(64)).toString('base64');
  const userIdForSrp = record?.userIdForSrp ?? target.user?.Username ?? target.username;
  const username = target.user?.Username ?? target.username;
  const flow: FlowState = {
    ...options.flow,
    srp: { A: options.srpA.toLowerCase(), b: b.toString(16), B: B.toString(16), secretBlock },
    ...(target.user?.password ? {} : { decoy: true }),
  };
  return issueChallenge(
    ctx,
    { ...target, username },
    {
      challengeName: 'PASSWORD_VERIFIER',
      flow,
      secretBlock,
      parameters: {
        SALT: saltHex,
        SRP_B: B.toString(16),
        SECRET_BLOCK: secretBlock,
        USER_ID_FOR_SRP: userIdForSrp,
        USERNAME: username,
      },
    },
  );
}
