import { Agent, request as httpRequest } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isCognitoError } from '../../../pool/errors/cognito-error';
import { dispatchOperation } from '../../../pool/http/dispatch-operation';
import { operations } from '../../../pool/operations/registry';
import {
  AWKWARD_STRINGS,
  FUZZ_TIMEOUT,
  fuzzParameters,
  jsonLike,
  newTally,
  printTally,
} from '../../support/fuzz-settings';
import { startTestPool, type TestPool } from '../support/test-pool';

let pool: TestPool;
const agent = new Agent({ keepAlive: true, maxSockets: 4 });

beforeAll(async () => {
  pool = await startTestPool({ users: [{ username: 'fuzz', password: 'Correct-horse-1' }] });
});
afterAll(async () => {
  agent.destroy();
  await pool.stop();
});

/** One raw request with exactly these headers (fetch would add or drop some): status, headers and body. */
function post(options: { path: string; method: string; headers: Record<string, string>; body: string }) {
  const { hostname, port } = new URL(pool.url);
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const outgoing = httpRequest(
      {
        hostname,
        port,
        path: options.path,
        method: options.method,
        headers: options.headers,
        agent,
        setHost: !('host' in options.headers),
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

const OPERATIONS = Object.keys(operations);
const KEYS = [
  ...['UserPoolId', 'ClientId', 'Username', 'Password', 'AuthFlow', 'AuthParameters', 'ChallengeName', 'Session'],
  ...['ChallengeResponses', 'AccessToken', 'RefreshToken', 'Token', 'ConfirmationCode', 'UserAttributes', 'Name'],
  ...['Value', 'USERNAME', 'PASSWORD', 'SRP_A', 'SECRET_HASH', 'DEVICE_KEY', 'ANSWER', 'SOFTWARE_TOKEN_MFA_CODE'],
  ...['PASSWORD_CLAIM_SIGNATURE', 'PASSWORD_CLAIM_SECRET_BLOCK', 'TIMESTAMP', 'NEW_PASSWORD', 'EMAIL_OTP_CODE'],
  ...['PreferredChallenge', 'ClientMetadata', 'DeviceKey', 'DeviceSecretVerifierConfig', 'UserCode', 'Limit'],
  ...['PaginationToken', 'Filter', 'AttributesToGet', 'PoolName', 'ClientName', 'Policies', 'MfaConfiguration'],
  ...['SoftwareTokenMfaSettings', 'Enabled', 'PreferredMfa', 'Credential', 'CredentialId', 'TemporaryPassword'],
  ...['MessageAction', 'Permanent', 'ExplicitAuthFlows', 'GenerateSecret', 'DeviceRememberedStatus', 'Origin'],
];
const STRINGS = [
  ...['fuzz', 'Correct-horse-1', 'USER_SRP_AUTH', 'USER_PASSWORD_AUTH', 'USER_AUTH', 'REFRESH_TOKEN_AUTH'],
  ...['CUSTOM_AUTH', 'SMS_MFA', 'SOFTWARE_TOKEN_MFA', 'NEW_PASSWORD_REQUIRED', 'PASSWORD_VERIFIER', 'SELECT_MFA_TYPE'],
  ...[
    'EMAIL_OTP',
    'WEB_AUTHN',
    'PASSWORD',
    'DEVICE_SRP_AUTH',
    'SELECT_CHALLENGE',
    'MFA_SETUP',
    'email',
    'phone_number',
  ],
  ...['123456', 'ff', 'Tue Dec 5 08:00:00 UTC 2026', 'eyJhbGciOiJSUzI1NiJ9.e30.x', 'remembered', 'SUPPRESS'],
  ...['us-east-1_Nope', 'username = "fuzz"', 'ALLOW_USER_SRP_AUTH'],
];
/** Pool and client ids are known only once the pool runs; the generator reads them lazily. */
const ids = fc.constantFrom('poolId', 'clientId').map((which) => (which === 'poolId' ? pool.poolId : pool.clientId));
const body = jsonLike({ keys: KEYS, strings: [...STRINGS, ...AWKWARD_STRINGS] });
const bodyWithIds = fc.tuple(body, fc.boolean(), fc.boolean(), ids).map(([value, withPool, withClient]) =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? {
        ...value,
        ...(withPool ? { UserPoolId: pool.poolId } : {}),
        ...(withClient ? { ClientId: pool.clientId } : {}),
      }
    : value,
);
const bodyText = fc.oneof(
  { weight: 8, arbitrary: bodyWithIds.map((value) => JSON.stringify(value) ?? '') },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', ' ', '{', '[]', 'null', '"x"', '{"a":1}x', '\u0000', '{"__proto__":{}}'),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 40, unit: 'binary' }) },
);
const target = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...OPERATIONS).map((name) => `AWSCognitoIdentityProviderService.${name}`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'AWSCognitoIdentityProviderService.constructor',
      'AWSCognitoIdentityProviderService.__proto__',
      'AWSCognitoIdentityProviderService.',
      'InitiateAuth',
      '',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);
const oddHeaders = fc.record(
  {
    origin: fc.constantFrom('http://localhost:5173', 'https://evil.example', 'null', 'moz-extension://abc', ''),
    host: fc.constantFrom('127.0.0.1', 'localhost', 'evil.example', '', 'x:1:2'),
    'content-type': fc.constantFrom('application/x-amz-json-1.1', 'application/json', 'text/plain'),
    authorization: fc.constantFrom('AWS4-HMAC-SHA256 Credential=k/20261205/eu-west-1/cognito-idp/aws4_request', 'x'),
  },
  { requiredKeys: [] },
);
const headers = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ 'content-type': 'application/x-amz-json-1.1' }) },
  { weight: 1, arbitrary: oddHeaders },
);
const requestShape = fc.record({
  target: fc.option(target, { nil: undefined, freq: 10 }),
  body: bodyText,
  headers,
  method: fc.constantFrom('POST', 'POST', 'POST', 'POST', 'GET', 'OPTIONS', 'DELETE'),
  path: fc.constantFrom('/', '/', '/', '/', '/?x=1', '/_pool/state', '/nope', '//'),
});

