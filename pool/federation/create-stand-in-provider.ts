import { createHash } from 'node:crypto';
import type { Clock } from '../clock/create-clock';
import { type RandomBytes, randomString } from '../state/random-string';

/** What the stand-in provider says about the person who signed in on its page (an OIDC ID token's claims). */
type StandInClaims = {
  sub: string;
  email: string;
  email_verified: boolean;
  name?: string;
};

/** The codes the stand-in provider's sign-in page hands out, and their redemption by the pool. */
export interface StandInProvider {
  /** A single-use code for `identity`, bound to the provider, its client id and the redirect URI. */
  issueCode(options: { provider: string; clientId: string; redirectUri: string; email: string; name?: string }): string;
  /** The claims behind `code` if it is unused, unexpired and bound to the same provider, client and redirect URI. */
  redeemCode(
    code: string,
    expected: { provider: string; clientId: string; redirectUri: string },
  ): StandInClaims | undefined;
}

const codeTtlMs = 5 * 60_000;

/**
 * An external identity provider as a user pool sees one, played by the local pool itself so that nothing leaves the
 * machine: its page (pool/federation/render-stand-in-page.ts) takes an email address, its codes live here, in
 * memory, and the pool redeems them in process where Cognito would call the provider's token endpoint. The `sub` is
 * derived from the provider and the email, so signing in again with the same address is the same person.
 */
export function createStandInProvider(options: { clock: Clock; random: RandomBytes }): StandInProvider {
  const codes = new Map<
    string,
    { provider: string; clientId: string; redirectUri: string; claims: StandInClaims; expiresAt: number }
  >();
  return {
    issueCode({ provider, clientId, redirectUri, email, name }) {
      const now = options.clock.now();
      for (const [code, entry] of codes) if (entry.expiresAt <= now) codes.delete(code);
      const code = randomString(options.random, { length: 32, alphabet: 'mixed' });
      const sub = createHash('sha256').update(`${provider}\n${email.toLowerCase()}`).digest('hex').slice(0, 32);
      const claims: StandInClaims = { sub, email, email_verified: true, ...(name ? { name } : {}) };
      codes.set(code, { provider, clientId, redirectUri, claims, expiresAt: now + codeTtlMs });
      return code;
    },
    redeemCode(code, expected) {
      const entry = codes.get(code);
      codes.delete(code);
      if (!entry || entry.expiresAt <= options.clock.now()) return undefined;
      const bound =
        entry.provider === expected.provider &&
        entry.clientId === expected.clientId &&
        entry.redirectUri === expected.redirectUri;
      return bound ? entry.claims : undefined;
    },
  };
}
