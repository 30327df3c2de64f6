import { isRendered } from './is-rendered';

/** Below this product of the field's and its ancestors' computed opacity a field counts as faded (clickjacking). */
export const MIN_OPACITY = 0.7;

/** Why a field may not be filled. */
export type FieldRefusal = 'disabled' | 'hidden' | 'faded' | 'zero-size' | 'covered';

/**
 * Whether the user can really see `field` before Sidekey writes into it: enabled and editable; rendered (no
 * `display: none`, `visibility: hidden` or `hidden` up its ancestry); the product of the computed opacity of the
 * field and every ancestor (across shadow roots) at least {@link MIN_OPACITY}; not zero-sized; and the topmost
 * element at its centre is the field itself or inside it — anything else on top (a lure, an overlay) refuses.
 * `ownHost` is Sidekey's own inline-control host, which never counts as covering. Answers null when fillable.
 */
export function checkFillableField(
  field: HTMLInputElement,
  view: Window,
  options: { ownHost?: Element } = {},
): FieldRefusal | null {
  if (field.disabled || field.readOnly) return 'disabled';
  if (!isRendered(field, view)) return 'hidden';
  if (effectiveOpacity(field, view) < MIN_OPACITY) return 'faded';
  const box = field.getBoundingClientRect();
  if (!(box.width >= 1 && box.height >= 1)) return 'zero-size';
  const root = field.getRootNode() as Document | ShadowRoot;
  const hit = root.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  const ownHost = options.ownHost;
  if (!hit || (hit !== field && !field.contains(hit) && !(ownHost && (hit === ownHost || ownHost.contains(hit))))) {
    return 'covered';
  }
  return null;
}

/** The effective opacity: the product of the element's and each ancestor's computed opacity, through shadow hosts. */
export function effectiveOpacity(element: Element, view: Window): number {
  let opacity = 1;
  for (let node: Element | null = element; node; node = parentAcrossShadow(node)) {
    const value = Number.parseFloat(view.getComputedStyle(node).opacity);
    if (Number.isFinite(value)) opacity *= value;
  }
  return opacity;
}

function parentAcrossShadow(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return 'host' in root ? (root as ShadowRoot).host : null;
}
