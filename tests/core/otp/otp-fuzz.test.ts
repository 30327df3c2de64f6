import { describe, expect, it } from 'vitest';
import { SidekeyError } from '../../../core/errors/sidekey-error';
import { formatOtpauthUri } from '../../../core/otp/format-otpauth-uri';
import { hotpCodes } from '../../../core/otp/hotp-codes';
import { parseMigrationUri } from '../../../core/otp/parse-migration-uri';
import { parseOtpauthUri } from '../../../core/otp/parse-otpauth-uri';
import { totpCodes } from '../../../core/otp/totp-codes';
import { encodePayload, migrationUri } from './encode-migration-payload';

/** mulberry32: a small seeded generator, so a failing case can be replayed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEEDS = [
  'otpauth://totp/ACME%20Co:jo%40x.com?secret=JBSWY3DPEHPK3PXP&issuer=ACME%20Co&algorithm=SHA256&digits=8&period=60',
  'otpauth://hotp/Bank:ann?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&counter=12&digits=6',
  'otpauth://totp/alice?secret=GEZDGNBVGY3TQOJQ',
];
const PIECES = ['%', '%zz', ':', '?', '&', '=', '#', '/', ' ', '\u0000', 'é', 'secret=', 'digits=', 'counter=-1', '='];

function mutate(text: string, random: () => number): string {
  let out = text;
  const rounds = 1 + Math.floor(random() * 4);
  for (let i = 0; i < rounds; i++) {
    const at = Math.floor(random() * (out.length + 1));
    const choice = random();
    if (choice < 0.3) out = out.slice(0, at) + out.slice(at + 1);
    else if (choice < 0.6) out = out.slice(0, at) + String.fromCharCode(32 + Math.floor(random() * 95)) + out.slice(at);
    else if (choice < 0.9) out = out.slice(0, at) + PIECES[Math.floor(random() * PIECES.length)] + out.slice(at);
    else out = out.slice(at) + out.slice(0, at);
  }
  return out;
}

function expectTypedRejection(error: unknown): void {
  expect(error).toBeInstanceOf(SidekeyError);
  expect((error as SidekeyError).code).toMatch(/^(OtpUri|Migration)[A-Za-z]+$/);
}

describe('OTP input fuzzing', () => {
  it('parses or cleanly rejects 3,000 mutated otpauth URIs', () => {
    const random = seeded(20261126);
    let accepted = 0;
    for (let i = 0; i < 3000; i++) {
      const uri = mutate(SEEDS[i % SEEDS.length] ?? '', random);
      try {
        const params = parseOtpauthUri(uri);
        accepted++;
        // Anything accepted must make codes and survive a round trip.
        const code = params.kind === 'totp' ? totpCodes({ ...params, at: 0 }).code : hotpCodes(params).code;
        expect(code).toMatch(new RegExp(`^\\d{${params.digits}}$`));
        if (params.account) expect(parseOtpauthUri(formatOtpauthUri(params))).toEqual(params);
      } catch (error) {
        expectTypedRejection(error);
      }
    }
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThan(3000);
  });

  it('parses or cleanly rejects 2,000 migration payloads with flipped, cut and inserted bytes', () => {
    const random = seeded(4226);
    const secret = new TextEncoder().encode('12345678901234567890');
    const clean = encodePayload([
      { secret, name: 'GitHub:octo', issuer: 'GitHub', algorithm: 1, digits: 1, type: 2 },
      { secret, name: 'b', issuer: 'Bank', algorithm: 3, digits: 2, type: 1, counter: 9 },
    ]);
    let itemErrors = 0;
    for (let i = 0; i < 2000; i++) {
      const bytes = Array.from(clean);
      const at = Math.floor(random() * bytes.length);
      const choice = random();
      if (choice < 0.5) bytes[at] = Math.floor(random() * 256);
      else if (choice < 0.75) bytes.splice(at, 1 + Math.floor(random() * 4));
      else bytes.splice(at, 0, Math.floor(random() * 256));
      try {
        const batch = parseMigrationUri(migrationUri(Uint8Array.from(bytes)));
        for (const item of batch.items) {
          if (item instanceof SidekeyError) {
            itemErrors++;
            expectTypedRejection(item);
          } else expect(item.secret).toMatch(/^[A-Z2-7]+$/);
        }
      } catch (error) {
        expectTypedRejection(error);
      }
    }
    expect(itemErrors).toBeGreaterThan(0);
  });
});
