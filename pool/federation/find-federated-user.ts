import type { OperationContext } from '../operations/operation-context';
import { createPoolUser } from '../state/create-pool-user';
import type { IdentityProviderRecord, PoolUser, UserPool } from '../state/types';

/** The provider's claims about the person (the ID token or userInfo of an OIDC provider). */
export type ProviderClaims = { sub: string } & Record<string, string | boolean | undefined>;

/**
 * The pool user for a person the provider vouched for, made at the first sign-in as Cognito makes one: username
 * `<ProviderName>_<sub>`, status EXTERNAL_PROVIDER, no password, an `identities` attribute naming the provider
 * (userId, providerName, providerType, issuer, primary, dateCreated), and the attributes of the provider's
 * AttributeMapping (pool attribute → provider claim), which are written again at every later sign-in
 * (https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-specifying-attribute-mapping.html).
 * The caller marks the store changed.
 */
export function findFederatedUser(
  ctx: Pick<OperationContext, 'clock' | 'random' | 'store'>,
  options: { pool: UserPool; provider: IdentityProviderRecord; claims: ProviderClaims },
): PoolUser {
  const { pool, provider, claims } = options;
  const mapped = mappedAttributes(provider, claims);
  const username = `${provider.ProviderName}_${claims.sub}`;
  const existing = ctx.store.findUser(pool, username);
  if (existing) {
    Object.assign(existing.attributes, mapped);
    existing.updatedAt = ctx.clock.now();
    return existing;
  }
  const identity = {
    userId: claims.sub,
    providerName: provider.ProviderName,
    providerType: provider.ProviderType,
    issuer: null,
    primary: true,
    dateCreated: ctx.clock.now(),
  };
  return createPoolUser(ctx, {
    pool,
    username,
    attributes: { ...mapped, identities: JSON.stringify([identity]) },
    status: 'EXTERNAL_PROVIDER',
  });
}

function mappedAttributes(provider: IdentityProviderRecord, claims: ProviderClaims): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [attribute, claim] of Object.entries(provider.AttributeMapping)) {
    const value = Object.hasOwn(claims, claim) ? claims[claim] : undefined;
    if (value !== undefined && attribute !== 'sub' && attribute !== 'identities') attributes[attribute] = String(value);
  }
  return attributes;
}
