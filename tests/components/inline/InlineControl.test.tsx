// @vitest-environment happy-dom
/** @jsxImportSource preact */
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { type InlineChoice, InlineControl } from '../../../components/inline/InlineControl';
import { mount } from '../mount';

const CHOICES: InlineChoice[] = [
  { id: 'a', name: 'Sidekey: sign in as alice' },
  { id: 'b', name: 'Sidekey: sign in as bob' },
];

/** Stands in for the browser: events this test dispatches count as the user's. */
const userEvents = () => true;

function setup(extra: { isTrusted?: (event: Event) => boolean; note?: string } = {}) {
  const onChoose = vi.fn();
  const onDismiss = vi.fn();
  const root = mount(
    <InlineControl
      name="Sidekey: fill sign-in"
      closeName="Sidekey: close"
      choices={CHOICES}
      onChoose={onChoose}
      onDismiss={onDismiss}
      {...extra}
    />,
  );
  const named = (name: string) => root.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`);
  const press = (target: Element, key: string) =>
    act(() => {
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    });
  const click = (target: Element) =>
    act(() => {
      (target as HTMLElement).click();
    });
  return { root, onChoose, onDismiss, named, press, click };
}

describe('InlineControl', () => {
  it('is a button named for what it does, closed at first', () => {
    const { named } = setup({ isTrusted: userEvents });
    const button = named('Sidekey: fill sign-in')!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(named('Sidekey: close')).not.toBeNull();
    expect(named('Sidekey: sign in as alice')).toBeNull();
  });

  it('opens a list whose choices each name the account, and answers the chosen one with its event', async () => {
    const { named, click, onChoose, root } = setup({ isTrusted: userEvents });
    await click(named('Sidekey: fill sign-in')!);
    expect([...root.querySelectorAll('[role=menuitem]')].map((item) => item.getAttribute('aria-label'))).toEqual([
      'Sidekey: sign in as alice',
      'Sidekey: sign in as bob',
    ]);
    await click(named('Sidekey: sign in as bob')!);
    expect(onChoose).toHaveBeenCalledOnce();
    expect(onChoose.mock.calls[0]?.[0]).toEqual(CHOICES[1]);
    expect(onChoose.mock.calls[0]?.[1]).toBeInstanceOf(Event);
    expect(named('Sidekey: sign in as bob')).toBeNull();
  });

  it('shows each choice as the words of its name after "Sidekey:", so the visible label is in the name', async () => {
    const { named, click, root } = setup({ isTrusted: userEvents });
    await click(named('Sidekey: fill sign-in')!);
    expect([...root.querySelectorAll('[role=menuitem]')].map((item) => item.textContent)).toEqual([
      'Sign in as alice',
      'Sign in as bob',
    ]);
  });

  it('ignores clicks and keys the page made up (isTrusted false)', async () => {
    const { named, click, press, onChoose, onDismiss, root } = setup();
    await click(named('Sidekey: fill sign-in')!);
    expect(named('Sidekey: sign in as alice')).toBeNull();
    await click(named('Sidekey: close')!);
    await press(root.querySelector('.sidekey')!, 'Escape');
    expect(onChoose).not.toHaveBeenCalled();
    expect(onDismiss).not.toHaveBeenCalled();
  });

  it('acts on no choice from an untrusted click even with the list open', async () => {
    let trusted = true;
    const { named, click, onChoose } = setup({ isTrusted: () => trusted });
    await click(named('Sidekey: fill sign-in')!);
    trusted = false;
    await click(named('Sidekey: sign in as alice')!);
    expect(onChoose).not.toHaveBeenCalled();
  });

  it('closes its list on Escape, then dismisses itself on a second Escape', async () => {
    const { named, click, press, onDismiss, root } = setup({ isTrusted: userEvents });
    await click(named('Sidekey: fill sign-in')!);
    await press(named('Sidekey: sign in as alice')!, 'Escape');
    expect(named('Sidekey: sign in as alice')).toBeNull();
    expect(onDismiss).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(named('Sidekey: fill sign-in'));
    await press(root.querySelector('.sidekey')!, 'Escape');
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('is dismissed by its close button', async () => {
    const { named, click, onDismiss } = setup({ isTrusted: userEvents });
    await click(named('Sidekey: close')!);
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('moves through its choices with the arrow keys, starting on the first', async () => {
    const { named, click, press } = setup({ isTrusted: userEvents });
    await click(named('Sidekey: fill sign-in')!);
    const alice = named('Sidekey: sign in as alice')!;
    expect(document.activeElement).toBe(alice);
    await press(alice, 'ArrowDown');
    expect(document.activeElement).toBe(named('Sidekey: sign in as bob'));
    await press(named('Sidekey: sign in as bob')!, 'ArrowDown');
    expect(document.activeElement).toBe(alice);
    await press(alice, 'ArrowUp');
    expect(document.activeElement).toBe(named('Sidekey: sign in as bob'));
  });

  it('shows a note above the choices', async () => {
    const { named, click, root } = setup({ isTrusted: userEvents, note: 'Unlock Sidekey to fill.' });
    await click(named('Sidekey: fill sign-in')!);
    expect(root.querySelector('.note')?.textContent).toBe('Unlock Sidekey to fill.');
  });
});
