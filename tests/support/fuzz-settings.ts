import fc from 'fast-check';

/**
 * The fuzz suite's two modes (docs/reliability-suite.md §2): by default each property runs a few hundred to
 * 2,000 cases from a fixed seed, so `npm test` is fast and repeatable; `SOAK=1` (`npm run test:soak`) runs at least
 * 100,000 cases each from a fresh seed, printed so a failure can be replayed with `FUZZ_SEED=<seed>`.
 */
const soak = process.env.SOAK === '1';
const seed = Number(process.env.FUZZ_SEED ?? (soak ? Date.now() % 2 ** 31 : 20_261_205));

/** fast-check parameters for one property: `runs` cases by default, 100,000 or more in soak mode. */
export function fuzzParameters(runs: number): { numRuns: number; seed: number; endOnFailure: boolean } {
  return { numRuns: soak ? Math.max(100_000, runs) : runs, seed, endOnFailure: soak };
}

/** Long enough for a soak run (minutes); the default run's properties finish in seconds. */
export const FUZZ_TIMEOUT = soak ? 60 * 60_000 : 60_000;

/** What one property saw: every case either accepted or rejected with a typed code; a crash fails the property. */
export interface FuzzTally {
  cases: number;
  accepted: number;
  rejected: number;
  codes: Set<string>;
}

export function newTally(): FuzzTally {
  return { cases: 0, accepted: 0, rejected: 0, codes: new Set() };
}

/** Prints the coverage line the issue asks for: cases, crashes (0: a crash fails the property) and typed rejections. */
export function printTally(name: string, tally: FuzzTally): void {
  const codes = [...tally.codes].sort().join(', ');
  console.log(
    `[fuzz] ${name}: ${tally.cases} cases, 0 crashes, ${tally.accepted} accepted, ${tally.rejected} rejections typed` +
      ` (seed ${seed}; codes: ${codes || 'none'})`,
  );
}

/** Keys that trip naive object handling (prototype keys, coercion hooks), mixed into every generated object. */
const AWKWARD_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'toJSON', 'then', 'length'];

/** Strings that trip naive string handling, mixed into generated strings. */
export const AWKWARD_STRINGS = [
  '',
  ' ',
  '\u0000',
  '%',
  '%zz',
  '\uD800',
  '💥',
  '-1',
  'NaN',
  '1e309',
  'null',
  '[]',
  '{}',
];

/**
 * JSON-like values (what structured cloning or JSON.parse hands a parser) biased toward `known` keys and strings,
 * so generated input gets past the first checks and reaches deeper code.
 */
export function jsonLike(options: { keys: readonly string[]; strings: readonly string[]; depth?: number }) {
  const key = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...options.keys) },
    { weight: 1, arbitrary: fc.constantFrom(...AWKWARD_KEYS) },
    { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  );
  const text = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...options.strings) },
    { weight: 1, arbitrary: fc.constantFrom(...AWKWARD_STRINGS) },
    { weight: 2, arbitrary: fc.string({ maxLength: 40, unit: 'grapheme' }) },
  );
  const leaf = fc.oneof(
    { weight: 4, arbitrary: text },
    { weight: 2, arbitrary: fc.integer({ min: -5, max: 100 }) },
    { weight: 1, arbitrary: fc.constantFrom(0, -0, 1.5, 2 ** 53, Number.MAX_VALUE, -1e21, Number.NaN, Infinity) },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
  );
  const { value } = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', maxDepth: options.depth ?? 4 },
      { weight: 3, arbitrary: leaf },
      { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 4 }) },
      { weight: 3, arbitrary: fc.dictionary(key, tie('value'), { maxKeys: 6, noNullPrototype: true }) },
    ),
  }));
  return value;
}
