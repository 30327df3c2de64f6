/**
 * Times one client SRP proof (A = g^a, then PASSWORD_CLAIM_SIGNATURE for the same challenge) three ways:
 * Sidekey's `core/auth/srp`, amazon-cognito-identity-js 6.3's AuthenticationHelper (jsbn), and Node's native
 * OpenSSL modexp (`crypto.createDiffieHellman` with the same N and g for g^a, g^x and the claim's exponentiation,
 * with Sidekey's hashing around it). Targets from the issue: ≥10× faster than amazon-cognito-identity-js, within 3×
 * of native. Run: `npm run bench -- srp` (RUNS=n sets the repetitions; the median is reported).
 */
import { createDiffieHellman, createHmac, randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { computePasswordClaim, createSrpClient } from '../core/auth/srp/srp-client';
import { computeSrpU, computeSrpX, deriveSrpKey, k, modPowG, N } from '../core/auth/srp/srp-group';
import { bytesToBigInt, padHex } from '../core/auth/srp/srp-math';

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

type Proof = () => Promise<string>;
interface Sample {
  wall: number;
  cpu: number;
}

/** Wall-clock and process CPU milliseconds of one proof (CPU time is steadier on a shared machine). */
async function time(proof: Proof): Promise<Sample> {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  await proof();
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;

/** Prints a table of median milliseconds per proof and the two ratios the issue sets targets for. */
export async function run(): Promise<void> {
  const runs = Number(process.env.RUNS ?? 21);
  const cold = await time(ours); // the first proof also builds the fixed-base table for g (once per worker lifetime)
  const contenders: [string, Proof, number][] = [
    ['sidekey core/auth/srp', ours, 1],
    ['node native modexp (OpenSSL)', native, 1],
    ['amazon-cognito-identity-js 6.3', acij, 4], // slow: one sample every 4th round
  ];
  const samples = new Map<string, Sample[]>(contenders.map(([label]) => [label, []]));
  await native();
  await acij();
  // Interleaved, so that load from other processes hits every contender alike.
  for (let round = 0; round < runs; round++) {
    for (const [label, proof, every] of contenders) {
      if (round % every === 0) samples.get(label)!.push(await time(proof));
    }
  }
  const wall = (label: string) => median(samples.get(label)!.map((sample) => sample.wall));
  const cpu = (label: string) => median(samples.get(label)!.map((sample) => sample.cpu));
  console.log(`\nSRP client proof (A + PASSWORD_CLAIM_SIGNATURE), node ${process.version}, medians of ${runs} rounds`);
  console.log(`  ${''.padEnd(34)} ${'wall'.padStart(9)} ${'cpu'.padStart(9)}`);
  for (const [label] of contenders) {
    console.log(
      `  ${label.padEnd(34)} ${wall(label).toFixed(1).padStart(6)} ms ${cpu(label).toFixed(1).padStart(6)} ms`,
    );
  }
  console.log(
    `  ${'sidekey first proof (cold table)'.padEnd(34)} ${cold.wall.toFixed(1).padStart(6)} ms ${cold.cpu.toFixed(1).padStart(6)} ms`,
  );
  const [ourLabel, nativeLabel, acijLabel] = contenders.map(([label]) => label) as [string, string, string];
  for (const [name, measure] of [
    ['wall', wall],
    ['cpu', cpu],
  ] as const) {
    const faster = measure(acijLabel) / measure(ourLabel);
    const slower = measure(ourLabel) / measure(nativeLabel);
    console.log(
      `  ${name}: ${faster.toFixed(1)}× faster than amazon-cognito-identity-js (target ≥ 10×), ${slower.toFixed(2)}× native (target ≤ 3×)`,
    );
  }
}
