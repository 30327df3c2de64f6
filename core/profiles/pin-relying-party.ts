import type { PasskeyPort } from '../auth/auth-context';
import { AuthError } from '../auth/auth-error';

/** The hosts a pool's passkeys may belong to: its bound sites and its hosted UI (docs/security.md §3.3). */
export function relyingPartyHosts(profile: { origins: string[]; hostedUi?: { domain: string } }): string[] {
  const addresses = [...profile.origins, ...(profile.hostedUi ? [profile.hostedUi.domain] : [])];
  return addresses.flatMap((address) => {
    try {
      return [new URL(address).hostname];
    } catch {
      return [];
    }
  });
}

/**
 * Whether `rpId` may be used for a pool whose sites are `hosts`: it is one of them or a parent domain of one
 * (WebAuthn L3 §5.1.4.1 step 8: a registrable domain suffix of the origin's effective domain), and more than a
 * top-level name. Which parents are registrable the browser decides again; this only keeps a pool's options from
 * naming someone else's site.
 */
function isRelyingPartyFor(rpId: unknown, hosts: string[]): boolean {
  if (typeof rpId !== 'string' || rpId === '') return false;
  if (!rpId.includes('.') && rpId !== 'localhost') return false;
  return hosts.some((host) => host === rpId || host.endsWith(`.${rpId}`));
}

function refuse(rpId: unknown): AuthError {
  const named = typeof rpId === 'string' ? `"${rpId.slice(0, 80)}"` : 'no relying party';
  return new AuthError({
    code: 'RelyingPartyMismatch',
    message: `The passkey options name ${named}, which is not one of this pool's sites.`,
  });
}

/**
 * Wraps a passkey port so a ceremony runs only for a relying party of the account's pool: `rpId` of the request
 * options and `rp.id` of the creation options must be present and belong to one of `hosts`, else
 * `RelyingPartyMismatch` (Amplify's name) before any authenticator is asked. A pool's endpoint that is not AWS could
 * otherwise have Sidekey sign in to, or register on, another site.
 */
export function pinRelyingParty(port: PasskeyPort, hosts: string[]): PasskeyPort {
  return {
    get(options) {
      if (!isRelyingPartyFor(options.rpId, hosts)) return Promise.reject(refuse(options.rpId));
      return port.get(options);
    },
    create(options) {
      const rp = options.rp as { id?: unknown } | undefined;
      if (!isRelyingPartyFor(rp?.id, hosts)) return Promise.reject(refuse(rp?.id));
      return port.create(options);
    },
  };
}
