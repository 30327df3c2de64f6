import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDeviceVerifier } from '../../../../core/auth/srp/device-verifier';
import {
  computePasswordClaim,
  computeSrpClientSecret,
  createSrpClient,
  SRP_SECRET_BYTES,
} from '../../../../core/auth/srp/srp-client';
import { computeSrpU, computeSrpX, deriveSrpKey, modPowG, N } from '../../../../core/auth/srp/srp-group';
import { bytesToBigInt } from '../../../../core/auth/srp/srp-math';
import { formatSrpTimestamp } from '../../../../core/auth/srp/srp-timestamp';
import { bytesToHex } from '../../../../core/encoding/bytes-to-hex';
import { decodeBase64 } from '../../../../core/encoding/decode-base64';
import { encodeBase64 } from '../../../../core/encoding/encode-base64';
import { isSidekeyError } from '../../../../core/errors/sidekey-error';
import { type AcijBigInteger, acijBigInteger, createAcijHelper, fromCallback } from './acij-oracle';
import { spikeServer } from './spike-server-verifier';

// Known-answer vector from docs/cognito-api.md §3.9 (matched by Amplify 6.21.1 and amazon-cognito-identity-js 6.3.21).
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
    const client = await createSrpClient({ random: fixedRandom(aBytes), secretBytes: 128 });
    expect(client.srpA).toBe(modPowG(a).toString(16));
    expect(client.srpA.startsWith('ce00119aff3d2091')).toBe(true);
    const srpBHex = modPowG(b).toString(16);
    expect(await client.computeClaim({ ...vector, srpBHex })).toBe(signature);
  });

  it('draws a 512-bit secret by default (RFC 5054 §2.5.4 asks for at least 256) and refuses one under 256 bits', async () => {
    expect(SRP_SECRET_BYTES * 8).toBe(512);
    const drawn: number[] = [];
    const random = (count: number) => {
      drawn.push(count);
      return crypto.getRandomValues(new Uint8Array(count));
    };
    const client = await createSrpClient({ random });
    expect(drawn).toEqual([SRP_SECRET_BYTES]);
    expect(BigInt(`0x${client.srpA}`) % N).not.toBe(0n);
    await expect(createSrpClient({ random, secretBytes: 31 })).rejects.toThrow(RangeError);
  });

  it('refuses a B that is a multiple of N', async () => {
    const client = await createSrpClient({ random: fixedRandom(aBytes), secretBytes: 128 });
    for (const B of [0n, N, 2n * N]) {
      const error = await client.computeClaim({ ...vector, srpBHex: B.toString(16) }).catch((e: unknown) => e);
      expect(isSidekeyError(error, 'InvalidSrpParameter')).toBe(true);
    }
  });

  it('refuses a B or salt that is not hex', async () => {
    const client = await createSrpClient({ random: fixedRandom(aBytes), secretBytes: 128 });
    const badB = await client.computeClaim({ ...vector, srpBHex: 'xyz' }).catch((e: unknown) => e);
    expect(isSidekeyError(badB, 'InvalidSrpParameter')).toBe(true);
    const badSalt = await client
      .computeClaim({ ...vector, saltHex: '', srpBHex: modPowG(b).toString(16) })
      .catch((e: unknown) => e);
    expect(isSidekeyError(badSalt, 'InvalidSrpParameter')).toBe(true);
  });
});

