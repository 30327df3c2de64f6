import { Amplify } from 'aws-amplify';
import type { TestPool } from './test-pool';

/** Points Amplify v6 at the local pool through `Auth.Cognito.userPoolEndpoint` (docs/cognito-api.md §1.1). */
export function configureAmplify(pool: TestPool): void {
  Amplify.configure({
    Auth: { Cognito: { userPoolId: pool.poolId, userPoolClientId: pool.clientId, userPoolEndpoint: pool.url } },
  });
}
