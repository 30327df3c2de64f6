import { encodeBase64 } from '../../encoding/encode-base64';
import { base64ToBytes } from './base64-to-bytes';
import { concatBytes } from './concat-bytes';
import { hmacSha256 } from './srp-hash';

const utf8 = new TextEncoder();

/**
 * `PASSWORD_CLAIM_SIGNATURE` = base64(HMAC-SHA256(key, utf8(poolName) ‖ utf8(userIdForSrp) ‖
 * base64decode(secretBlock) ‖ utf8(timestamp))) (docs/cognito-api.md §3.6). A server verifies a claim by
 * computing the same value from its own key.
 */
export async function computePasswordClaim(options: {
  key: Uint8Array;
  poolName: string;
  userIdForSrp: string;
  secretBlock: string;
  timestamp: string;
}): Promise<string> {
  const message = concatBytes(
    utf8.encode(options.poolName),
    utf8.encode(options.userIdForSrp),
    base64ToBytes(options.secretBlock),
    utf8.encode(options.timestamp),
  );
  return encodeBase64(await hmacSha256(options.key, message));
}
