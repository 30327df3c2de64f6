import type { PoolStore } from '../state/pool-store';
import type { RouteHandler } from './route-handler';
import { sendJson } from './send-json';

/**
 * `GET /<poolId>/.well-known/jwks.json` and `GET /<poolId>/.well-known/openid-configuration`, as Cognito serves
 * them under its issuer URL (https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-verifying-a-jwt.html).
 */
export function handleWellKnown(options: { store: PoolStore; issuer: (poolId: string) => string }): RouteHandler {
  return (request, response, url) => {
    const match = /^\/([^/]+)\/\.well-known\/(jwks\.json|openid-configuration)$/.exec(url.pathname);
    if (request.method !== 'GET' || !match) return false;
    const poolId = match[1]!;
    const pool = Object.hasOwn(options.store.state.pools, poolId) ? options.store.state.pools[poolId] : undefined;
    if (!pool) {
      sendJson(response, {
        status: 404,
        body: { __type: 'ResourceNotFoundException', message: `User pool ${poolId} does not exist.` },
        headers: { 'x-amzn-errortype': 'ResourceNotFoundException' },
        contentType: 'application/json',
      });
      return true;
    }
    const issuer = options.issuer(poolId);
    const body =
      match[2] === 'jwks.json'
        ? { keys: [pool.signingKey.publicJwk] }
        : {
            issuer,
            jwks_uri: `${issuer}/.well-known/jwks.json`,
            authorization_endpoint: `${issuer.slice(0, issuer.lastIndexOf('/'))}/oauth2/authorize`,
            token_endpoint: `${issuer.slice(0, issuer.lastIndexOf('/'))}/oauth2/token`,
            userinfo_endpoint: `${issuer.slice(0, issuer.lastIndexOf('/'))}/oauth2/userInfo`,
            response_types_supported: ['code', 'token'],
            subject_types_supported: ['public'],
            id_token_signing_alg_values_supported: ['RS256'],
            scopes_supported: ['openid', 'email', 'phone', 'profile'],
            token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
          };
    sendJson(response, { status: 200, body, contentType: 'application/json' });
    return true;
  };
}
