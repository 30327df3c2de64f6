import { render } from 'preact';
import { effectiveOpacity, MIN_OPACITY } from '../../core/page/check-fillable-field';
import { CONTROL_HOST_TAG, type ControlHandle, type ShowControl } from '../../core/page/control-port';
import { INLINE_CONTROL_CSS, InlineControl } from './InlineControl';

/** The tag of the element that hosts the control. */
export const INLINE_HOST_TAG = CONTROL_HOST_TAG;

export type InlineControlHandle = ControlHandle;

const BUTTONS_WIDTH = 46;
const BUTTON_HEIGHT = 24;

/**
 * Shows the inline control on `anchor` (a field; the top-right corner of the window when null). The control
 * lives in a CLOSED shadow root on a host element whose inline style is all `!important` (`all: initial`, fixed
 * position, the highest z-index, pointer events only on the control itself) and is put back whenever the page
 * changes it; where the browser has popovers the host is shown in the top layer, above anything the page draws.
 * The control follows the anchor on scroll and resize.
 */
export const showInlineControl: ShowControl = (options) => {
  const { doc, anchor } = options;
  const view = doc.defaultView!;
  const host = doc.createElement(INLINE_HOST_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = INLINE_CONTROL_CSS;
  const mount = doc.createElement('div');
  shadow.append(style, mount);

  let hostStyle = '';
  const place = () => {
    const box = anchor?.getBoundingClientRect();
    const left = box ? Math.max(0, box.right - BUTTONS_WIDTH - 4) : view.innerWidth - BUTTONS_WIDTH - 12;
    const top = box ? box.top + Math.max(0, (box.height - BUTTON_HEIGHT) / 2) : 12;
    hostStyle = hostStyleAt(left, top);
    if (host.getAttribute('style') !== hostStyle) host.setAttribute('style', hostStyle);
  };
  place();
  doc.documentElement.append(host);
  if (typeof host.showPopover === 'function') {
    host.setAttribute('popover', 'manual');
    host.showPopover();
  }

  const guard = new view.MutationObserver(() => {
    if (host.getAttribute('style') !== hostStyle) host.setAttribute('style', hostStyle);
    if (host.hasAttribute('hidden')) host.removeAttribute('hidden');
  });
  guard.observe(host, { attributes: true });
  let frame = 0;
  const follow = () => {
    if (frame) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      place();
    });
  };
  view.addEventListener('scroll', follow, { capture: true, passive: true });
  view.addEventListener('resize', follow, { passive: true });

  const handle: InlineControlHandle = {
    host,
    update: (view) => render(<InlineControl {...view} />, mount),
    isIntact: () =>
      host.isConnected &&
      host.getAttribute('style') === hostStyle &&
      effectiveOpacity(host, view) >= MIN_OPACITY &&
      view.getComputedStyle(host).visibility !== 'hidden',
    remove: () => {
      guard.disconnect();
      view.removeEventListener('scroll', follow, { capture: true });
      view.removeEventListener('resize', follow);
      if (frame) view.cancelAnimationFrame(frame);
      render(null, mount);
      host.remove();
    },
  };
  handle.update(options.view);
  return handle;
};

function hostStyleAt(left: number, top: number): string {
  return [
    'all: initial !important',
    'display: block !important',
    'position: fixed !important',
    `left: ${Math.round(left)}px !important`,
    `top: ${Math.round(top)}px !important`,
    'right: auto !important',
    'bottom: auto !important',
    'width: 0 !important',
    'height: 0 !important',
    'margin: 0 !important',
    'padding: 0 !important',
    'border: 0 !important',
    'overflow: visible !important',
    'opacity: 1 !important',
    'visibility: visible !important',
    'transform: none !important',
    'filter: none !important',
    'z-index: 2147483647 !important',
    'pointer-events: none !important',
  ].join('; ');
}
