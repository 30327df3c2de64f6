import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { srpVerifier } from '../../../pool/auth/srp-server';
import { type RunningPool, startPool } from '../../../pool/start-pool';

/*
 * Known-answer replay of the genuine client requests recorded against the SRP spike (tests/fixtures/transcripts/*--srp-spike.json):
 * the pool gets the spike's user (salt, password), and its randomness hands out the recorded server secret b and
 * SECRET_BLOCK, so the recorded SRP_B must come back and the recorded signature must be judged as the spike judged it.
 * The verifier answer carries no Session, as Amplify sends none when the challenge had none: the pool finds the
 * Session by its SECRET_BLOCK.
 */

type Strings = Record<string, string>;
type Transcript = {
  exchanges: {
    request: { body: Strings & { AuthParameters: Strings; ChallengeResponses: Strings } };
    response: { body: { ChallengeParameters: Strings } };
  }[];
  spike_server_log: [
    { testVector: { saltHex: string; serverPrivateBHex: string; secretBlock: string; password: string } },
  ];
};

let pool: RunningPool | undefined;
afterEach(async () => {
  await pool?.stop();
  pool = undefined;
});

async function replay(file: string): Promise<() => Promise<Record<string, unknown>>> {
  const transcript = JSON.parse(
    readFileSync(new URL(`../../fixtures/transcripts/${file}`, import.meta.url), 'utf8'),
  ) as Transcript;
  const vector = transcript.spike_server_log[0].testVector;
  const planted = new Map<number, Buffer>();
  const random = (bytes: number) => {
    const value = planted.get(bytes);
    planted.delete(bytes);
    return new Uint8Array(value ?? randomBytes(bytes));
  };
  pool = await startPool({
    port: 0,
    random,
    seed: {
      pools: [
        {
          Id: 'us-east-1_TestPool1',
          config: { PoolName: 'spike' },
          clients: [
            { ClientId: 'testclient0000000000000001', ClientName: 'spike', ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH'] },
          ],
          users: [{ Username: 'alice', Password: vector.password }],
        },
      ],
    },
  });
  const user = pool.store.getPool('us-east-1_TestPool1').users.alice!;
  const v = await srpVerifier({
    saltHex: vector.saltHex,
    poolName: 'TestPool1',
    userIdForSrp: 'alice',
    password: vector.password,
  });
  user.password = { ...user.password!, salt: vector.saltHex, verifier: v.toString(16) };
  planted.set(128, Buffer.from(vector.serverPrivateBHex.padStart(256, '0'), 'hex'));
  planted.set(64, Buffer.from(vector.secretBlock, 'base64'));

  const send = async (exchange: Transcript['exchanges'][number], target: string) => {
    const response = await fetch(pool!.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': `AWSCognitoIdentityProviderService.${target}`,
      },
      body: JSON.stringify(exchange.request.body),
    });
    return (await response.json()) as Record<string, unknown>;
  };
  const [initiate, verifier] = transcript.exchanges;
  const challenge = await send(initiate!, 'InitiateAuth');
  const recorded = initiate!.response.body.ChallengeParameters;
  expect(challenge.ChallengeParameters).toMatchObject({
    SALT: recorded.SALT,
    SRP_B: recorded.SRP_B,
    SECRET_BLOCK: recorded.SECRET_BLOCK,
    USER_ID_FOR_SRP: 'alice',
  });
  return () => send(verifier!, 'RespondToAuthChallenge');
}

describe('replaying the srp-spike transcripts against the pool', () => {
  it('signs in the recorded Amplify v6 client', async () => {
    const result = await (await replay('srp-signin--amplify-v6--srp-spike.json'))();
    expect(result.AuthenticationResult).toMatchObject({ TokenType: 'Bearer' });
  });

  it('signs in the recorded amazon-cognito-identity-js client', async () => {
    const result = await (await replay('srp-signin--amazon-cognito-identity-js--srp-spike.json'))();
    expect(result.AuthenticationResult).toMatchObject({ TokenType: 'Bearer' });
  });

  it('answers a Session once even when the same answer arrives twice at the same time', async () => {
    const answer = await replay('srp-signin--amplify-v6--srp-spike.json');
    const answers = await Promise.all([answer(), answer()]);
    const signedIn = answers.filter((answer) => answer.AuthenticationResult);
    expect(signedIn).toHaveLength(1);
    expect(answers.find((answer) => !answer.AuthenticationResult)).toEqual({
      __type: 'NotAuthorizedException',
      message: 'Invalid session for the user, session can only be used once.',
    });
  });

  it('refuses the recorded wrong-password client', async () => {
    const result = await (await replay('srp-signin-wrong-password--amplify-v6--srp-spike.json'))();
    expect(result).toEqual({ __type: 'NotAuthorizedException', message: 'Incorrect username or password.' });
  });
});
