import { useEffect, useState } from 'preact/hooks';
import type { PoolPasskeysProps, SignedInAccount } from '../../components/PoolPasskeys';
import type { PoolProfile } from '../../core/profiles/pool-profile';
import type { MessageClient } from '../extension-pages/create-message-client';
import { usePasskeys } from '../extension-pages/use-passkeys';

/**
 * The settings page's passkeys controller: asks `auth.session` of every pool — again whenever the page gets focus
 * back, as after signing in in the popup — keeps the account chosen, and hands it to {@link usePasskeys}.
 */
export function usePoolPasskeys(options: {
  call: MessageClient;
  pools?: PoolProfile[];
  window: Window;
}): PoolPasskeysProps {
  const { call, pools } = options;
  const [accounts, setAccounts] = useState<SignedInAccount[]>();
  const [chosenId, setChosenId] = useState<string>();

  useEffect(() => {
    if (!pools) return;
    let current = true;
    const ask = async () => {
      const found = await Promise.all(
        pools.map(async (pool): Promise<SignedInAccount | undefined> => {
          const reply = await call('auth.session', { profileId: pool.id });
          if (!reply.ok || !reply.data.signedIn) return undefined;
          return { profileId: pool.id, label: pool.label, username: reply.data.username ?? '' };
        }),
      );
      if (current) setAccounts(found.filter((account): account is SignedInAccount => account !== undefined));
    };
    void ask();
    const onFocus = () => void ask();
    options.window.addEventListener('focus', onFocus);
    return () => {
      current = false;
      options.window.removeEventListener('focus', onFocus);
    };
  }, [pools, call, options.window]);

  const chosen = accounts?.find((account) => account.profileId === chosenId) ?? accounts?.[0];
  const passkeys = usePasskeys({ call, profileId: chosen?.profileId, signedIn: chosen !== undefined });
  return {
    ...(accounts ? { accounts } : {}),
    ...(chosen ? { chosenId: chosen.profileId } : {}),
    onChoose: setChosenId,
    ...(passkeys ? { passkeys } : {}),
  };
}
