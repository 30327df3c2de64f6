import { SidekeyError } from '../errors/sidekey-error';
import { type Reply, replyFromError } from '../messages/reply';
import type { PageRequestType } from '../page/page-messages';
import { checkPageSender, type PageMessageSender } from './check-page-sender';
import { type PageContext, type PageHandler, pageHandlers } from './page-handlers';

/** Whether a message belongs to the content scripts' family (`page.*`), which only the page router answers. */
export function isPageMessage(message: unknown): boolean {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  return typeof type === 'string' && type.startsWith('page.');
}

/**
 * The worker's router for content scripts, beside the extension pages' router (core/messages/create-router.ts):
 * checks the sender first (core/page-access/check-page-sender.ts), then the request's shape and input, and
 * answers a {@link Reply}, never a thrown error or a stack.
 */
export function createPageRouter(options: { extensionId: string; extensionOrigin: string; context: PageContext }) {
  return async function routePage(message: unknown, sender: PageMessageSender): Promise<Reply<unknown>> {
    try {
      const checked = checkPageSender(sender, options);
      const { type, input } = message as { type: string; input?: unknown };
      const handler = Object.hasOwn(pageHandlers, type)
        ? (pageHandlers[type as PageRequestType] as PageHandler<PageRequestType>)
        : undefined;
      if (!handler) {
        throw new SidekeyError({ code: 'UnknownRequest', message: `Sidekey has no page request named "${type}".` });
      }
      const data = await handler.run(handler.parse(input), { ...options.context, sender: checked });
      return { ok: true, data };
    } catch (error) {
      return replyFromError(error);
    }
  };
}
