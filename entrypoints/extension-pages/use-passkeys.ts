import { useEffect, useRef, useState } from 'preact/hooks';
import type { PasskeyListProps } from '../../components/PasskeyList';
import { type MessageKey, useT } from '../../components/translator-context';
import type { PasskeySummary } from '../../core/profiles/account-message-shapes';
import { describeFailure } from '../popup/describe-failure';
import type { MessageClient } from './create-message-client';

/**
 * The passkeys of a signed-in pool for the popup and the options page: lists them (`auth.listPasskeys`) whenever
 * the pool or its sign-in changes, and adds (`auth.registerPasskey`: the ceremony runs in a tab on the pool's
 * site) or deletes (`auth.deletePasskey`) one, listing again after. An answer for a pool the page has left is
 * dropped.
 */
export function usePasskeys(options: {
  call: MessageClient;
  profileId?: string;
  signedIn: boolean;
}): PasskeyListProps | undefined {
  const { call, profileId, signedIn } = options;
  const t = useT();
  const [passkeys, setPasskeys] = useState<PasskeySummary[]>();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<PasskeyListProps['note']>();
  const current = useRef(0);

  const list = async (id: number, pool: string) => {
    const reply = await call('auth.listPasskeys', { profileId: pool });
    if (id !== current.current) return;
    if (reply.ok) setPasskeys(reply.data);
    else setNote({ text: describeFailure(reply, t), failed: true });
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: listed again only when the pool or its sign-in changes.
  useEffect(() => {
    const id = ++current.current;
    setPasskeys(undefined);
    setNote(undefined);
    if (profileId && signedIn) void list(id, profileId);
  }, [profileId, signedIn]);

  if (!profileId || !signedIn) return undefined;
  const act = (work: () => Promise<{ ok: boolean; code?: string; message?: string }>, done: MessageKey) => {
    const id = ++current.current;
    setBusy(true);
    setNote(undefined);
    void work()
      .then(async (reply) => {
        if (id !== current.current) return;
        if (!reply.ok) setNote({ text: describeFailure(reply as { code: string; message: string }, t), failed: true });
        else setNote({ text: t(done), failed: false });
        await list(id, profileId);
      })
      .finally(() => setBusy(false));
  };
  return {
    passkeys,
    busy,
    note,
    onAdd: () => act(() => call('auth.registerPasskey', { profileId }), 'passkey_added'),
    onDelete: (passkey) =>
      act(() => call('auth.deletePasskey', { profileId, credentialId: passkey.credentialId }), 'passkey_deleted'),
  };
}
