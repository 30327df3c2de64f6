// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { addsInput } from '../../../core/page/adds-input';

/** Mutation records adding `nodes`, as a MutationObserver hands them over (only addedNodes is read). */
const added = (...nodes: Node[]) => [{ addedNodes: nodes } as unknown as MutationRecord];

function element(html: string): Element {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content.firstElementChild!;
}

describe('addsInput', () => {
  it('answers yes for an added input, and for an input anywhere inside an added subtree', () => {
    expect(addsInput(added(element('<input type="text">')))).toBe(true);
    expect(addsInput(added(element('<main><section><form><input type="password"></form></section></main>')))).toBe(
      true,
    );
  });

  it('answers no for added elements and text without an input, removals and no records at all', () => {
    expect(addsInput(added(element('<section><p>More</p><textarea></textarea></section>')))).toBe(false);
    expect(addsInput(added(document.createTextNode('input'), document.createComment('<input>')))).toBe(false);
    expect(addsInput([{ addedNodes: [], removedNodes: [element('<input>')] } as unknown as MutationRecord])).toBe(
      false,
    );
    expect(addsInput([])).toBe(false);
  });

  it('finds the input in a later record after records that add none', () => {
    const records = [...added(element('<p>1</p>')), ...added(element('<p>2</p>'), element('<div><input></div>'))];
    expect(addsInput(records)).toBe(true);
  });
});
