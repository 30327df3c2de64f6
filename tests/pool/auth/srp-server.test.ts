import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { srpGenerator, srpPrime } from '../../../pool/auth/srp-group';
import {
  isSrpTimestamp,
  isValidSrpA,
  srpServerPublic,
  srpVerifier,
  verifyPasswordClaim,
} from '../../../pool/auth/srp-server';
import { acijModPow, acijPasswordClaim } from '../support/acij-srp-client';

/*
 * The pool's SRP server against parties it shares no code with: the requests genuine Amplify v6 and
 * amazon-cognito-identity-js clients sent to the srp-spike server (whose logged b, salt and password let the server
 * side be recomputed; the wrong-password transcript is the refused claim), and amazon-cognito-identity-js's client
 * maths run here (jsbn, slow: a few claims only).
 */

type Strings = Record<string, string>;
type Exchange = {
  request: { body: { AuthParameters: Strings; ChallengeResponses: Strings } };
  response: { body: { ChallengeParameters: Strings } };
};
type Vector = { poolName: string; userIdForSrp: string; password: string; saltHex: string; serverPrivateBHex: string };
type Transcript = { exchanges: Exchange[]; spike_server_log: Array<{ testVector: Vector }> };

function replay(file: string) {
  const url = new URL(`../../fixtures/transcripts/${file}`, import.meta.url);
  const transcript = JSON.parse(readFileSync(url, 'utf8')) as Transcript;
  const vector = transcript.spike_server_log[0]!.testVector;
  const [initiate, verifier] = transcript.exchanges as [Exchange, Exchange];
  return { vector, initiate, verifier };
}

async function checkTranscript(file: string) {
  const { vector, initiate, verifier } = replay(file);
  const v = await srpVerifier({
    saltHex: vector.saltHex,
    poolName: vector.poolName,
    userIdForSrp: vector.userIdForSrp,
    password: vector.password,
  });
  const b = BigInt(`0x${vector.serverPrivateBHex}`);
  const B = srpServerPublic({ v, b });
  const responses = verifier.request.body.ChallengeResponses;
  const accepted = await verifyPasswordClaim({
    A: BigInt(`0x${initiate.request.body.AuthParameters.SRP_A!}`),
    B,
    b,
    v,
    poolName: vector.poolName,
    userIdForSrp: responses.USERNAME!,
    secretBlock: responses.PASSWORD_CLAIM_SECRET_BLOCK!,
    timestamp: responses.TIMESTAMP!,
    signature: responses.PASSWORD_CLAIM_SIGNATURE!,
  });
  return { B: B.toString(16), recordedB: initiate.response.body.ChallengeParameters.SRP_B, accepted, responses };
}

describe('the SRP server against the recorded srp-spike transcripts', () => {
  it('recomputes SRP_B and accepts the signature Amplify v6 sent with the right password', async () => {
    const result = await checkTranscript('srp-signin--amplify-v6--srp-spike.json');
    expect(result.B).toBe(result.recordedB);
    expect(result.accepted).toBe(true);
    expect(isSrpTimestamp(result.responses.TIMESTAMP)).toBe(true);
  });

  it('accepts the signature amazon-cognito-identity-js sent', async () => {
    const result = await checkTranscript('srp-signin--amazon-cognito-identity-js--srp-spike.json');
    expect(result.B).toBe(result.recordedB);
    expect(result.accepted).toBe(true);
  });

  it('refuses the signature Amplify v6 sent with a wrong password, though B matches', async () => {
    const result = await checkTranscript('srp-signin-wrong-password--amplify-v6--srp-spike.json');
    expect(result.B).toBe(result.recordedB);
    expect(result.accepted).toBe(false);
  });
});

