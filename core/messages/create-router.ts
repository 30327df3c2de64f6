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

/** `scheme://host[:port]` of an address, or undefined for one without a host (about:, data:, opaque). */
function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    // Not `URL.origin`: it is "null" for non-special schemes such as chrome-extension: outside the browser.
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Classifies a sender, or returns undefined for anything that is not one of Sidekey's own contexts. The browser's
 * record is read whole, never by URL prefix: `sender.id` is ours; the URL's parsed origin agrees with the
 * browser's `sender.origin` when it reports one; an extension page is on Sidekey's origin and is a top-level
 * document (the popup has no tab; a page in a tab is its frame 0 — never a Sidekey page framed by a website); a
 * content script is in a tab, has a frame id and is not on Sidekey's origin.
 */
function classifySender(
  sender: MessageSender,
  options: { extensionId: string; extensionOrigin: string },
): SenderKind | undefined {
  if (sender.id !== options.extensionId) return undefined;
  const origin = originOf(sender.url);
  if (!origin || (sender.origin !== undefined && sender.origin !== origin)) return undefined;
  if (origin === originOf(options.extensionOrigin)) {
    const topLevel =
      sender.tab === undefined ? sender.frameId === undefined || sender.frameId === 0 : sender.frameId === 0;
    return topLevel ? 'extension-page' : undefined;
  }
  const inTab = typeof sender.tab?.id === 'number' && sender.tab.id >= 0;
  return inTab && typeof sender.frameId === 'number' && sender.frameId >= 0 ? 'content-script' : undefined;
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
