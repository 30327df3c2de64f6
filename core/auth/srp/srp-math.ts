/*
 * The integer arithmetic of SRP: modular exponentiation (general and fixed-base) and the bigint ↔ hex rules Cognito
 * hashes by (docs/cognito-api.md §3.3). Nothing here knows the group; srp-group.ts binds it to N and g.
 */

/**
 * Hex of a non-negative integer as Java's `BigInteger.toByteArray()` would encode it: even length, with a `00`
 * byte prepended when the top bit of the first byte is set (so the value reads as positive). Cognito hashes
 * SRP values in this form (docs/cognito-api.md §3.3). Negative values never occur in SRP and are refused.
 */
export function padHex(value: bigint): string {
  if (value < 0n) throw new RangeError('padHex expects a non-negative integer');
  let hex = value.toString(16);
  if (hex.length % 2 === 1) hex = `0${hex}`;
  else if ('89abcdef'.includes(hex[0]!)) hex = `00${hex}`;
  return hex;
}

/** Reads the bytes as an unsigned big-endian integer (0 for no bytes). */
export function bytesToBigInt(bytes: Uint8Array): bigint {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex === '' ? 0n : BigInt(`0x${hex}`);
}

/** Sliding-window width for an exponent of `bitLength` bits: wider windows save multiplications but cost a bigger table. */
function windowBitsFor(bitLength: number): number {
  if (bitLength > 672) return 6;
  if (bitLength > 240) return 5;
  if (bitLength > 80) return 4;
  return bitLength > 24 ? 3 : 1;
}

/**
 * `base^exponent mod modulus` for any integers with a positive modulus and a non-negative exponent. The base may
 * be negative or larger than the modulus; the result is always in [0, modulus). Left-to-right sliding window
 * (Handbook of Applied Cryptography, Algorithm 14.85): one squaring per bit, one multiplication per window.
 */
export function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  if (modulus <= 0n) throw new RangeError('modPow needs a positive modulus');
  if (exponent < 0n) throw new RangeError('modPow needs a non-negative exponent');
  if (modulus === 1n) return 0n;
  if (exponent === 0n) return 1n;
  const b = ((base % modulus) + modulus) % modulus;
  const bits = exponent.toString(2);
  const windowBits = windowBitsFor(bits.length);
  const odd = [b]; // odd[i] = b^(2i+1)
  const square = (b * b) % modulus;
  for (let i = 1; i < 1 << (windowBits - 1); i++) odd.push((odd[i - 1]! * square) % modulus);
  let result = 1n;
  let i = 0;
  let first = true;
  while (i < bits.length) {
    if (bits[i] === '0') {
      result = (result * result) % modulus;
      i++;
      continue;
    }
    let end = Math.min(i + windowBits, bits.length);
    while (bits[end - 1] === '0') end--;
    const windowValue = odd[(Number.parseInt(bits.slice(i, end), 2) - 1) >> 1]!;
    if (first) {
      result = windowValue; // the leading bit is 1: start from the first window instead of squaring 1
      first = false;
    } else {
      for (let s = i; s < end; s++) result = (result * result) % modulus;
      result = (result * windowValue) % modulus;
    }
    i = end;
  }
  return result;
}

/** The shape of a fixed-base comb: `teeth` rows of `rowBits` bits, each row cut into `blocks` blocks of `blockBits`. */
interface CombShape {
  spanBits: number;
  teeth: number;
  blocks: number;
  rowBits: number;
  blockBits: number;
}

/**
 * One span's tables: `table[j][I]` = ∏ over the set bits i of I of spanBase^(2^(i·rowBits + j·blockBits)), so one
 * multiplication applies `teeth` exponent bits at once; also spanBase^(2^spanBits), the next span's base. Costs
 * `spanBits` squarings and `blocks·(2^teeth − 1 − teeth)` multiplications, once.
 */
