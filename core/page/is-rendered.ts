/**
 * Whether `element` takes part in the page's rendering: neither it nor an ancestor is `display: none`, carries
 * `hidden`, or is `visibility: hidden`/`collapse` (inherited, so the element's own computed value is enough).
 * Layout is not consulted, so this also works where there is none (Node tests); sizes and covering are checked
 * by core/page/check-fillable-field.ts.
 */
export function isRendered(element: Element, view: Window): boolean {
  const own = view.getComputedStyle(element);
  if (own.visibility === 'hidden' || own.visibility === 'collapse') return false;
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.hasAttribute('hidden') || view.getComputedStyle(node).display === 'none') return false;
  }
  return true;
}
