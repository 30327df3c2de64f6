// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { CountdownRing } from '../../components/CountdownRing';
import { mount, rerender } from './mount';

let root: HTMLElement;

/** The share of the period the ring shows left (what its conic gradient fills). */
const shareLeft = () => Number(root.querySelector<HTMLElement>('.ring')!.style.getPropertyValue('--left'));

describe('CountdownRing', () => {
  it('is full at the start of a period and empty at its end', () => {
    root = mount(<CountdownRing remaining={30} period={30} />);
    expect(shareLeft()).toBeCloseTo(1, 3);
    rerender(root, <CountdownRing remaining={0} period={30} />);
    expect(shareLeft()).toBeCloseTo(0, 3);
  });

  it('turns urgent in the last five seconds and shows whole seconds left', () => {
    root = mount(<CountdownRing remaining={5.4} period={30} />);
    expect(root.querySelector('.ring')?.classList.contains('urgent')).toBe(false);
    expect(root.querySelector('.ring')?.textContent).toBe('6');
    rerender(root, <CountdownRing remaining={4.2} period={30} />);
    expect(root.querySelector('.ring')?.classList.contains('urgent')).toBe(true);
  });

  it('is hidden from assistive technology (the row names the code)', () => {
    root = mount(<CountdownRing remaining={10} period={30} />);
    expect(root.querySelector('.ring')?.getAttribute('aria-hidden')).toBe('true');
  });
});
