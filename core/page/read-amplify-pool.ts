import { decodeBase64 } from '../encoding/decode-base64';
import { isUsableOrigin } from '../origins/parse-origin';
import type { PageStorage } from './read-amplify-storage';

/**
 * The user pool an Amplify app on this page signed in to, as far as the page's own storage tells: only to prefill
 * "Add this site's user pool to Sidekey" (docs/security.md §3). Nothing here is verified or trusted.
 */
export interface AmplifyPoolHint {
  userPoolId: string;
  userPoolClientId: string;
  region: string;
  /** The pool's own endpoint, when the token's issuer is not AWS's (a Cognito-compatible server such as the local pool). */
  userPoolEndpoint?: string;
}

const LAST_AUTH_USER = /^CognitoIdentityServiceProvider\.([\w+]{1,128})\.LastAuthUser$/;
const USER_POOL_ID = /^[\w-]+_[0-9a-zA-Z]+$/;
/** AWS's issuer: `https://cognito-idp.<region>.amazonaws.com/<poolId>`. */
const AWS_ISSUER = /^https:\/\/cognito-idp\.([a-z]{2}(?:-[a-z]+)+-\d)\.amazonaws\.com\/([^/]+)$/;
/** A token is at most a few kilobytes; anything far larger is not one. */
const MAX_TOKEN = 16_384;

/** The claims of a JWT's payload, decoded without checking its signature; undefined when it is no JWT. */
function unverifiedClaims(token: string): Record<string, unknown> | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || token.length > MAX_TOKEN) return undefined;
  try {
    const claims: unknown = JSON.parse(new TextDecoder().decode(decodeBase64(parts[1]!, { code: 'InvalidJwt' })));
    return typeof claims === 'object' && claims !== null ? (claims as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The pool an id token names as its issuer, for app client `clientId`; undefined when it names none. */
function poolFromIdToken(token: string, clientId: string): AmplifyPoolHint | undefined {
  const claims = unverifiedClaims(token);
  if (!claims || typeof claims.iss !== 'string') return undefined;
  // An id token's audience is its app client: a token for another client is not this one's.
  if (claims.aud !== undefined && claims.aud !== clientId) return undefined;
  const aws = AWS_ISSUER.exec(claims.iss);
  if (aws) {
    const [, region, userPoolId] = aws;
    return USER_POOL_ID.test(userPoolId!)
      ? { userPoolId: userPoolId!, userPoolClientId: clientId, region: region! }
      : undefined;
  }
  let issuer: URL;
  try {
    issuer = new URL(claims.iss);
  } catch {
    return undefined;
  }
  const userPoolId = issuer.pathname.slice(issuer.pathname.lastIndexOf('/') + 1);
  if (!USER_POOL_ID.test(userPoolId) || !isUsableOrigin(issuer.origin) || issuer.username || issuer.search) {
    return undefined;
  }
  return {
    userPoolId,
    userPoolClientId: clientId,
    region: userPoolId.slice(0, userPoolId.indexOf('_')),
    userPoolEndpoint: new URL(issuer.pathname.slice(0, issuer.pathname.lastIndexOf('/') + 1), issuer.origin).href,
  };
}

/**
 * The pool of the user an Amplify JS v6 app on this page last signed in: its `LastAuthUser` key names the app client
 * and the user, whose id token's `iss` names the pool (docs/sign-in-pages.md §1.5). Local storage first, then session
 * storage (Amplify can be told to keep tokens there). Undefined when no signed-in user is found, or when the page
 * holds sign-ins to more than one pool (then which one is meant cannot be told).
 */
export function readAmplifyPool(storage: PageStorage): AmplifyPoolHint | undefined {
  const found = new Map<string, AmplifyPoolHint>();
  for (const area of [storage.local, storage.session]) {
    try {
      const web = area();
      for (let index = 0; index < web.length; index += 1) {
        const clientId = LAST_AUTH_USER.exec(web.key(index) ?? '')?.[1];
        const user = clientId && web.getItem(`CognitoIdentityServiceProvider.${clientId}.LastAuthUser`);
        const token = user && web.getItem(`CognitoIdentityServiceProvider.${clientId}.${user}.idToken`);
        const pool = token ? poolFromIdToken(token, clientId) : undefined;
        if (pool)
          found.set(`${pool.userPoolEndpoint ?? pool.region}|${pool.userPoolId}|${pool.userPoolClientId}`, pool);
      }
    } catch {
      // Storage blocked for this frame: nothing to read there.
    }
  }
  const [pool, other] = found.values();
  return other === undefined ? pool : undefined;
}
