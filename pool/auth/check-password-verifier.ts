import { CognitoError } from '../errors/cognito-error';
import type { SrpState } from './sign-in-types';
import { isSrpTimestamp, verifyPasswordClaim } from './srp-server';

/**
 * Checks a PASSWORD_VERIFIER or DEVICE_PASSWORD_VERIFIER answer against the SRP state of its Session: the echoed
 * secret block, the TIMESTAMP form and the claim signature (constant-time). Malformed answers are
 * `InvalidParameterException`; a wrong signature returns false.
 */
export async function checkPasswordVerifier(options: {
  srp: SrpState;
  v: bigint;
  poolName: string;
  userIdForSrp: string;
  responses: Record<string, string>;
}): Promise<boolean> {
  const { srp, responses } = options;
  const signature = responses.PASSWORD_CLAIM_SIGNATURE;
  if (!signature)
    throw new CognitoError('InvalidParameterException', 'Missing required parameter PASSWORD_CLAIM_SIGNATURE');
  if (!isSrpTimestamp(responses.TIMESTAMP)) {
    throw new CognitoError(
      'InvalidParameterException',
      'TIMESTAMP format should be EEE MMM d HH:mm:ss z yyyy in english.',
    );
  }
  if (responses.PASSWORD_CLAIM_SECRET_BLOCK !== srp.secretBlock) return false;
  return verifyPasswordClaim({
    A: BigInt(`0x${srp.A}`),
    B: BigInt(`0x${srp.B}`),
    b: BigInt(`0x${srp.b}`),
    v: options.v,
    poolName: options.poolName,
    userIdForSrp: options.userIdForSrp,
    secretBlock: srp.secretBlock,
    timestamp: responses.TIMESTAMP,
    signature,
  });
}