describe('verifyPasswordClaim against amazon-cognito-identity-js as the client', () => {
  const poolName = 'AbCdEfGhI';
  const userIdForSrp = 'c1f2e3d4-user';
  const saltHex = 'a0a1a2a3a4a5a6a7a8a9aaabacadaeaf';
  const secretBlock = 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4v';
  const timestamp = 'Tue Aug 5 09:03:07 UTC 2025';
  const bytesInt = (f: (i: number) => number) =>
    BigInt(`0x${Buffer.from(Array.from({ length: 128 }, (_, i) => f(i))).toString('hex')}`);
  const a = bytesInt((i) => i + 1);
  const b = bytesInt((i) => 0xff - i);
  const claim = (password: string, B: bigint) =>
    acijPasswordClaim({ poolName, userIdForSrp, password, saltHex, B, secretBlock, timestamp, a });

  it('agrees with the client-side known-answer vector of docs/cognito-api.md §3.9 (B = g^b there)', async () => {
    const B = await acijModPow(srpGenerator, b, srpPrime);
    expect(B.toString(16).startsWith('431abee5b7b00545')).toBe(true);
    expect((await claim('P@ssw0rd!', B)).signature).toBe('UVtQyYFBp8g8c2cByK+ULBlSzdU2t1jarI/igGmz47Q=');
  });

  it('accepts the claim of a client that knows the password and refuses every altered claim', async () => {
    const v = await srpVerifier({ saltHex, poolName, userIdForSrp, password: 'P@ssw0rd!' });
    const B = srpServerPublic({ v, b });
    const { A, signature } = await claim('P@ssw0rd!', B);
    const base = { A, B, b, v, poolName, userIdForSrp, secretBlock, timestamp };
    expect(await verifyPasswordClaim({ ...base, signature })).toBe(true);
    const flipped = Buffer.from(signature, 'base64');
    flipped[0]! ^= 1;
    expect(await verifyPasswordClaim({ ...base, signature: flipped.toString('base64') })).toBe(false);
    expect(await verifyPasswordClaim({ ...base, signature: 'not base64 at all!' })).toBe(false);
    expect(await verifyPasswordClaim({ ...base, signature: '' })).toBe(false);
    expect(await verifyPasswordClaim({ ...base, timestamp: 'Tue Aug 5 09:03:08 UTC 2025', signature })).toBe(false);
    expect(await verifyPasswordClaim({ ...base, userIdForSrp: 'someone-else', signature })).toBe(false);
  });

  it('accepts a claim made with a random client secret, as a live client draws it', async () => {
    const v = await srpVerifier({ saltHex, poolName, userIdForSrp, password: 'P@ssw0rd!' });
    const B = srpServerPublic({ v, b });
    const { A, signature } = await acijPasswordClaim({
      poolName,
      userIdForSrp,
      password: 'P@ssw0rd!',
      saltHex,
      B,
      secretBlock,
      timestamp,
    });
    expect(await verifyPasswordClaim({ A, B, b, v, poolName, userIdForSrp, secretBlock, timestamp, signature })).toBe(
      true,
    );
  });
});

describe('input checks', () => {
  it('refuses an SRP_A of zero, N, or non-hex, and accepts a normal one', async () => {
    expect(isValidSrpA('0')).toBe(false);
    expect(isValidSrpA(srpPrime.toString(16))).toBe(false);
    expect(isValidSrpA((srpPrime * 2n).toString(16))).toBe(false);
    expect(isValidSrpA('xyz')).toBe(false);
    expect(isValidSrpA(undefined)).toBe(false);
    expect(isValidSrpA((await acijModPow(srpGenerator, 12345n, srpPrime)).toString(16))).toBe(true);
  });

  it('accepts only the ddd MMM D HH:mm:ss UTC YYYY timestamp form', () => {
    expect(isSrpTimestamp('Thu Nov 26 11:22:47 UTC 2026')).toBe(true);
    expect(isSrpTimestamp('Tue Aug 5 09:03:07 UTC 2025')).toBe(true);
    expect(isSrpTimestamp('Tue Aug 05 09:03:07 UTC 2025')).toBe(false);
    expect(isSrpTimestamp('2025-08-05T09:03:07Z')).toBe(false);
    expect(isSrpTimestamp(undefined)).toBe(false);
  });
});
