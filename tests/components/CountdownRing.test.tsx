// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CountdownRing } from '../../components/CountdownRing';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const offsetShare = () => {
  const fill = root.querySelector('.ring-fill')!;
  return Number(fill.getAttribute('stroke-dashoffset')) / Number(fill.getAttribute('stroke-dasharray'));
};

describe('CountdownRing', () => {
  it('is full at the start of a period and empty at its end', () => {
    render(<CountdownRing remaining={30} period={30} />, root);
    expect(offsetShare()).toBeCloseTo(0, 3);
    render(<CountdownRing remaining={0} period={30} />, root);
    expect(offsetShare()).toBeCloseTo(1, 3);
  });

  it('turns urgent in the last five seconds and shows whole seconds left', () => {
    render(<CountdownRing remaining={5.4} period={30} />, root);
    expect(root.querySelector('svg')?.classList.contains('urgent')).toBe(false);
    expect(root.querySelector('.ring-text')?.textContent).toBe('6');
    render(<CountdownRing remaining={4.2} period={30} />, root);
    expect(root.querySelector('svg')?.classList.contains('urgent')).toBe(true);
  });

  it('is hidden from assistive technology (the row names the code)', () => {
    render(<CountdownRing remaining={10} period={30} />, root);
    expect(root.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });
});
