/*
 * The integer arithmetic of SRP: modular exponentiation (general and fixed-base) and the bigint ↔ hex rules Cognito
 * hashes by (docs/cognito-api.md §3.3). Nothing here knows the group; srp-group.ts binds it to N and g.
 */

/**
 * Hex of a non-negative integer as Java's `BigInteger.toByteArray()` would encode it: even length, with a `00`
 * byte prepended when the top bit of the first byte is set (so the value reads as positive). Cognito hashes
 * SRP values in this form (docs/cognito-api.md §3.3). Negative values never occur in SRP and are refused.
 */
export function padHex(value: bigint): string {
  if (value < 0n) throw new RangeError('padHex expects a non-negative integer');
  let hex = value.toString(16);
  if (hex.length % 2 === 1) hex = `0${hex}`;
  else if ('89abcdef'.includes(hex[0]!)) hex = `00${hex}`;
  return hex;
}

/** Reads the bytes as an unsigned big-endian integer (0 for no bytes). */
export function bytesToBigInt(bytes: Uint8Array): bigint {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex === '' ? 0n : BigInt(`0x${hex}`);
}

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

/**
 * `base^exponent mod modulus` for one fixed base, where the modulus is prime (so exponents reduce mod modulus − 1,
 * Fermat). Fixed-base windowing (Brickell–Gordon–McCurley–Wilson, HAC Algorithm 14.109) over a table of
 * base^(2^(5i)) mod modulus that grows on first use and is kept: about bits/5 + 30 multiplications and no squarings
 * per call, against one squaring per bit for {@link modPow}.
 */
export function createFixedBasePow(options: { base: bigint; primeModulus: bigint }): (exponent: bigint) => bigint {
  const modulus = options.primeModulus;
  const powers = [options.base % modulus]; // powers[i] = base^(2^(5i)) mod modulus
  return (exponent) => {
    if (exponent < 0n) throw new RangeError('A fixed-base power needs a non-negative exponent');
    let e = exponent >= modulus - 1n ? exponent % (modulus - 1n) : exponent;
    const digits: number[] = [];
    while (e > 0n) {
      digits.push(Number(e & digitMask));
      e >>= BigInt(tableBits);
    }
    while (powers.length < digits.length) {
      let next = powers[powers.length - 1]!;
      for (let s = 0; s < tableBits; s++) next = (next * next) % modulus;
      powers.push(next);
    }
    let result = 1n;
    let product = 1n;
    for (let value = Number(digitMask); value >= 1; value--) {
      for (let i = 0; i < digits.length; i++) {
        if (digits[i] === value) product = product === 1n ? powers[i]! : (product * powers[i]!) % modulus;
      }
      if (product !== 1n) result = result === 1n ? product : (result * product) % modulus;
    }
    return result;
  };
}
