// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  INLINE_HOST_TAG,
  type InlineControlHandle,
  showInlineControl,
} from '../../../components/inline/show-inline-control';

let shown: InlineControlHandle[] = [];
afterEach(() => {
  for (const handle of shown) handle.remove();
  shown = [];
  document.body.innerHTML = '';
});

/** Shows the control on a field, keeping the closed shadow root the way only the browser's own tools could. */
function show() {
  document.body.innerHTML = '<form><input name="username"></form>';
  const anchor = document.querySelector('input')!;
  const attach = vi.spyOn(HTMLElement.prototype, 'attachShadow');
  const onChoose = vi.fn();
  let handle!: InlineControlHandle;
  act(() => {
    handle = showInlineControl({
      doc: document,
      anchor,
      view: {
        name: 'Sidekey: fill code',
        closeName: 'Sidekey: close',
        choices: [{ id: 'c', name: 'Sidekey: fill code for alice' }],
        onChoose,
        onDismiss: () => {},
      },
    });
  });
  shown.push(handle);
  const shadow = attach.mock.results[0]?.value as ShadowRoot;
  attach.mockRestore();
  return { handle, shadow, onChoose };
}

describe('showInlineControl', () => {
  it('puts the control in a closed shadow root the page cannot open', () => {
    const { handle, shadow } = show();
    expect(handle.host.tagName.toLowerCase()).toBe(INLINE_HOST_TAG);
    expect(handle.host.shadowRoot).toBeNull();
    expect(shadow.mode).toBe('closed');
    expect(shadow.querySelector('button[aria-label="Sidekey: fill code"]')).not.toBeNull();
    expect(document.querySelector('button')).toBeNull();
  });

  it('styles its host with !important rules a page style sheet cannot override', () => {
    const { handle } = show();
    const style = handle.host.getAttribute('style') ?? '';
    for (const rule of [
      'all: initial !important',
      'position: fixed !important',
      'z-index: 2147483647 !important',
      'pointer-events: none !important',
      'opacity: 1 !important',
    ]) {
      expect(style).toContain(rule);
    }
  });

  it('puts its style back when the page changes it, and reports the tampering until then', async () => {
    const { handle } = show();
    const ours = handle.host.getAttribute('style');
    handle.host.setAttribute('style', 'opacity: 0.01');
    expect(handle.isIntact()).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(handle.host.getAttribute('style')).toBe(ours);
    expect(handle.isIntact()).toBe(true);
  });

  it('counts as tampered with when the page fades an ancestor of the host', () => {
    const { handle } = show();
    document.documentElement.style.opacity = '0.1';
    expect(handle.isIntact()).toBe(false);
    document.documentElement.style.opacity = '';
    expect(handle.isIntact()).toBe(true);
  });

  it('takes everything away on remove', () => {
    const { handle } = show();
    handle.remove();
    shown = [];
    expect(document.querySelector(INLINE_HOST_TAG)).toBeNull();
    expect(handle.isIntact()).toBe(false);
  });
});
