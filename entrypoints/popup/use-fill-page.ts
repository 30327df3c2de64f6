import { useState } from 'preact/hooks';
import { useT } from '../../components/translator-context';
import type { MessageClient } from '../extension-pages/create-message-client';
import { describeFailure } from './describe-failure';

/**
 * The popup's "Fill on this page": asks the worker to put the filler into the active tab (`site.fillPage`) and
 * closes the popup so the page's own Sidekey control can be used; a refusal stays in the popup as an announcement.
 * Without a tab on a usable origin there is nothing to offer.
 */
export function useFillPage(options: { call: MessageClient; tabId?: number; origin?: string; close: () => void }) {
  const t = useT();
  const [announcement, setAnnouncement] = useState<string>();
  const { call, tabId, close } = options;
  if (tabId === undefined || !options.origin) return { announcement, onFillPage: undefined };
  return {
    announcement,
    onFillPage: async () => {
      setAnnouncement(undefined);
      const reply = await call('site.fillPage', { tabId });
      if (reply.ok) close();
      else setAnnouncement(describeFailure(reply, t));
    },
  };
}
