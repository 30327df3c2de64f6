import { TOTP } from 'otpauth';
import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';

/**
 * How long after a period turns the popup may still show the old period's code: it redraws its codes on a ticker at
 * each whole second (entrypoints/popup/use-now.ts), and on a loaded machine that tick and the redraw come late.
 */
const DRAW_LAG_MS = 3_000;

/**
 * The code in the popup's first row (`.code[data-code]`), checked against otpauth for `secret` at the browser's own
 * clock: the code at some moment from {@link DRAW_LAG_MS} before reading it to just after.
 */
export async function expectShownCode(popup: Page, secret: string): Promise<void> {
  const before = await popup.evaluate(() => Date.now());
  const shown = await popup.$eval('.code', (element) => element.getAttribute('data-code'));
  const after = await popup.evaluate(() => Date.now());
  const totp = new TOTP({ secret, digits: 6, period: 30 });
  expect([before - DRAW_LAG_MS, before, after].map((timestamp) => totp.generate({ timestamp }))).toContain(shown);
}
