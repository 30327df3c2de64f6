/**
 * Hex of a non-negative integer as Java's `BigInteger.toByteArray()` would encode it: even length, with a `00`
 * byte prepended when the top bit of the first byte is set (so the value reads as positive). Cognito hashes
 * SRP values in this form. Negative values never occur in SRP and are refused.
 */
export function padHex(value: bigint): string {
  if (value < 0n) throw new RangeError('padHex expects a non-negative integer');
  let hex = value.toString(16);
  if (hex.length % 2 === 1) hex = `0${hex}`;
  else if ('89abcdef'.includes(hex[0]!)) hex = `00${hex}`;
  return hex;
}