function buildCombTables(
  spanBase: bigint,
  modulus: bigint,
  shape: CombShape,
): { tables: bigint[][]; nextSpanBase: bigint } {
  const tooth: bigint[][] = []; // tooth[i][j] = spanBase^(2^(i·rowBits + j·blockBits))
  let power = spanBase;
  let doublings = 0;
  for (let i = 0; i < shape.teeth; i++) {
    tooth.push([]);
    for (let j = 0; j < shape.blocks; j++) {
      for (; doublings < i * shape.rowBits + j * shape.blockBits; doublings++) power = (power * power) % modulus;
      tooth[i]!.push(power);
    }
  }
  const tables: bigint[][] = [];
  for (let j = 0; j < shape.blocks; j++) {
    const table = [1n];
    for (let mask = 1; mask < 1 << shape.teeth; mask++) {
      const top = 31 - Math.clz32(mask);
      const rest = mask ^ (1 << top);
      table.push(rest === 0 ? tooth[top]![j]! : (table[rest]! * tooth[top]![j]!) % modulus);
    }
    tables.push(table);
  }
  for (; doublings < shape.spanBits; doublings++) power = (power * power) % modulus;
  return { tables, nextSpanBase: power };
}

/**
 * `base^exponent mod modulus` for one fixed base, where the modulus is prime (so exponents reduce mod modulus − 1,
 * Fermat). Lim–Lee fixed-base comb (HAC Algorithm 14.117), applied to the exponent in spans of `spanBits` bits that
 * share their squarings; each span has its own tables (for base^(2^(s·spanBits))), built on first use and kept.
 * With the defaults (256-bit spans, 6 teeth, 2 blocks) a 256-bit exponent costs 21 squarings and at most 43
 * multiplications and a 512-bit one 21 and 86, against one squaring per bit for {@link modPow}. Each span's tables
 * are 126 numbers, built once per worker with 256 squarings and 114 multiplications: 8 teeth would save about 45
 * multiplications per proof but cost 380 more per span to build, and a service worker that has slept builds again.
 */
export function createFixedBasePow(options: {
  base: bigint;
  primeModulus: bigint;
  spanBits?: number;
  teeth?: number;
  blocks?: number;
}): (exponent: bigint) => bigint {
  const modulus = options.primeModulus;
  const spanBits = options.spanBits ?? 256;
  const teeth = options.teeth ?? 6;
  const blocks = options.blocks ?? 2;
  const rowBits = Math.ceil(spanBits / teeth);
  const shape: CombShape = { spanBits, teeth, blocks, rowBits, blockBits: Math.ceil(rowBits / blocks) };
  if ((teeth - 1) * rowBits + (blocks - 1) * shape.blockBits >= spanBits) {
    throw new RangeError('The comb has more teeth and blocks than the span has bits');
  }
  const spans: bigint[][][] = []; // spans[s] = the tables of span s
  let nextSpanBase = options.base % modulus; // base^(2^(s·spanBits)) for s = spans.length
  return (exponent) => {
    if (exponent < 0n) throw new RangeError('A fixed-base power needs a non-negative exponent');
    const bits = (exponent >= modulus - 1n ? exponent % (modulus - 1n) : exponent).toString(2);
    const spanCount = Math.ceil(bits.length / spanBits);
    while (spans.length < spanCount) {
      const built = buildCombTables(nextSpanBase, modulus, shape);
      spans.push(built.tables);
      nextSpanBase = built.nextSpanBase;
    }
    /** Bit `position` (0 = least significant) of the exponent. */
    const bit = (position: number) => (bits.charCodeAt(bits.length - 1 - position) === 49 ? 1 : 0);
    let result = 1n;
    for (let k = shape.blockBits - 1; k >= 0; k--) {
      if (result !== 1n) result = (result * result) % modulus;
      for (let s = 0; s < spanCount; s++) {
        for (let j = blocks - 1; j >= 0; j--) {
          const column = j * shape.blockBits + k;
          if (column >= rowBits) continue;
          let mask = 0;
          for (let i = teeth - 1; i >= 0; i--) {
            const inSpan = i * rowBits + column;
            const position = s * spanBits + inSpan;
            mask = (mask << 1) | (inSpan < spanBits && position < bits.length ? bit(position) : 0);
          }
          if (mask !== 0) result = result === 1n ? spans[s]![j]![mask]! : (result * spans[s]![j]![mask]!) % modulus;
        }
      }
    }
    return result;
  };
}
