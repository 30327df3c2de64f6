import { computePasswordClaim } from '../../../../core/auth/srp/srp-client';
import { computeSrpU, computeSrpX, deriveSrpKey, k, N } from '../../../../core/auth/srp/srp-group';
import { modPow } from '../../../../core/auth/srp/srp-math';

/**
 * The server half of Cognito SRP from docs/cognito-api.md §3.10, for tests only: B = (k·v + g^b) mod N and the
 * claim the server expects, S = (A·v^u)^b. It uses the general modPow (never modPowG) so it checks the fast path.
 */
export async function spikeServer(options: {
  poolName: string;
  userIdForSrp: string;
  password: string;
  saltHex: string;
  b: bigint;
  /** The stored verifier (as ConfirmDevice delivers it); recomputed from the password when absent. */
  verifier?: bigint;
}) {
  const v = options.verifier ?? modPow(2n, await computeSrpX(options), N);
  const B = (k * v + modPow(2n, options.b, N)) % N;
  return {
    B,
    async expectedClaim(claim: { A: bigint; secretBlock: string; timestamp: string }): Promise<string> {
      const u = await computeSrpU({ A: claim.A, B });
      const S = modPow(claim.A * modPow(v, u, N), options.b, N);
      const key = await deriveSrpKey({ u, S });
      return computePasswordClaim({ key, ...options, ...claim });
    },
  };
}
