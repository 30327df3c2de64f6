// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { SessionCard, timeLeft } from '../../components/SessionCard';
import { click, mount } from './mount';

const SESSION = {
  signedIn: true,
  username: 'walt',
  userId: 'sub-1',
  expiresAt: 3_600_000,
  idToken: 'id.token.jwt',
  accessToken: 'access.token.jwt',
};

function render(now = 0) {
  const handlers = { onCopy: vi.fn(), onRefresh: vi.fn(), onSignOut: vi.fn() };
  const root = mount(<SessionCard session={SESSION} now={now} busy={false} {...handlers} />);
  return { root, ...handlers };
}

describe('SessionCard', () => {
  it('shows who is signed in and how long the tokens last, from the shared clock', () => {
    expect(render(0).root.querySelector('.username')?.textContent).toBe('walt');
    expect(render(0).root.querySelector('.time-left')?.textContent).toBe('in 60 min');
    expect(render(3_590_000).root.querySelector('.time-left')?.textContent).toBe('in 10 s');
    expect(render(3_600_000).root.querySelector('.time-left')?.textContent).toBe('expired');
    expect(render(0).root.querySelector('time')?.getAttribute('datetime')).toBe('1970-01-01T01:00:00.000Z');
  });

  it('copies each token, refreshes, and signs out here or everywhere', async () => {
    const { root, onCopy, onRefresh, onSignOut } = render();
    await click(root.querySelector('.copy-id')!);
    await click(root.querySelector('.copy-access')!);
    await click(root.querySelector('.refresh')!);
    await click(root.querySelector('.sign-out')!);
    await click(root.querySelector('.sign-out-everywhere')!);
    expect(onCopy.mock.calls).toEqual([['idToken'], ['accessToken']]);
    expect(onRefresh).toHaveBeenCalledOnce();
    expect(onSignOut.mock.calls).toEqual([[{ global: false }], [{ global: true }]]);
  });

  it('counts minutes above two minutes and seconds below', () => {
    expect(timeLeft(120_000, 0)).toBe('in 2 min');
    expect(timeLeft(119_000, 0)).toBe('in 119 s');
  });
});
