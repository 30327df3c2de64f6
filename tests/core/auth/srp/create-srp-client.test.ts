import { describe, expect, it } from 'vitest';
import { bytesToHex } from '../../../../core/auth/srp/bytes-to-hex';
import { computePasswordClaim } from '../../../../core/auth/srp/compute-password-claim';
import { computeSrpClientSecret } from '../../../../core/auth/srp/compute-srp-client-secret';
import { computeSrpU } from '../../../../core/auth/srp/compute-srp-u';
import { computeSrpX } from '../../../../core/auth/srp/compute-srp-x';
import { createSrpClient } from '../../../../core/auth/srp/create-srp-client';
import { deriveSrpKey } from '../../../../core/auth/srp/derive-srp-key';
import { modPowG } from '../../../../core/auth/srp/mod-pow';
import { N } from '../../../../core/auth/srp/srp-group';
import { isSidekeyError } from '../../../../core/errors/sidekey-error';

// Known-answer vector from cognito-protocol.md §3.9 (matched by Amplify 6.21.1 and amazon-cognito-identity-js 6.3.21).
const aBytes = Uint8Array.from({ length: 128 }, (_, i) => i + 1);
const bBytes = Uint8Array.from({ length: 128 }, (_, i) => 0xff - i);
const a = BigInt(`0x${bytesToHex(aBytes)}`);
const b = BigInt(`0x${bytesToHex(bBytes)}`);
const vector = {
  poolName: 'AbCdEfGhI',
  userIdForSrp: 'c1f2e3d4-user',
  password: 'P@ssw0rd!',
  saltHex: bytesToHex(Uint8Array.from({ length: 16 }, (_, i) => 0xa0 + i)),
  secretBlock: 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4v',
  timestamp: 'Tue Aug 5 09:03:07 UTC 2025',
};
const signature = 'UVtQyYFBp8g8c2cByK+ULBlSzdU2t1jarI/igGmz47Q=';
const fixedRandom = (bytes: Uint8Array) => (count: number) => {
  expect(count).toBe(bytes.length);
  return bytes;
};

describe('createSrpClient', () => {
  it('reproduces every intermediate of the known-answer vector', async () => {
    const A = modPowG(a);
    const B = modPowG(b);
    const hexA = A.toString(16);
    expect(hexA).toHaveLength(768);
    expect(hexA.startsWith('ce00119aff3d2091') && hexA.endsWith('93a6d3b47f9ea1ee')).toBe(true);
    const hexB = B.toString(16);
    expect(hexB.startsWith('431abee5b7b00545') && hexB.endsWith('8bf19f4d192281a3')).toBe(true);
    const u = await computeSrpU({ A, B });
    expect(u.toString(16)).toBe('ec12ff5e1fc7192aa2b36b4ed0cc246438cb770ec0e99c36296d51f751a6a4e1');
    const x = await computeSrpX(vector);
    expect(x.toString(16)).toBe('12a3cfbcf80c65f82b4107c6dd392a8b36e536aa3c39c2b2a0e19cc5461a0350');
    const S = computeSrpClientSecret({ a, B, u, x });
    const hexS = S.toString(16);
    expect(hexS.startsWith('13dc235964604814') && hexS.endsWith('0837f6ea46017ecd')).toBe(true);
    const key = await deriveSrpKey({ u, S });
    expect(bytesToHex(key)).toBe('381135ff6d33c83934bbfa98802ddb7f');
    expect(await computePasswordClaim({ key, ...vector })).toBe(signature);
  });

  it('sends A unpadded and signs the known-answer challenge', async () => {
    const client = await createSrpClient({ random: fixedRandom(aBytes) });
    expect(client.srpA).toBe(modPowG(a).toString(16));
    expect(client.srpA.startsWith('ce00119aff3d2091')).toBe(true);
    const srpBHex = modPowG(b).toString(16);
    expect(await client.computeClaim({ ...vector, srpBHex })).toBe(signature);
  });

  it('refuses a B that is a multiple of N', async () => {
    const client = await createSrpClient({ random: fixedRandom(aBytes) });
    for (const B of [0n, N, 2n * N]) {
      const error = await client.computeClaim({ ...vector, srpBHex: B.toString(16) }).catch((e: unknown) => e);
      expect(isSidekeyError(error, 'InvalidSrpParameter')).toBe(true);
    }
  });

  it('refuses a B or salt that is not hex', async () => {
    const client = await createSrpClient({ random: fixedRandom(aBytes) });
    const badB = await client.computeClaim({ ...vector, srpBHex: 'xyz' }).catch((e: unknown) => e);
    expect(isSidekeyError(badB, 'InvalidSrpParameter')).toBe(true);
    const badSalt = await client
      .computeClaim({ ...vector, saltHex: '', srpBHex: modPowG(b).toString(16) })
      .catch((e: unknown) => e);
    expect(isSidekeyError(badSalt, 'InvalidSrpParameter')).toBe(true);
  });
});