describe('createSrpClient against independent implementations', () => {
  const randomInput = () => ({
    poolName: 'TestPool1',
    userIdForSrp: crypto.randomUUID(),
    password: `pw-${crypto.randomUUID()}-ü`,
    saltHex: bytesToHex(crypto.getRandomValues(new Uint8Array(16))),
    secretBlock: encodeBase64(crypto.getRandomValues(new Uint8Array(64))),
    timestamp: formatSrpTimestamp(new Date('2026-11-26T11:22:47Z')),
  });

  it('signs exactly as amazon-cognito-identity-js does for the same a', async () => {
    for (let trial = 0; trial < 2; trial++) {
      const aRandom = crypto.getRandomValues(new Uint8Array(SRP_SECRET_BYTES));
      const input = randomInput();
      const srpBHex = modPowG(bytesToBigInt(crypto.getRandomValues(new Uint8Array(128)))).toString(16);
      const ours = await createSrpClient({ random: fixedRandom(aRandom) });

      const helper = createAcijHelper(input.poolName);
      helper.smallAValue = acijBigInteger(bytesToHex(aRandom));
      helper.largeAValue = undefined;
      const theirA = await fromCallback<AcijBigInteger>((done) => helper.getLargeAValue(done));
      expect(ours.srpA).toBe(theirA.toString(16));
      const hkdf = await fromCallback<Uint8Array>((done) =>
        helper.getPasswordAuthenticationKey(
          input.userIdForSrp,
          input.password,
          acijBigInteger(srpBHex),
          acijBigInteger(input.saltHex),
          done,
        ),
      );
      const theirClaim = createHmac('sha256', hkdf)
        .update(input.poolName + input.userIdForSrp)
        .update(Buffer.from(input.secretBlock, 'base64'))
        .update(input.timestamp)
        .digest('base64');
      expect(await ours.computeClaim({ ...input, srpBHex })).toBe(theirClaim);
    }
  });

  it('completes a round trip with an Appendix A server and fails it with a wrong password', async () => {
    const input = randomInput();
    const server = await spikeServer({ ...input, b: bytesToBigInt(crypto.getRandomValues(new Uint8Array(128))) });
    const client = await createSrpClient({ random: (count) => crypto.getRandomValues(new Uint8Array(count)) });
    const claim = { A: BigInt(`0x${client.srpA}`), secretBlock: input.secretBlock, timestamp: input.timestamp };
    const srpBHex = server.B.toString(16);
    expect(await client.computeClaim({ ...input, srpBHex })).toBe(await server.expectedClaim(claim));
    const wrong = await client.computeClaim({ ...input, srpBHex, password: `${input.password}x` });
    expect(wrong).not.toBe(await server.expectedClaim(claim));
  });

  it('answers DEVICE_PASSWORD_VERIFIER for a device confirmed with createDeviceVerifier', async () => {
    const random = (count: number) => crypto.getRandomValues(new Uint8Array(count));
    const device = { deviceGroupKey: '-6mYy3Fxx', deviceKey: 'us-east-1_0f5c6a7e-device' };
    const confirmed = await createDeviceVerifier({ ...device, random });
    // What Cognito keeps from ConfirmDevice: the salt and verifier bytes, never the device password.
    const server = await spikeServer({
      poolName: device.deviceGroupKey,
      userIdForSrp: device.deviceKey,
      password: '',
      saltHex: bytesToHex(decodeBase64(confirmed.salt, { code: 'Test' })),
      verifier: bytesToBigInt(decodeBase64(confirmed.passwordVerifier, { code: 'Test' })),
      b: bytesToBigInt(random(128)),
    });
    const client = await createSrpClient({ random });
    const secretBlock = encodeBase64(random(32));
    const timestamp = 'Thu Nov 26 11:22:47 UTC 2026';
    const signature = await client.computeClaim({
      poolName: device.deviceGroupKey,
      userIdForSrp: device.deviceKey,
      password: confirmed.devicePassword,
      saltHex: bytesToHex(decodeBase64(confirmed.salt, { code: 'Test' })),
      srpBHex: server.B.toString(16),
      secretBlock,
      timestamp,
    });
    expect(signature).toBe(await server.expectedClaim({ A: BigInt(`0x${client.srpA}`), secretBlock, timestamp }));
  });
});

/*
 * The srp-spike transcripts record a real client's SRP sign-in against a server that logged its secret b and the
 * user's salt and password. The client's a is not recorded, but A is, so the server side of the maths reproduces
 * the client's PASSWORD_CLAIM_SIGNATURE exactly when the client used the right password.
 */
interface Transcript {
  exchanges: { request: { body: Record<string, Record<string, string>> }; response: { body: unknown } }[];
  spike_server_log: [
    {
      testVector: {
        poolName: string;
        userIdForSrp: string;
        password: string;
        saltHex: string;
        serverPrivateBHex: string;
      };
    },
    { verify: string },
  ];
}

const transcripts = [
  'srp-signin--amplify-v6--srp-spike.json',
  'srp-signin--amazon-cognito-identity-js--srp-spike.json',
  'srp-signin-wrong-password--amplify-v6--srp-spike.json',
];

describe.each(transcripts)('computePasswordClaim on transcript %s', (file) => {
  const url = new URL(`../../../fixtures/transcripts/${file}`, import.meta.url);
  const transcript = JSON.parse(readFileSync(url, 'utf8')) as Transcript;
  const [initiate, respond] = transcript.exchanges;
  const challenge = (initiate!.response.body as { ChallengeParameters: Record<string, string> }).ChallengeParameters;
  const answer = respond!.request.body.ChallengeResponses!;
  const [{ testVector }, { verify }] = transcript.spike_server_log;

  it('derives the SRP_B the server sent from its logged b, salt and password', async () => {
    const server = await spikeServer({ ...testVector, b: BigInt(`0x${testVector.serverPrivateBHex}`) });
    expect(challenge.SALT).toBe(testVector.saltHex);
    expect(server.B.toString(16)).toBe(challenge.SRP_B);
  });

  it('reproduces the recorded signature exactly when the server accepted it', async () => {
    const server = await spikeServer({ ...testVector, b: BigInt(`0x${testVector.serverPrivateBHex}`) });
    const expected = await server.expectedClaim({
      A: BigInt(`0x${initiate!.request.body.AuthParameters!.SRP_A}`),
      secretBlock: challenge.SECRET_BLOCK!,
      timestamp: answer.TIMESTAMP!,
    });
    expect(answer.PASSWORD_CLAIM_SECRET_BLOCK).toBe(challenge.SECRET_BLOCK);
    if (verify === 'signature OK') expect(expected).toBe(answer.PASSWORD_CLAIM_SIGNATURE);
    else expect(expected).not.toBe(answer.PASSWORD_CLAIM_SIGNATURE);
  });
});

describe('computePasswordClaim', () => {
  it('refuses a SECRET_BLOCK that is not base64 with InvalidSrpParameter', async () => {
    const claim = computePasswordClaim({ key: new Uint8Array(16), ...vector, secretBlock: 'a$b' });
    await expect(claim).rejects.toMatchObject({ code: 'InvalidSrpParameter' });
  });
});
