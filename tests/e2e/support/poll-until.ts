/**
 * Polls `check` from Node every 100 ms until it answers something other than `undefined`, or fails after
 * `timeoutMs` naming `what`. Each check is one short round trip (`$`, `$$eval`, `evaluate`), never one call held
 * open for the whole wait as puppeteer's `waitForSelector` and `waitForFunction` do: on a loaded machine those ran
 * past the protocol timeout, and in Firefox the extension CSP forbids the code `waitForFunction` evaluates. A check
 * that throws (a page between documents) counts as not yet.
 */
export async function pollUntil<T>(check: () => Promise<T | undefined>, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}
