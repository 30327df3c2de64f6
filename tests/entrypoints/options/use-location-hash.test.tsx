// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { useLocationHash } from '../../../entrypoints/options/use-location-hash';
import { mount } from '../../components/mount';

function Shown() {
  return <output>{useLocationHash({ window })}</output>;
}

afterEach(() => {
  window.location.hash = '';
});

describe('useLocationHash', () => {
  it('reads the hash the page was opened with, without its #', () => {
    window.location.hash = '#user-pools';
    const root = mount(<Shown />);
    expect(root.querySelector('output')?.textContent).toBe('user-pools');
  });

  it('follows the hash as it changes', async () => {
    const root = mount(<Shown />);
    await act(async () => {
      window.location.hash = '#security';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(root.querySelector('output')?.textContent).toBe('security');
  });
});
