/**
 * Whether any of the mutation records added an `input` element, itself or inside an added subtree. The detector's
 * MutationObserver asks this before it schedules another look: a change that adds no input cannot turn a page
 * without a sign-in field into one with a field (core/page/looks-like-sign-in-page.ts judges inputs only, and the
 * detector observes only added and removed nodes), so it costs a walk of what was added instead of the whole page.
 */
export function addsInput(records: readonly MutationRecord[]): boolean {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (node.nodeType !== 1) continue;
      const element = node as Element;
      // `querySelector` stops at the first input and, unlike a tag-name collection, leaves no object behind.
      if (element.localName === 'input' || element.querySelector('input')) return true;
    }
  }
  return false;
}
