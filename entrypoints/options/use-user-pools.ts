import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PoolInput } from '../../components/pool-form-values';
import { useT } from '../../components/translator-context';
import type { PoolProfile } from '../../core/profiles/pool-profile';
import { requestSiteAccess } from '../background/request-site-access';
import type { MessageClient } from '../extension-pages/create-message-client';
import { describeFailure } from '../popup/describe-failure';

/** In the user's gesture, before any await: host access for the pool's sites and hosted UI. */
function requestAccessFor(input: PoolInput): void {
  void requestSiteAccess([...(input.origins ?? []), ...(input.hostedUiDomain ? [input.hostedUiDomain] : [])]);
}

/**
 * The settings page's user-pool controller: lists the pools, adds, edits and removes them, reloads after each
 * change.
 */
export function useUserPools(options: { call: MessageClient }) {
  const { call } = options;
  const t = useT();
  const [pools, setPools] = useState<PoolProfile[]>();
  const [error, setError] = useState<string>();

  const reload = useCallback(async () => {
    const reply = await call('profiles.list');
    if (!reply.ok) return setError(describeFailure(reply, t));
    setError(undefined);
    setPools(reply.data);
  }, [call, t]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return {
    pools,
    error,
    onAdd: async (input: PoolInput) => {
      requestAccessFor(input);
      const reply = await call('profiles.add', input);
      if (!reply.ok) return { ...reply, message: describeFailure(reply, t) };
      await reload();
      return reply;
    },
    onUpdate: async (id: string, input: PoolInput) => {
      requestAccessFor(input);
      const reply = await call('profiles.update', { ...input, id });
      if (!reply.ok) return { ...reply, message: describeFailure(reply, t) };
      await reload();
      return reply;
    },
    onRemove: (id: string) => {
      void call('profiles.remove', { id }).then((reply) => {
        if (!reply.ok) return setError(describeFailure(reply, t));
        void reload();
      });
    },
  };
}
