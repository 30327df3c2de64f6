import type { Scripting } from 'webextension-polyfill';
import type { PageSender } from '../../core/page-access/check-page-sender';

/** The filler's built file (WXT puts runtime-registered content scripts under content-scripts/). */
export const FILLER_FILE = 'content-scripts/filler.js';

/**
 * Injects the filler into exactly the frame that asked (by document id where the browser gives one, so a frame
 * that navigated meanwhile is not filled), or into a whole tab's top frame for "Fill on this page". The filler
 * guards itself against running twice in one document.
 */
export function createFillerInjector(scripting: Pick<Scripting.Static, 'executeScript'>) {
  return {
    async intoFrame(target: PageSender): Promise<void> {
      await scripting.executeScript({
        target: target.documentId
          ? { tabId: target.tabId, documentIds: [target.documentId] }
          : { tabId: target.tabId, frameIds: [target.frameId] },
        files: [FILLER_FILE],
      });
    },
    async intoTab(tabId: number): Promise<void> {
      await scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [FILLER_FILE] });
    },
  };
}
