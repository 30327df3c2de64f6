import { createHmac } from 'node:crypto';

/**
 * The HOTP value of RFC 4226 §5.3 (HMAC-SHA-1, dynamic truncation, `digits` decimal digits) for one counter.
 * TOTP (RFC 6238 §4) is this with the counter set to the number of time steps since the epoch.
 */
export function hotpCode(options: { secret: Uint8Array; counter: number; digits?: number }): string {
  const digits = options.digits ?? 6;
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(options.counter));
  const mac = createHmac('sha1', options.secret).update(counter).digest();
  // RFC 4226 §5.4: the low nibble of the last byte picks the offset of a 31-bit big-endian integer.
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}
