import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';

let roots: HTMLElement[] = [];
afterEach(() => {
  for (const root of roots) {
    render(null, root);
    root.remove();
  }
  roots = [];
});

/**
 * Renders `node` into a fresh element attached to the document; unmounted after each test. `tag` names the
 * element when the component needs a particular parent (a list row inside a `ul`).
 */
export function mount(node: ComponentChild, options: { tag?: keyof HTMLElementTagNameMap } = {}): HTMLElement {
  const root = document.createElement(options.tag ?? 'div');
  document.body.append(root);
  roots.push(root);
  act(() => render(node, root));
  return root;
}

/** Renders `node` again into a root made by {@link mount}: new props for the same component, its state kept. */
export function rerender(root: HTMLElement, node: ComponentChild): void {
  if (!roots.includes(root)) throw new Error('rerender needs a root made by mount in this test.');
  act(() => render(node, root));
}

/** Submits a form and waits for the async handler and the re-render it causes. */
export async function submit(form: HTMLFormElement): Promise<void> {
  await act(async () => {
    form.dispatchEvent(new Event('submit', { cancelable: true }));
  });
}

/** Clicks a button and waits for what it started. */
export async function click(element: HTMLElement): Promise<void> {
  await act(async () => {
    element.click();
  });
}
