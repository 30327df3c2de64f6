import { createDiffieHellman } from 'node:crypto';
import { srpPrime, srpPrimeHex } from './srp-group';

const primeBytes = Buffer.from(srpPrimeHex, 'hex');
const generatorBytes = Buffer.of(2);

/**
 * `base^exponent mod N` in the SRP group, computed by OpenSSL: a Diffie-Hellman key over (N, g = 2) whose private
 * key is `exponent` computes the shared secret base^exponent mod N for the "public key" `base` (OpenSSL uses a
 * constant-time Montgomery exponentiation for it). The generator stays 2 because OpenSSL checks any other
 * generator's group at length (seconds per key). OpenSSL refuses the public keys 0, 1 and N − 1, whose powers are
 * answered here.
 */
export function srpModExp(base: bigint, exponent: bigint): bigint {
  if (exponent < 0n) throw new RangeError('srpModExp needs a non-negative exponent');
  const b = ((base % srpPrime) + srpPrime) % srpPrime;
  if (exponent === 0n) return 1n;
  if (b <= 1n) return b;
  if (b === srpPrime - 1n) return exponent % 2n === 0n ? 1n : b;
  const dh = createDiffieHellman(primeBytes, generatorBytes);
  dh.setPrivateKey(Buffer.from(hexBytes(exponent), 'hex'));
  return BigInt(`0x${dh.computeSecret(Buffer.from(hexBytes(b), 'hex')).toString('hex')}`);
}

function hexBytes(value: bigint): string {
  const hex = value.toString(16);
  return hex.length % 2 === 1 ? `0${hex}` : hex;
}
