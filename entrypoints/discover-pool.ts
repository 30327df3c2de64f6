import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readAmplifyPool } from '../core/page/read-amplify-pool';

/**
 * Run once in a tab's top frame by `site.discoverPool` (under `activeTab`): answers the user pool an Amplify app on
 * the page signed in to, read from the page's own Web Storage (core/page/read-amplify-pool.ts); no token leaves it.
 */
export default defineUnlistedScript(() =>
  readAmplifyPool({ local: () => localStorage, session: () => sessionStorage }),
);
