/**
 * Times one client SRP proof (A = g^a, then PASSWORD_CLAIM_SIGNATURE for the same challenge) three ways:
 * Sidekey's `core/auth/srp`, amazon-cognito-identity-js 6.3's AuthenticationHelper (jsbn), and Node's native
 * OpenSSL modexp (`crypto.createDiffieHellman` with the same N and g for g^a, g^x and the claim's exponentiation,
 * with Sidekey's hashing around it). Targets from the issue: ≥10× faster than amazon-cognito-identity-js, within 3×
 * of native. Run: `npm run bench -- srp` (RUNS=n sets the repetitions; the median is reported).
 */
import { createDiffieHellman, createHmac, randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { bytesToBigInt } from '../core/auth/srp/bytes-to-bigint';
import { computePasswordClaim } from '../core/auth/srp/compute-password-claim';
import { computeSrpU } from '../core/auth/srp/compute-srp-u';
import { computeSrpX } from '../core/auth/srp/compute-srp-x';
import { createSrpClient } from '../core/auth/srp/create-srp-client';
import { deriveSrpKey } from '../core/auth/srp/derive-srp-key';
import { modPowG } from '../core/auth/srp/mod-pow';
import { padHex } from '../core/auth/srp/pad-hex';
import { k, N } from '../core/auth/srp/srp-group';

type Callback<T> = (error: unknown, value: T) => void;
interface AcijHelper {
  getLargeAValue(callback: Callback<unknown>): void;
  getPasswordAuthenticationKey(user: string, password: string, B: unknown, salt: unknown, cb: Callback<Buffer>): void;
}
const require = createRequire(import.meta.url);
const AuthenticationHelper = (
  require('amazon-cognito-identity-js/lib/AuthenticationHelper') as { default: new (pool: string) => AcijHelper }
).default;
const BigInteger = (
  require('amazon-cognito-identity-js/lib/BigInteger') as { default: new (hex: string, radix: number) => unknown }
).default;

const input = {
  poolName: 'TestPool1',
  userIdForSrp: 'alice',
  password: 'Passw0rd!',
  saltHex: '77803f02877d837a3e2eaf7c9e4ae25e',
  secretBlock: randomBytes(64).toString('base64'),
  timestamp: 'Thu Nov 26 11:22:50 UTC 2026',
  srpBHex: modPowG(bytesToBigInt(randomBytes(128))).toString(16),
};

async function ours(): Promise<string> {
  const client = await createSrpClient({ random: (count) => randomBytes(count) });
  return client.computeClaim(input);
}

async function acij(): Promise<string> {
  const helper = new AuthenticationHelper(input.poolName); // draws a and computes A = g^a
  await new Promise((resolve, reject) => helper.getLargeAValue((e, A) => (e ? reject(e) : resolve(A))));
  const key = await new Promise<Buffer>((resolve, reject) =>
    helper.getPasswordAuthenticationKey(
      input.userIdForSrp,
      input.password,
      new BigInteger(input.srpBHex, 16),
      new BigInteger(input.saltHex, 16),
      (e, value) => (e ? reject(e) : resolve(value)),
    ),
  );
  const hmac = createHmac('sha256', key).update(input.poolName + input.userIdForSrp);
  return hmac.update(Buffer.from(input.secretBlock, 'base64')).update(input.timestamp).digest('base64');
}

const nativeGroup = () => createDiffieHellman(Buffer.from(padHex(N), 'hex'), Buffer.from([2]));
const toBuffer = (value: bigint) => Buffer.from(padHex(value), 'hex');
const fromBuffer = (buffer: Buffer) => BigInt(`0x${buffer.toString('hex')}`);

async function native(): Promise<string> {
  const dh = nativeGroup();
  const a = bytesToBigInt(randomBytes(128));
  dh.setPrivateKey(toBuffer(a));
  const A = fromBuffer(dh.generateKeys());
  const B = BigInt(`0x${input.srpBHex}`);
  const u = await computeSrpU({ A, B });
  const x = await computeSrpX(input);
  dh.setPrivateKey(toBuffer(x));
  const gx = fromBuffer(dh.generateKeys());
  dh.setPrivateKey(toBuffer(a + u * x));
  const base = (((B - k * gx) % N) + N) % N;
  const S = fromBuffer(dh.computeSecret(toBuffer(base)));
  return computePasswordClaim({ key: await deriveSrpKey({ u, S }), ...input });
}

async function median(runs: number, proof: () => Promise<string>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await proof();
    times.push(performance.now() - start);
  }
  times.sort((x, y) => x - y);
  return times[Math.floor(times.length / 2)]!;
}

/** Prints a table of median milliseconds per proof and the two ratios the issue sets targets for. */
export async function run(): Promise<void> {
  const runs = Number(process.env.RUNS ?? 21);
  const startCold = performance.now();
  await ours(); // the first proof also builds the fixed-base table for g (once per worker lifetime)
  const cold = performance.now() - startCold;
  await native();
  await acij();
  const rows = {
    'sidekey core/auth/srp': await median(runs, ours),
    'node native modexp (OpenSSL)': await median(runs, native),
    'amazon-cognito-identity-js 6.3': await median(Math.max(3, Math.ceil(runs / 4)), acij),
  };
  console.log(`\nSRP client proof (A + PASSWORD_CLAIM_SIGNATURE), node ${process.version}, median of ${runs} runs`);
  for (const [label, ms] of Object.entries(rows)) console.log(`  ${label.padEnd(32)} ${ms.toFixed(1).padStart(7)} ms`);
  console.log(`  ${'sidekey first proof (cold table)'.padEnd(32)} ${cold.toFixed(1).padStart(7)} ms`);
  const acijRatio = rows['amazon-cognito-identity-js 6.3'] / rows['sidekey core/auth/srp'];
  const nativeRatio = rows['sidekey core/auth/srp'] / rows['node native modexp (OpenSSL)'];
  console.log(`  sidekey is ${acijRatio.toFixed(1)}× faster than amazon-cognito-identity-js (target ≥ 10×)`);
  console.log(`  sidekey takes ${nativeRatio.toFixed(2)}× the native time (target ≤ 3×)`);
}
