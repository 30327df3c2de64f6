import { createDiffieHellman, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { g, modPowG, N } from '../../../../core/auth/srp/srp-group';
import { bytesToBigInt, createFixedBasePow, modPow, padHex } from '../../../../core/auth/srp/srp-math';
import { bytesToHex } from '../../../../core/encoding/bytes-to-hex';

/** Textbook right-to-left square-and-multiply: slow, but obviously right. */
function naiveModPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n % modulus;
  let b = ((base % modulus) + modulus) % modulus;
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
  }
  return result;
}

const randomBigInt = (bytes: number) => BigInt(`0x${bytesToHex(randomBytes(bytes))}`);
const toBuffer = (value: bigint) => Buffer.from(padHex(value), 'hex');
/** Node's native (OpenSSL) modular exponentiation in the same group: g^e and base^e mod N. */
const native = createDiffieHellman(toBuffer(N), Buffer.from([2]));
function nativePowG(exponent: bigint): bigint {
  native.setPrivateKey(toBuffer(exponent));
  native.generateKeys();
  return BigInt(`0x${native.getPublicKey('hex')}`);
}
function nativePow(base: bigint, exponent: bigint): bigint {
  native.setPrivateKey(toBuffer(exponent));
  return BigInt(`0x${native.computeSecret(toBuffer(base)).toString('hex')}`);
}

describe('modPow', () => {
  it('agrees with square-and-multiply on small and edge-case inputs', () => {
    const cases: [bigint, bigint, bigint][] = [
      [0n, 0n, 7n],
      [5n, 0n, 7n],
      [0n, 5n, 7n],
      [3n, 1n, 7n],
      [-3n, 3n, 7n],
      [10n ** 30n, 12345n, 97n],
      [2n, 1000n, 1n],
      [123456789n, 2n ** 70n + 3n, 2n ** 61n - 1n],
    ];
    for (const [base, exponent, modulus] of cases) {
      expect(modPow(base, exponent, modulus)).toBe(naiveModPow(base, exponent, modulus));
    }
  });

  it('agrees with square-and-multiply for random exponents of every window size', () => {
    for (const bytes of [1, 3, 9, 20, 40, 90, 128, 160]) {
      const base = randomBigInt(384);
      const exponent = randomBigInt(bytes);
      expect(modPow(base, exponent, N)).toBe(naiveModPow(base, exponent, N));
    }
  });

  it('agrees with OpenSSL on random 1024- to 1280-bit exponents in the SRP group', () => {
    for (let i = 0; i < 4; i++) {
      const base = (randomBigInt(384) % (N - 2n)) + 2n;
      const exponent = randomBigInt(128 + i * 10);
      expect(modPow(base, exponent, N)).toBe(nativePow(base, exponent));
    }
  });

  it('refuses a non-positive modulus and a negative exponent', () => {
    expect(() => modPow(2n, 3n, 0n)).toThrow(RangeError);
    expect(() => modPow(2n, 3n, -5n)).toThrow(RangeError);
    expect(() => modPow(2n, -1n, 7n)).toThrow(RangeError);
  });
});

describe("createFixedBasePow (as modPowG, the SRP group's g)", () => {
  it('agrees with OpenSSL on random exponents of the sizes SRP uses', () => {
    for (const bytes of [1, 16, 32, 64, 128, 128, 160]) {
      const exponent = randomBigInt(bytes);
      expect(modPowG(exponent)).toBe(nativePowG(exponent));
    }
  });

  it('agrees with the general modPow on tiny, zero and structured exponents', () => {
    const exponents = [0n, 1n, 2n, 31n, 32n, 33n, 1023n, 1024n, 1025n, 3071n, 3072n, 2n ** 1024n - 1n, 2n ** 1024n];
    for (const exponent of exponents) expect(modPowG(exponent)).toBe(naiveModPow(2n, exponent, N));
  });

  it('reduces exponents beyond N − 1 by Fermat without changing the result', () => {
    for (const exponent of [N - 1n, N, N + 5n, 3n * N + randomBigInt(64)]) {
      expect(modPowG(exponent)).toBe(modPow(2n, exponent, N));
    }
    expect(modPowG(N - 1n)).toBe(1n);
  });

  it('refuses a negative exponent', () => {
    expect(() => modPowG(-1n)).toThrow(RangeError);
  });
});

describe('createFixedBasePow', () => {
  it('agrees with modPow for comb shapes whose rows do not divide the span, across several spans', () => {
    const shapes = [
      { spanBits: 256, teeth: 6, blocks: 2 },
      { spanBits: 256, teeth: 7, blocks: 3 },
      { spanBits: 100, teeth: 3, blocks: 1 },
    ];
    for (const shape of shapes) {
      const pow = createFixedBasePow({ base: 5n, primeModulus: N, ...shape });
      for (const bytes of [1, 2, 32, 33, 64, 100]) {
        const exponent = randomBigInt(bytes);
        expect(pow(exponent)).toBe(modPow(5n, exponent, N));
      }
    }
  });

  it('works for another base and prime, and refuses a negative exponent', () => {
    const pow3 = createFixedBasePow({ base: 3n, primeModulus: 1000003n });
    for (const exponent of [0n, 1n, 5n, 1000002n, 123456789n]) {
      expect(pow3(exponent)).toBe(naiveModPow(3n, exponent, 1000003n));
    }
    expect(() => pow3(-1n)).toThrow(RangeError);
    expect(() => createFixedBasePow({ base: 3n, primeModulus: 1000003n, spanBits: 8, teeth: 8, blocks: 2 })).toThrow(
      RangeError,
    );
  });
});

describe('padHex', () => {
  it('matches the Java toByteArray examples of docs/cognito-api.md §3.3', () => {
    expect(padHex(20n)).toBe('14');
    expect(padHex(236n)).toBe('00ec');
    expect(padHex(56n)).toBe('38');
    expect(padHex(200n)).toBe('00c8');
    expect(padHex(g)).toBe('02');
    expect(padHex(0n)).toBe('00');
    expect(padHex(0x1abcn)).toBe('1abc');
    expect(padHex(0xabcn)).toBe('0abc');
  });

  it('prefixes N and a salt with a set top bit with 00', () => {
    const nHex = padHex(N);
    expect(nHex).toHaveLength(770);
    expect(nHex.startsWith('00ffffffffffffffffc90fdaa2')).toBe(true);
    const salt = BigInt(`0x${bytesToHex(Uint8Array.from({ length: 16 }, (_, i) => 0xa0 + i))}`);
    expect(padHex(salt)).toBe('00a0a1a2a3a4a5a6a7a8a9aaabacadaeaf');
  });

  it('refuses negative values, which SRP never produces', () => {
    expect(() => padHex(-1n)).toThrow(RangeError);
  });
});

describe('bytesToBigInt', () => {
  it('reads bytes big-endian, leading zeros and all, and no bytes as 0', () => {
    expect(bytesToBigInt(Uint8Array.of(0, 0, 1, 0))).toBe(256n);
    expect(bytesToBigInt(Uint8Array.of(0xff, 0x01))).toBe(0xff01n);
    expect(bytesToBigInt(new Uint8Array(0))).toBe(0n);
  });
});
