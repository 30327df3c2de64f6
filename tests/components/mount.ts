import { type ComponentChild, h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';
import { type Translate, TranslatorContext } from '../../components/translator-context';
import { english } from '../support/translate-messages';

let roots: HTMLElement[] = [];
afterEach(() => {
  for (const root of roots) {
    render(null, root);
    root.remove();
  }
  roots = [];
});

/** The translator each root was mounted with, so {@link rerender} keeps its language. */
const languages = new WeakMap<HTMLElement, Translate>();

/** `node` inside the translator the entrypoints provide: English from public/_locales unless a test picks another. */
const translated = (node: ComponentChild, t: Translate) => h(TranslatorContext.Provider, { value: t }, node);

/**
 * Renders `node` into a fresh element attached to the document; unmounted after each test. `tag` names the
 * element when the component needs a particular parent (a list row inside a `ul`); `t` the language (English).
 */
export function mount(
  node: ComponentChild,
  options: { tag?: keyof HTMLElementTagNameMap; t?: Translate } = {},
): HTMLElement {
  const root = document.createElement(options.tag ?? 'div');
  document.body.append(root);
  roots.push(root);
  const t = options.t ?? english;
  languages.set(root, t);
  act(() => render(translated(node, t), root));
  return root;
}

/**
 * {@link mount} for a component whose effects ask for something as it mounts (an app asking its fake worker):
 * mounts inside an async act, then lets one more round of answers render before it resolves.
 */
export async function mountSettled(
  node: ComponentChild,
  options: Parameters<typeof mount>[1] = {},
): Promise<HTMLElement> {
  let root!: HTMLElement;
  await act(async () => {
    root = mount(node, options);
  });
  await act(async () => {});
  return root;
}

/** Renders `node` again into a root made by {@link mount}: new props for the same component, its state kept. */
export function rerender(root: HTMLElement, node: ComponentChild): void {
  if (!roots.includes(root)) throw new Error('rerender needs a root made by mount in this test.');
  act(() => render(translated(node, languages.get(root) ?? english), root));
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
