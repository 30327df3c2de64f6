// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { type CodeItem, CodeRow, codeAt, formatCode } from '../../components/CodeRow';
import { codeEntry } from './code-entry-fixture';
import { mount } from './mount';

let root: HTMLElement;

function show(item: CodeItem, now: number, handlers = { onCopy: vi.fn(), onAdvance: vi.fn() }) {
  root = mount(
    <CodeRow
      item={item}
      index={0}
      setSize={1}
      now={now}
      active
      copied={false}
      top={0}
      onFocusRow={vi.fn()}
      {...handlers}
    />,
    { tag: 'ul' },
  );
  return handlers;
}

describe('codeAt', () => {
  const totp = codeEntry({ id: 't', code: '111111', nextCode: '222222', periodEndsAt: 60_000 });

  it('counts down the seconds left in the period', () => {
    expect(codeAt(totp, 40_000)).toEqual({ code: '111111', remaining: 20, upcoming: undefined });
  });

  it('shows the next code during the last five seconds only', () => {
    expect(codeAt(totp, 54_999).upcoming).toBeUndefined();
    expect(codeAt(totp, 55_000).upcoming).toBe('222222');
  });

  it('switches to the next code once the period has ended, before fresh codes arrive', () => {
    expect(codeAt(totp, 61_000)).toEqual({ code: '222222', remaining: 29 });
  });

  it('gives HOTP entries no countdown', () => {
    const hotp = codeEntry({ id: 'h', kind: 'hotp', period: null, periodEndsAt: null, counter: 3 });
    expect(codeAt(hotp, 1)).toEqual({ code: '123456' });
  });
});

describe('formatCode', () => {
  it('splits six and eight digit codes into two halves', () => {
    expect(formatCode('123456')).toBe('123 456');
    expect(formatCode('12345678')).toBe('1234 5678');
    expect(formatCode('1234')).toBe('1234');
  });
});

describe('CodeRow', () => {
  it('copies on click, named by its visible text after a hidden "Copy code:" (label in name, WCAG 2.5.3)', () => {
    const item = codeEntry({ id: 'x', issuer: 'GitHub', account: 'alice' });
    const { onCopy } = show(item, 10_000);
    const button = root.querySelector<HTMLButtonElement>('button.copy')!;
    expect(button.hasAttribute('aria-label')).toBe(false);
    expect(button.querySelector('.visually-hidden')?.textContent).toBe('Copy code: ');
    expect(button.textContent).toBe('Copy code: GitHubalice123 456');
    act(() => button.click());
    expect(onCopy).toHaveBeenCalledWith(item);
  });

  it('draws the countdown ring from the remaining share of the period', () => {
    show(codeEntry({ id: 'x', periodEndsAt: 30_000 }), 15_000);
    const ring = root.querySelector<HTMLElement>('.ring')!;
    expect(Number(ring.style.getPropertyValue('--left'))).toBeCloseTo(0.5, 3);
    expect(ring.textContent).toBe('15');
  });

  it('shows the next code near the end of the period', () => {
    show(codeEntry({ id: 'x', nextCode: '987654', periodEndsAt: 30_000 }), 27_000);
    expect(root.querySelector('.next-code')?.textContent).toBe('next 987 654');
    expect(root.querySelector('.ring.urgent')).not.toBeNull();
  });

  it('offers an HOTP entry a next-code button instead of a ring', () => {
    const hotp = codeEntry({ id: 'h', kind: 'hotp', issuer: 'Bank', period: null, periodEndsAt: null, counter: 0 });
    const { onAdvance } = show(hotp, 10_000);
    expect(root.querySelector('.ring')).toBeNull();
    act(() => root.querySelector<HTMLButtonElement>('button.advance')!.click());
    expect(onAdvance).toHaveBeenCalledWith(hotp);
  });

  it('marks entries bound to the current site', () => {
    show(codeEntry({ id: 'x', boundToOrigin: true }), 0);
    expect(root.querySelector('.badge')?.textContent).toBe('this site');
  });
});
