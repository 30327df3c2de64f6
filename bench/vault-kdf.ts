/**
 * Measures the two passphrase KDF candidates for the vault on this machine: PBKDF2-SHA256 in WebCrypto and
 * Argon2id from hash-wasm, at the OWASP Password Storage Cheat Sheet settings, our default (DEFAULT_KDF: what
 * every unlock costs) and the most an imported backup may ask for (IMPORT_KDF_CAP). The load average is printed
 * because on a shared machine it scales every figure.
 * Run: `npx tsx bench/vault-kdf.ts` (prints one line per setting: median and max of a few runs, RSS growth).
 * @see https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html
 */
import { loadavg } from 'node:os';
import { argon2id } from 'hash-wasm';
import { DEFAULT_KDF, IMPORT_KDF_CAP } from '../core/vault/crypto/kdf-params';

const passphrase = 'correct horse battery staple';
const salt = crypto.getRandomValues(new Uint8Array(16));
const runs = Number(process.env.RUNS ?? 5);

async function pbkdf2(iterations: number): Promise<void> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, [
    'deriveBits',
  ]);
  await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256);
}

async function argon(memoryKiB: number, iterations: number, parallelism: number): Promise<void> {
  await argon2id({ password: passphrase, salt, memorySize: memoryKiB, iterations, parallelism, hashLength: 32 });
}

async function measure(label: string, run: () => Promise<void>): Promise<void> {
  await run(); // warm-up (WASM compile, key import)
  const times: number[] = [];
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  const max = times[times.length - 1] ?? 0;
  const rssMiB = (rssPeak / 2 ** 20).toFixed(0);
  console.log(
    `${label.padEnd(44)} median ${median.toFixed(0).padStart(5)} ms  max ${max.toFixed(0).padStart(5)} ms  rss ${rssMiB} MiB`,
  );
}

async function main(): Promise<void> {
  const load = loadavg().map((value) => value.toFixed(1));
  console.log(`node ${process.version}, ${runs} runs each after one warm-up, load average ${load.join(' ')}`);
  await measure('PBKDF2-SHA256 600,000 (OWASP minimum)', () => pbkdf2(600_000));
  await measure('PBKDF2-SHA256 1,000,000', () => pbkdf2(1_000_000));
  await measure('Argon2id m=19 MiB t=2 p=1 (OWASP)', () => argon(19 * 1024, 2, 1));
  await measure('Argon2id m=46 MiB t=1 p=1 (OWASP)', () => argon(46 * 1024, 1, 1));
  await measure('Argon2id m=64 MiB t=3 p=1', () => argon(64 * 1024, 3, 1));
  await measure('Argon2id m=64 MiB t=3 p=4 (RFC 9106 §4 #2)', () => argon(64 * 1024, 3, 4));
  if (DEFAULT_KDF.name === 'argon2id') {
    const { memoryKiB, iterations, parallelism } = DEFAULT_KDF;
    await measure(`default: Argon2id m=${memoryKiB / 1024} MiB t=${iterations} p=${parallelism}`, () =>
      argon(memoryKiB, iterations, parallelism),
    );
  }
  const cap = IMPORT_KDF_CAP.argon2id;
  await measure(`import cap: Argon2id m=${cap.memoryKiB / 1024} MiB t=${cap.iterations} p=1`, () =>
    argon(cap.memoryKiB, cap.iterations, 1),
  );
}

await main();
