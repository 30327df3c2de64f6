import type { Action } from 'webextension-polyfill';

/**
 * Decodes one of the extension's own PNGs to pixels, in the worker (service worker or event page): fetched from
 * the package, decoded by `createImageBitmap` and read back through an OffscreenCanvas. `action.setIcon` given
 * `imageData` draws nothing itself, where given a `path` it fetches and decodes the files on every call.
 */
export async function decodeIcon(url: string): Promise<Action.ImageDataType> {
  const response = await fetch(url);
  const bitmap = await createImageBitmap(await response.blob());
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D context for an OffscreenCanvas.');
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  // The polyfill's type is ImageData with an index signature, which a DOM ImageData lacks only on paper.
  return context.getImageData(0, 0, canvas.width, canvas.height) as Action.ImageDataType;
}
