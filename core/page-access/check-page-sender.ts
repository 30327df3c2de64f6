import { SidekeyError } from '../errors/sidekey-error';
import type { MessageSender } from '../messages/create-router';
import { isUsableOrigin } from '../origins/parse-origin';

/** A content script's sender as the browser reports it (Chrome adds `documentId` and `origin`). */
export type PageMessageSender = MessageSender & { documentId?: string };

/** Who is asking, once checked: the frame, and the origin every answer is scoped to. */
export interface PageSender {
  tabId: number;
  frameId: number;
  /** The frame's origin, read from the browser's sender record, never from the message. */
  origin: string;
  documentId?: string;
}

const refuse = (code: 'ForbiddenSender' | 'PageOriginNotAllowed', message: string) =>
  new SidekeyError({ code, message });

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/**
 * Checks that a `page.*` message comes from Sidekey's own content script in a frame Sidekey may fill, and answers
 * the frame's origin: `sender.id` is ours; `tab` and `frameId` are present (an extension page, a popup or another
 * extension never is one); the frame's URL parses to an `https:` or loopback `http:` origin, equal to the
 * browser's own `sender.origin` when given (an opaque or `about:` frame has none); and either it is the top frame,
 * or its top frame (the tab's URL) is on the same origin. Origins are compared whole, never by prefix.
 */
export function checkPageSender(
  sender: PageMessageSender,
  options: { extensionId: string; extensionOrigin: string },
): PageSender {
  if (sender.id !== options.extensionId) throw refuse('ForbiddenSender', 'This sender may not talk to Sidekey.');
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  if (typeof tabId !== 'number' || tabId < 0 || typeof frameId !== 'number' || frameId < 0) {
    throw refuse('ForbiddenSender', 'Page requests come only from a content script in a tab.');
  }
  const origin = originOf(sender.url);
  if (!origin || `${origin}/` === options.extensionOrigin || sender.url?.startsWith(options.extensionOrigin)) {
    throw refuse('ForbiddenSender', 'Page requests come only from a web page.');
  }
  if (sender.origin !== undefined && sender.origin !== origin) {
    throw refuse('PageOriginNotAllowed', 'The frame’s address and origin disagree.');
  }
  if (!isUsableOrigin(origin)) {
    throw refuse('PageOriginNotAllowed', 'Sidekey fills only https:// pages, and http:// on localhost.');
  }
  if (frameId !== 0 && originOf(sender.tab?.url) !== origin) {
    throw refuse('PageOriginNotAllowed', 'Sidekey fills a frame only when the page around it is on the same site.');
  }
  return { tabId, frameId, origin, ...(sender.documentId ? { documentId: sender.documentId } : {}) };
}
