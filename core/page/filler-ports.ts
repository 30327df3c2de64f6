import type { RgbaPixels } from '../otp/decode-qr-pixels';
import type { RandomBytes } from '../vault/crypto/bytes';
import type { ControlChoice, ShowControl } from './control-port';
import type { PageRequestClient } from './page-messages';
import type { PageTranslate } from './page-translate';
import type { PageStorage } from './read-amplify-storage';
import type { PageStep } from './sign-in-page';

/**
 * A username and password the page was sent (typed, filled or generated), held in the filler's memory until the
 * step succeeds: then it is compared with the saved sign-ins, and saved or updated (docs/sign-in-pages.md §4).
 */
export interface PendingSignIn {
  username: string;
  password: string;
  /** Sidekey generated the password on the user's choice: saved or updated without asking once the step succeeds. */
  generated: boolean;
  /** The step whose success it waits for (a sign-up waits on to its confirmation). */
  step: PageStep;
  /** The step's form was sent with it (a generated password is remembered from the choice, before sending). */
  sent?: boolean;
}

/** What the filler remembers across the steps of one sign-in on one document (never persisted). */
interface FillerMemory {
  /** The account being signed in, as the page's username field last held it. */
  username?: string;
  pending?: PendingSignIn;
  /**
   * A key captured at TOTP set-up that the worker could not bind to an account yet (several pools serve the
   * site): bound to the pool the page signed in with once the set-up succeeds.
   */
  capturedKey?: { id: string; username: string; step: PageStep };
}

/** Everything a step's control needs, passed in so each piece runs on a test's document as on a real one. */
export interface FillerPorts {
  doc: Document;
  view: Window & typeof globalThis;
  /** The page's Web Storage, read only for the Amplify keys of read-amplify-storage.ts. */
  storage: PageStorage;
  request: PageRequestClient;
  now: () => number;
  randomBytes: RandomBytes;
  /** RGBA pixels of an image on the page (a canvas in the browser), or null when they cannot be read. */
  readPixels: (image: HTMLImageElement) => RgbaPixels | null;
  showControl: ShowControl;
  /** The page words in the browser's language (`browser.i18n.getMessage` in the content script). */
  t: PageTranslate;
  memory: FillerMemory;
}

/** One inline control as a step wants it: where, named what, offering which choices, doing what on a choice. */
export interface ControlSpec {
  /** The field it sits on; null for the window's top-right corner. */
  anchor: Element | null;
  name: string;
  choices: ControlChoice[];
  note?: string;
  /**
   * Acts on the user's choice (a trusted `event`; `host` is the control's own host element). Answers a sentence
   * for the control to show — why nothing was filled, or what happened — or undefined to close the control.
   */
  act: (choice: ControlChoice, event: Event, host: Element) => Promise<string | undefined>;
}
