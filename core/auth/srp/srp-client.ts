import { concatBytes } from '../../encoding/concat-bytes';
import { decodeBase64 } from '../../encoding/decode-base64';
import { encodeBase64 } from '../../encoding/encode-base64';
import { SidekeyError } from '../../errors/sidekey-error';
import { computeSrpU, computeSrpX, deriveSrpKey, hmacSha256, k, modPowG, N } from './srp-group';
import { bytesToBigInt, modPow } from './srp-math';

/** What the client needs from Cognito's `PASSWORD_VERIFIER` / `DEVICE_PASSWORD_VERIFIER` challenge to sign. */
interface SrpClaimInput {
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
  /** The `TIMESTAMP` sent with the answer, from `formatSrpTimestamp` (srp-timestamp.ts). */
  timestamp: string;
}

/** One SRP exchange: the public value to send, and the signer for the server's challenge. */
export interface SrpClient {
  /** `SRP_A`: A = g^a mod N as unpadded lower-case hex (`A.toString(16)`, as Amplify sends it). */
  srpA: string;
  /** `PASSWORD_CLAIM_SIGNATURE` (base64) for the challenge. Throws `InvalidSrpParameter` on unsafe B or u. */
  computeClaim(input: SrpClaimInput): Promise<string>;
}

const invalid = (message: string) => new SidekeyError({ code: 'InvalidSrpParameter', message });

/**
 * Reads a hex string from Cognito's ChallengeParameters (`SRP_B`, `SALT`; any length, either case) as a
 * non-negative integer. Anything else is an `InvalidSrpParameter` error naming the field.
 */
function parseSrpHex(options: { field: string; hex: string }): bigint {
  if (!/^[0-9a-fA-F]+$/.test(options.hex)) throw invalid(`${options.field} is not a hex string.`);
  return BigInt(`0x${options.hex}`);
}

/**
 * The client's premaster secret S = (B − k·g^x)^(a + u·x) mod N (RFC 5054 §2.6, docs/cognito-api.md §3.4). The base
 * is brought into [0, N) first because B − k·g^x is usually negative; the exponent is not reduced, as in Amplify.
 */
export function computeSrpClientSecret(options: { a: bigint; B: bigint; u: bigint; x: bigint }): bigint {
  const base = (((options.B - k * modPowG(options.x)) % N) + N) % N;
  return modPow(base, options.a + options.u * options.x, N);
}

const utf8 = new TextEncoder();

/**
 * `PASSWORD_CLAIM_SIGNATURE` = base64(HMAC-SHA256(key, utf8(poolName) ‖ utf8(userIdForSrp) ‖
 * base64decode(secretBlock) ‖ utf8(timestamp))) (docs/cognito-api.md §3.6). A server verifies a claim by
 * computing the same value from its own key. A `secretBlock` that is not base64 is `InvalidSrpParameter`.
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
    decodeBase64(options.secretBlock, { code: 'InvalidSrpParameter' }),
    utf8.encode(options.timestamp),
  );
  return encodeBase64(await hmacSha256(options.key, message));
}

/**
 * Bytes of the secret a: 512 bits. RFC 5054 §2.5.4 asks for at least 256 ("a is a random number that SHOULD be at
 * least 256 bits in length"); Amplify and amazon-cognito-identity-js draw 128 bytes. 512 bits is chosen on measure
 * (see bench/srp.ts): S = (B − k·g^x)^(a + u·x) has a 512-bit exponent whenever a has at most 512 bits, because u
 * and x are 256-bit hashes, so a larger a only makes the one general exponentiation slower, and a smaller one
 * saves only fixed-base multiplications on A. Cognito accepts any A in [1, N).
 */
export const SRP_SECRET_BYTES = 64;

/**
 * Starts a Cognito SRP-6a exchange (docs/cognito-api.md §3; RFC 5054): draws the secret a ({@link SRP_SECRET_BYTES}
 * bytes from `random` unless `secretBytes` says otherwise) and computes A = g^a before the request goes out; a never
 * leaves this closure. The same client serves user SRP (`USER_SRP_AUTH` → `PASSWORD_VERIFIER`) and device SRP
 * (`DEVICE_SRP_AUTH` → `DEVICE_PASSWORD_VERIFIER`): for the latter pass the device group key as `poolName`, the
 * device key as `userIdForSrp` and the device password as `password` (docs/cognito-api.md §4.1). Use a fresh client per exchange.
 */
export async function createSrpClient(options: {
  random: (byteCount: number) => Uint8Array;
  secretBytes?: number;
}): Promise<SrpClient> {
  const secretBytes = options.secretBytes ?? SRP_SECRET_BYTES;
  if (!Number.isInteger(secretBytes) || secretBytes < 32)
    throw new RangeError('SRP needs a secret of 32 bytes or more');
  const a = bytesToBigInt(options.random(secretBytes));
  const A = modPowG(a);
  if (A % N === 0n) throw invalid('SRP A mod N is 0.');
  return {
    srpA: A.toString(16),
    async computeClaim(input) {
      const B = parseSrpHex({ field: 'SRP_B', hex: input.srpBHex });
      parseSrpHex({ field: 'SALT', hex: input.saltHex });
      // RFC 5054 §2.5.4: the client must abort if B % N is zero, and if u is zero.
      if (B % N === 0n) throw invalid('SRP B mod N is 0.');
      const u = await computeSrpU({ A, B });
      if (u === 0n) throw invalid('SRP u is 0.');
      const x = await computeSrpX(input);
      const S = computeSrpClientSecret({ a, B, u, x });
      const key = await deriveSrpKey({ u, S });
      return computePasswordClaim({ key, ...input });
    },
  };
}
