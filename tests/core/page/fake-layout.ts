/**
 * happy-dom has no layout: these give elements a box and the document a hit test, the two things the fill checks
 * read from layout (getBoundingClientRect and elementFromPoint).
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Gives `element` the box `box`. */
export function placeBox(element: Element, box: Box): void {
  const rect = { ...box, x: box.left, y: box.top, right: box.left + box.width, bottom: box.top + box.height };
  element.getBoundingClientRect = () => ({ ...rect, toJSON: () => rect }) as DOMRect;
}

/**
 * Makes `doc.elementFromPoint` answer the last element in `stack` (the topmost) whose box holds the point, as the
 * browser would for elements painted in that order.
 */
export function stackElements(doc: Document, stack: Element[]): void {
  doc.elementFromPoint = (x: number, y: number) =>
    stack.findLast((element) => {
      const box = element.getBoundingClientRect();
      return x >= box.left && x < box.right && y >= box.top && y < box.bottom;
    }) ?? null;
}
