import { vi } from 'vitest';
import type { MessageClient } from '../../../entrypoints/extension-pages/create-message-client';
import { PopupApp } from '../../../entrypoints/popup/PopupApp';
import { mountSettled } from '../../components/mount';

/** What every popup test gives PopupApp: the fake worker's `call`, a clipboard spy, and a QR reader left unused. */
export function popupProps(worker: { call: MessageClient }) {
  return {
    call: worker.call,
    optionsUrl: '/options.html',
    writeClipboard: vi.fn(async (_text: string) => undefined),
    readQr: vi.fn(),
  };
}

/**
 * PopupApp on `worker` with `props` over {@link popupProps}, mounted and its first replies rendered; with the root,
 * the clipboard spy it was given.
 */
export async function mountPopup(worker: { call: MessageClient }, props: Partial<Parameters<typeof PopupApp>[0]> = {}) {
  const given = popupProps(worker);
  const root = await mountSettled(<PopupApp {...given} {...props} />);
  return { root, writeClipboard: given.writeClipboard };
}
