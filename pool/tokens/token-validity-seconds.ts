import type { AppClient, TokenValidityUnit } from '../state/types';

const UNIT_SECONDS: Record<TokenValidityUnit, number> = { seconds: 1, minutes: 60, hours: 3600, days: 86_400 };

/** The client's validity for one token kind, in seconds. */
export function tokenValiditySeconds(client: AppClient, kind: 'AccessToken' | 'IdToken' | 'RefreshToken'): number {
  const amount =
    kind === 'AccessToken'
      ? client.AccessTokenValidity
      : kind === 'IdToken'
        ? client.IdTokenValidity
        : client.RefreshTokenValidity;
  return amount * UNIT_SECONDS[client.TokenValidityUnits[kind]];
}
