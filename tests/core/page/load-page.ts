import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window as HappyWindow } from 'happy-dom';

const PAGES = join(import.meta.dirname, '../../fixtures/pages');

export interface LoadedPage {
  window: Window & typeof globalThis;
  document: Document;
  /** Closes the happy-dom window (its timers and observers). */
  close: () => Promise<void>;
}

/** Opens a saved page from tests/fixtures/pages in its own happy-dom window at `url`. */
export function loadPage(name: string, options: { url?: string; width?: number } = {}): LoadedPage {
  return loadHtml(readFileSync(join(PAGES, name), 'utf8'), options);
}

/** Opens `html` in its own happy-dom window at `url` (a laptop-sized viewport unless `width` says otherwise). */
export function loadHtml(html: string, options: { url?: string; width?: number } = {}): LoadedPage {
  const happy = new HappyWindow({
    url: options.url ?? 'https://app.example.com/',
    width: options.width ?? 1280,
    height: 800,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  happy.document.write(html);
  const window = happy as unknown as Window & typeof globalThis;
  return { window, document: window.document, close: () => happy.happyDOM.close() };
}

/** Every saved page in tests/fixtures/pages. */
export const PAGE_NAMES: readonly string[] = readdirSync(PAGES).filter((name) => name.endsWith('.html'));
