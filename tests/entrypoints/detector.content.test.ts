// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import detector from '../../entrypoints/detector.content';

const scope = globalThis as { browser?: unknown };
const original = scope.browser;

function start(html: string) {
  document.body.innerHTML = html;
  const sendMessage = vi.fn(async () => ({ ok: true, data: { injected: true } }));
  scope.browser = { runtime: { sendMessage } };
  void detector.main(undefined as never);
  return sendMessage;
}

afterEach(() => {
  scope.browser = original;
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('the detector content script', () => {
  it('asks for the filler once on a sign-in page, naming its kind', () => {
    const send = start('<form data-amplify-form><input name="username" autocomplete="username"></form>');
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({ type: 'page.inject', input: { kind: 'form' } });
  });

  it('asks for nothing on a page without a sign-in form, until a route change shows one (throttled)', async () => {
    vi.useFakeTimers();
    const send = start('<article><p>Just reading.</p><input type="search" name="q"></article>');
    expect(send).not.toHaveBeenCalled();
    for (let i = 0; i < 5; i++) document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(send).not.toHaveBeenCalled();
    const form = document.createElement('form');
    form.innerHTML = '<input type="password" name="password">';
    document.body.append(form);
    document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(send).toHaveBeenCalledTimes(1);
    document.body.append(document.createElement('form'));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('looks at the page again only after a change that added an input', async () => {
    vi.useFakeTimers();
    const send = start('<article><p>Just reading.</p></article>');
    const looks = vi.spyOn(document, 'querySelector');
    const section = document.createElement('section');
    for (let i = 0; i < 20; i++) section.append(document.createElement('p'));
    document.body.append(section);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(looks).not.toHaveBeenCalled();
    const search = document.createElement('div');
    search.innerHTML = '<label>Search <input type="search" name="q"></label>';
    document.body.append(search);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(looks).toHaveBeenCalledTimes(1);
    expect(send).not.toHaveBeenCalled();
    looks.mockRestore();
  });

  it('never touches the extension API on a page without a sign-in form, not even after a route change', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<article><p>Just reading.</p><input type="search" name="q"></article>';
    let touches = 0;
    const sendMessage = vi.fn(async () => undefined);
    Object.defineProperty(scope, 'browser', {
      configurable: true,
      get: () => {
        touches += 1;
        return { runtime: { sendMessage } };
      },
    });
    try {
      void detector.main(undefined as never);
      const search = document.createElement('div');
      search.innerHTML = '<input type="search" name="q2">';
      document.body.append(search);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(touches).toBe(0);
      const form = document.createElement('form');
      form.innerHTML = '<input type="password" name="password">';
      document.body.append(form);
      await vi.advanceTimersByTimeAsync(1_000);
      // (Detectors started by the tests above still watch this document: only the call itself is asserted.)
      expect(touches).toBeGreaterThan(0);
      expect(sendMessage).toHaveBeenCalledWith({ type: 'page.inject', input: { kind: 'form' } });
    } finally {
      Object.defineProperty(scope, 'browser', { configurable: true, writable: true, value: original });
    }
  });

  it('starts without throwing when the `browser` global is missing', () => {
    document.body.innerHTML = '<input type="password">';
    scope.browser = undefined;
    expect(() => detector.main(undefined as never)).not.toThrow();
  });
});