describe('pool request fuzzing', () => {
  it(
    'answers every generated request with a typed Cognito error or an answer, never an internal error',
    async () => {
      const tally = newTally();
      await fc.assert(
        fc.asyncProperty(requestShape, async (shape) => {
          tally.cases++;
          const sent = {
            ...shape.headers,
            ...(shape.target === undefined ? {} : { 'x-amz-target': shape.target }),
            'content-length': String(Buffer.byteLength(shape.body)),
          };
          const response = await post({ path: shape.path, method: shape.method, headers: sent, body: shape.body });
          // InternalErrorException (500) is what the pool answers when something threw that it did not expect.
          expect(response.status).toBeLessThan(500);
          if (response.status < 300) {
            tally.accepted++;
            return;
          }
          if (response.status === 304) return;
          const parsed = JSON.parse(response.body) as Record<string, unknown>;
          expect(parsed.__type).toMatch(/^[A-Za-z]+$/);
          tally.rejected++;
          tally.codes.add(String(parsed.__type));
        }),
        fuzzParameters(1000),
      );
      printTally('pool request parser', tally);
      expect(tally.accepted).toBeGreaterThan(0);
      expect(tally.codes).toContain('InvalidParameterException');
    },
    FUZZ_TIMEOUT,
  );

  it(
    'reads every generated body for every operation into an answer or a CognitoError, never another throw',
    async () => {
      const tally = newTally();
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...OPERATIONS), bodyText, async (name, text) => {
          tally.cases++;
          try {
            const target = `AWSCognitoIdentityProviderService.${name}`;
            await dispatchOperation({ target, body: text, operations }, pool.pool.context());
            tally.accepted++;
          } catch (error) {
            if (!isCognitoError(error)) throw error;
            expect(error.type).toMatch(/^[A-Za-z]+$/);
            expect(error.status).toBeLessThan(500);
            tally.rejected++;
            tally.codes.add(error.type);
          }
        }),
        fuzzParameters(2000),
      );
      printTally('pool operation input readers', tally);
      expect(tally.accepted).toBeGreaterThan(0);
    },
    FUZZ_TIMEOUT,
  );
});
