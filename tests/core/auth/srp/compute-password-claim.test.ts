import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { spikeServer } from './spike-server-verifier';

/*
 * The srp-spike transcripts (copied verbatim from the shared reference) record a real client's SRP sign-in against a
 * server that logged its secret b and the user's salt and password. The client's a is not recorded, but A is, so
 * the server side of the maths reproduces the client's PASSWORD_CLAIM_SIGNATURE exactly when the client used the
 * right password.
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

const files = [
  'srp-signin--amplify-v6--srp-spike.json',
  'srp-signin--amazon-cognito-identity-js--srp-spike.json',
  'srp-signin-wrong-password--amplify-v6--srp-spike.json',
];

describe.each(files)('computePasswordClaim on transcript %s', (file) => {
  const transcript = JSON.parse(readFileSync(new URL(`./transcripts/${file}`, import.meta.url), 'utf8')) as Transcript;
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
