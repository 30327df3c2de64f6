import { SidekeyError } from '../errors/sidekey-error';
import { type Reply, replyFromError } from './reply';
import { object, parser, string } from './shape';

/** Where a message came from, as far as the browser tells us (a subset of runtime.MessageSender). */
export interface MessageSender {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

/** Which of Sidekey's own contexts may send a request. */
export type SenderKind = 'extension-page' | 'content-script';

/**
 * One request type: how to validate its input and how to answer it. `parse` is built with core/messages/shape.ts
 * and throws a `SidekeyError` (code `BadMessage`, with the refused `field`) for anything it does not accept.
 */
export interface RequestHandler<Input, Output, Context> {
  from: readonly SenderKind[];
  parse: (input: unknown) => Input;
  run: (input: Input, context: Context & { sender: MessageSender; senderKind: SenderKind }) => Promise<Output> | Output;
}

// biome-ignore lint/suspicious/noExplicitAny: a handler table mixes input and output types by design.
type HandlerTable<Context> = Record<string, RequestHandler<any, any, Context>>;

export interface RouterOptions<Context> {
  /** runtime.id of this extension. */
  extensionId: string;
  /** runtime.getURL('/') of this extension, for example `chrome-extension://<id>/`. */
  extensionOrigin: string;
  handlers: HandlerTable<Context>;
  context: Context;
}

/** Classifies a sender, or returns undefined for anything that is not one of Sidekey's own contexts. */
function classifySender(
  sender: MessageSender,
  options: { extensionId: string; extensionOrigin: string },
): SenderKind | undefined {
  if (sender.id !== options.extensionId) return undefined;
  const url = sender.url ?? '';
  const fromExtensionPage = url.startsWith(options.extensionOrigin);
  if (sender.tab && !fromExtensionPage) return 'content-script';
  if (fromExtensionPage) return 'extension-page';
  return undefined;
}

/** Every message is `{type, input}`; `input` is left to the request's own parse. */
const readEnvelope = parser(object({ type: string({ max: 128 }) }));

/**
 * Builds the worker's message listener: checks the sender, the message's shape and the handler's
 * input, runs the handler, and always answers with a {@link Reply} — never throws, never leaks a stack.
 */
export function createRouter<Context>(options: RouterOptions<Context>) {
  return async function route(message: unknown, sender: MessageSender): Promise<Reply<unknown>> {
    try {
      const senderKind = classifySender(sender, options);
      if (!senderKind)
        throw new SidekeyError({ code: 'ForbiddenSender', message: 'This sender may not talk to Sidekey.' });
      const { type } = readEnvelope(message);
      const { input } = message as { input?: unknown };
      const handler = Object.hasOwn(options.handlers, type) ? options.handlers[type] : undefined;
      if (!handler)
        throw new SidekeyError({ code: 'UnknownRequest', message: `Sidekey has no request named "${type}".` });
      if (!handler.from.includes(senderKind)) {
        throw new SidekeyError({ code: 'ForbiddenSender', message: `"${type}" cannot be sent from a ${senderKind}.` });
      }
      const data = await handler.run(handler.parse(input), { ...options.context, sender, senderKind });
      return { ok: true, data };
    } catch (error) {
      return replyFromError(error);
    }
  };
}
