import { N } from './srp-group';

/**
 * `base^exponent mod modulus` for any integers with a positive modulus and a non-negative exponent. The base may
 * be negative or larger than the modulus; the result is always in [0, modulus). Uses a left-to-right sliding
 * window (Handbook of Applied Cryptography, Algorithm 14.85) to cut the number of multiplications.
 */
export function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  if (modulus <= 0n) throw new RangeError('modPow needs a positive modulus');
  if (exponent < 0n) throw new RangeError('modPow needs a non-negative exponent');
  if (modulus === 1n) return 0n;
  const b = ((base % modulus) + modulus) % modulus;
  if (exponent === 0n) return 1n;
  const bits = exponent.toString(2);
  const windowBits = bits.length > 512 ? 5 : bits.length > 64 ? 4 : 1;
  // odd[i] = b^(2i+1)
  const odd = [b];
  const square = (b * b) % modulus;
  for (let i = 1; i < 1 << (windowBits - 1); i++) odd.push((odd[i - 1]! * square) % modulus);
  let result = 1n;
  let i = 0;
  while (i < bits.length) {
    if (bits[i] === '0') {
      result = (result * result) % modulus;
      i++;
      continue;
    }
    let end = Math.min(i + windowBits, bits.length);
    while (bits[end - 1] === '0') end--;
    const window = Number.parseInt(bits.slice(i, end), 2);
    for (let s = i; s < end; s++) result = (result * result) % modulus;
    result = (result * odd[(window - 1) >> 1]!) % modulus;
    i = end;
  }
  return result;
}

/**
 * `2^exponent mod N` for the SRP group (g = 2). Multiplying by a power of two is a shift, so a left-to-right
 * fixed window needs only the squarings and one shift-and-reduce per window.
 */
export function modPowG(exponent: bigint): bigint {
  if (exponent < 0n) throw new RangeError('modPowG needs a non-negative exponent');
  const windowBits = 8;
  const bits = exponent.toString(2);
  const lead = bits.length % windowBits || windowBits;
  let result = (1n << BigInt(Number.parseInt(bits.slice(0, lead), 2))) % N;
  for (let i = lead; i < bits.length; i += windowBits) {
    for (let s = 0; s < windowBits; s++) result = (result * result) % N;
    result = (result << BigInt(Number.parseInt(bits.slice(i, i + windowBits), 2))) % N;
  }
  return result;
}
