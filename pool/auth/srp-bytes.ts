/**
 * The bytes Cognito's SRP hashes a non-negative number as: big-endian with the fewest bytes, plus a leading zero
 * byte when the top bit is set, so the value reads as positive in two's complement (Java's
 * `BigInteger.toByteArray()`; 0 is the single byte 0x00). Every SRP hash input (k, x, u and the HKDF key) uses it.
 */
export function srpBytes(value: bigint): Buffer {
  if (value < 0n) throw new RangeError('srpBytes needs a non-negative number');
  let hex = value.toString(16);
  if (hex.length % 2 === 1) hex = `0${hex}`;
  const bytes = Buffer.from(hex, 'hex');
  return bytes[0]! >= 0x80 ? Buffer.concat([Buffer.of(0), bytes]) : bytes;
}

/** Reads bytes (e.g. from the pool's random source) as an unsigned big-endian number. */
export function bigIntFromBytes(bytes: Uint8Array): bigint {
  return bytes.length === 0 ? 0n : BigInt(`0x${Buffer.from(bytes).toString('hex')}`);
}
