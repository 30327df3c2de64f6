const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const MIXED_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export type RandomBytes = (bytes: number) => Uint8Array;

/** A random string over `alphabet` (unbiased: rejection sampling). */
export function randomString(
  random: RandomBytes,
  options: { length: number; alphabet?: 'lower' | 'mixed' | 'digits' },
): string {
  const alphabet = options.alphabet === 'mixed' ? MIXED_ALNUM : options.alphabet === 'digits' ? '0123456789' : ALNUM;
  const limit = 256 - (256 % alphabet.length);
  let out = '';
  while (out.length < options.length) {
    for (const byte of random(options.length * 2)) {
      if (byte < limit && out.length < options.length) out += alphabet[byte % alphabet.length];
    }
  }
  return out;
}

/** A version-4 UUID from the injected randomness. */
export function randomUuid(random: RandomBytes): string {
  const bytes = Uint8Array.from(random(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Buffer.from(bytes).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
