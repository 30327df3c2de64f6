import { SidekeyError } from '../../errors/sidekey-error';
import { bytesToBigInt } from './bytes-to-bigint';
import { computePasswordClaim } from './compute-password-claim';
import { computeSrpClientSecret } from './compute-srp-client-secret';
import { computeSrpU } from './compute-srp-u';
import { computeSrpX } from './compute-srp-x';
import { deriveSrpKey } from './derive-srp-key';
import { modPowG } from './mod-pow';
import { parseSrpHex } from './parse-srp-hex';
import { N } from './srp-group';

/** What the client needs from Cognito's `PASSWORD_VERIFIER` / `DEVICE_PASSWORD_VERIFIER` challenge to sign. */
export interface SrpClaimInput {
  /** User SRP: the part of the user pool id after `_`. Device SRP: the device group key (docs/cognito-api.md §4.1). */
  poolName: string;
  /** User SRP: `USER_ID_FOR_SRP` from the challenge. Device SRP: the device key. */
  userIdForSrp: string;
  /** User SRP: the user's password. Device SRP: the stored device password (base64 of 40 random bytes). */
  password: string;
  /** `SALT` from the challenge (hex). */
  saltHex: string;
  /** `SRP_B` from the challenge (hex). */
  srpBHex: string;
  /** `SECRET_BLOCK` from the challenge (base64), signed and echoed back unchanged. */
  secretBlock: string;
  /** The `TIMESTAMP` sent with the answer, from {@link formatSrpTimestamp}. */
  timestamp: string;
}

/** One SRP exchange: the public value to send, and the signer for the server's challenge. */
export interface SrpClient {
  /** `SRP_A`: A = g^a mod N as unpadded lower-case hex (`A.toString(16)`, as Amplify sends it). */
  srpA: string;
  /** `PASSWORD_CLAIM_SIGNATURE` (base64) for the challenge. Throws `InvalidSrpParameter` on unsafe B or u. */
  computeClaim(input: SrpClaimInput): Promise<string>;
}

/**
 * Starts a Cognito SRP-6a exchange (docs/cognito-api.md §3; RFC 5054). The secret a is 128 bytes from `random`
 * and never leaves this closure. The same client serves user SRP (`USER_SRP_AUTH` → `PASSWORD_VERIFIER`) and
 * device SRP (`DEVICE_SRP_AUTH` → `DEVICE_PASSWORD_VERIFIER`): for the latter pass the device group key as
 * `poolName`, the device key as `userIdForSrp` and the device password as `password` (docs/cognito-api.md §4.1). Use a fresh client per
 * exchange.
 */
export async function createSrpClient(options: { random: (byteCount: number) => Uint8Array }): Promise<SrpClient> {
  const a = bytesToBigInt(options.random(128));
  const A = modPowG(a);
  if (A % N === 0n) throw new SidekeyError({ code: 'InvalidSrpParameter', message: 'SRP A mod N is 0.' });
  return {
    srpA: A.toString(16),
    async computeClaim(input) {
      const B = parseSrpHex({ field: 'SRP_B', hex: input.srpBHex });
      parseSrpHex({ field: 'SALT', hex: input.saltHex });
      // RFC 5054 §2.5.4: the client must abort if B % N is zero, and if u is zero.
      if (B % N === 0n) throw new SidekeyError({ code: 'InvalidSrpParameter', message: 'SRP B mod N is 0.' });
      const u = await computeSrpU({ A, B });
      if (u === 0n) throw new SidekeyError({ code: 'InvalidSrpParameter', message: 'SRP u is 0.' });
      const x = await computeSrpX(input);
      const S = computeSrpClientSecret({ a, B, u, x });
      const key = await deriveSrpKey({ u, S });
      return computePasswordClaim({ key, ...input });
    },
  };
}
