import { modPow, modPowG } from './mod-pow';
import { k, N } from './srp-group';

/**
 * The client's premaster secret S = (B − k·g^x)^(a + u·x) mod N (RFC 5054 §2.6, docs/cognito-api.md §3.4). The base
 * is brought into [0, N) first because B − k·g^x is usually negative; the exponent is not reduced, as in Amplify.
 */
export function computeSrpClientSecret(options: { a: bigint; B: bigint; u: bigint; x: bigint }): bigint {
  const base = (((options.B - k * modPowG(options.x)) % N) + N) % N;
  return modPow(base, options.a + options.u * options.x, N);
}
