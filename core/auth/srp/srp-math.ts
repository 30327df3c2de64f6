import { N } from './srp-group';

/** Sliding-window width for an exponent of `bitLength` bits: wider windows save multiplications but cost a bigger table. */
function windowBitsFor(bitLength: number): number {
  if (bitLength > 672) return 6;
  if (bitLength > 240) return 5;
  if (bitLength > 80) return 4;
  return bitLength > 24 ? 3 : 1;
}

/**
 * `base^exponent mod modulus` for any integers with a positive modulus and a non-negative exponent. The base may
 * be negative or larger than the modulus; the result is always in [0, modulus). Left-to-right sliding window
 * (Handbook of Applied Cryptography, Algorithm 14.85): one squaring per bit, one multiplication per window.
 */
export function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  if (modulus <= 0n) throw new RangeError('modPow needs a positive modulus');
  if (exponent < 0n) throw new RangeError('modPow needs a non-negative exponent');
  if (modulus === 1n) return 0n;
  if (exponent === 0n) return 1n;
  const b = ((base % modulus) + modulus) % modulus;
  const bits = exponent.toString(2);
  const windowBits = windowBitsFor(bits.length);
  const odd = [b]; // odd[i] = b^(2i+1)
  const square = (b * b) % modulus;
  for (let i = 1; i < 1 << (windowBits - 1); i++) odd.push((odd[i - 1]! * square) % modulus);
  let result = 1n;
  let i = 0;
  let first = true;
  while (i < bits.length) {
    if (bits[i] === '0') {
      result = (result * result) % modulus;
      i++;
      continue;
    }
    let end = Math.min(i + windowBits, bits.length);
    while (bits[end - 1] === '0') end--;
    const windowValue = odd[(Number.parseInt(bits.slice(i, end), 2) - 1) >> 1]!;
    if (first) {
      result = windowValue; // the leading bit is 1: start from the first window instead of squaring 1
      first = false;
    } else {
      for (let s = i; s < end; s++) result = (result * result) % modulus;
      result = (result * windowValue) % modulus;
    }
    i = end;
  }
  return result;
}

/** Digit width of the fixed-base table; 5 minimises multiplications for 256- to 1024-bit exponents. */
const tableBits = 5;
const digitMask = (1n << BigInt(tableBits)) - 1n;
/** powers[i] = 2^(2^(5i)) mod N, grown on demand (at most 615 entries: exponents are reduced mod N − 1). */
const powers: bigint[] = [2n];

function powerOfTwoTable(digits: number): bigint[] {
  while (powers.length < digits) {
    let next = powers[powers.length - 1]!;
    for (let s = 0; s < tableBits; s++) next = (next * next) % N;
    powers.push(next);
  }
  return powers;
}

/**
 * `g^exponent mod N` for the SRP group (g = 2, N from {@link N}), the hot path of SRP (A = g^a, g^x, the server's
 * g^b). Fixed-base windowing (Brickell–Gordon–McCurley–Wilson, HAC Algorithm 14.109) over a table of
 * 2^(2^(5i)) mod N that is built once per process: about bits/5 + 62 multiplications and no squarings per call,
 * against one squaring per bit for a general exponentiation. The exponent is reduced mod N − 1 (Fermat; N is prime).
 */
export function modPowG(exponent: bigint): bigint {
  if (exponent < 0n) throw new RangeError('modPowG needs a non-negative exponent');
  let e = exponent >= N - 1n ? exponent % (N - 1n) : exponent;
  const digits: number[] = [];
  while (e > 0n) {
    digits.push(Number(e & digitMask));
    e >>= BigInt(tableBits);
  }
  const table = powerOfTwoTable(digits.length);
  let result = 1n;
  let product = 1n;
  for (let value = Number(digitMask); value >= 1; value--) {
    for (let i = 0; i < digits.length; i++) {
      if (digits[i] === value) product = product === 1n ? table[i]! : (product * table[i]!) % N;
    }
    if (product !== 1n) result = result === 1n ? product : (result * product) % N;
  }
  return result;
}
