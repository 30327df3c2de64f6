import type { SeedFile } from '../../../pool/seed/seed-file';
import { type RunningPool, startPool } from '../../../pool/start-pool';

export const poolId = 'us-east-1_Passkey01';
export const clientId = 'passkeyclient0000000000001';
export const otherClientId = 'passkeyclient0000000000002';

/** A pool with passkeys on (rpId localhost unless named, UV required), two public clients and alice with a password. */
export function passkeySeed(options: { firstFactors?: string[]; rpId?: string } = {}): SeedFile {
  const client = (ClientId: string) => ({
    ClientId,
    ClientName: ClientId,
    ExplicitAuthFlows: ['ALLOW_USER_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
  });
  return {
    pools: [
      {
        Id: poolId,
        config: {
          PoolName: 'passkeys',
          Policies: { SignInPolicy: { AllowedFirstAuthFactors: options.firstFactors ?? ['PASSWORD', 'WEB_AUTHN'] } },
          WebAuthnConfiguration: { RelyingPartyId: options.rpId ?? 'localhost', UserVerification: 'required' },
        },
        clients: [client(clientId), client(otherClientId)],
        users: [{ Username: 'alice', Password: 'Passw0rd!x', Attributes: { email: 'alice@example.com' } }],
      },
    ],
  };
}

/** Calls one Cognito operation on the running pool; resolves with status and parsed body. */
export async function callPool(pool: RunningPool, operation: string, input: object) {
  const response = await fetch(pool.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `AWSCognitoIdentityProviderService.${operation}`,
    },
    body: JSON.stringify(input),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** An access token for alice on `client`, minted directly (these tests are about passkeys, not sign-in). */
export function accessTokenFor(pool: RunningPool, options: { client?: string; username?: string } = {}): string {
  const ctx = pool.context();
  const userPool = ctx.store.getPool(poolId);
  const tokens = ctx.tokens.issueTokens({
    pool: userPool,
    client: ctx.store.getClient(userPool, options.client ?? clientId),
    user: ctx.store.requireUser(userPool, options.username ?? 'alice'),
  });
  return tokens.AccessToken;
}

export { startPool };
