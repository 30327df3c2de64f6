// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { SessionCard, timeLeft } from '../../components/SessionCard';
import { english, readLocale, translateWith } from '../support/translate-messages';
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
    expect(onCopy.mock.calls).toEqual([['idToken'], ['accessToken']]);
    expect(onRefresh).toHaveBeenCalledOnce();
    expect(onSignOut.mock.calls).toEqual([[{ global: false }]]);
  });

  it('asks before signing out everywhere, and does nothing when the person cancels', async () => {
    const { root, onSignOut } = render();
    await click(root.querySelector('.sign-out-everywhere')!);
    expect(root.querySelector('[role="alertdialog"]')?.textContent).toContain('every device');
    await click(root.querySelector('.cancel-everywhere')!);
    expect(root.querySelector('[role="alertdialog"]')).toBeNull();
    expect(onSignOut).not.toHaveBeenCalled();

    await click(root.querySelector('.sign-out-everywhere')!);
    await click(root.querySelector('.confirm-everywhere')!);
    expect(onSignOut.mock.calls).toEqual([[{ global: true }]]);
  });

  it('offers "Sign in on this site" only on one of the pool’s sites, naming the site', async () => {
    expect(render().root.querySelector('.sign-in-site')).toBeNull();
    const onSignIn = vi.fn();
    const root = mount(
      <SessionCard
        session={SESSION}
        now={0}
        busy={false}
        site={{ host: 'localhost:9230', onSignIn }}
        onCopy={vi.fn()}
        onRefresh={vi.fn()}
        onSignOut={vi.fn()}
      />,
    );
    expect(root.querySelector('.site-sign-in')?.textContent).toContain('localhost:9230');
    await click(root.querySelector('.sign-in-site')!);
    expect(onSignIn).toHaveBeenCalledOnce();
  });

  it('counts minutes above two minutes and seconds below', () => {
    expect(timeLeft(120_000, 0, english)).toBe('in 2 min');
    expect(timeLeft(119_000, 0, english)).toBe('in 119 s');
  });

  it('reads in the browser’s language, the name and the time where German puts them', async () => {
    const handlers = { onCopy: vi.fn(), onRefresh: vi.fn(), onSignOut: vi.fn() };
    const site = { host: 'localhost:9230', onSignIn: vi.fn() };
    const root = mount(<SessionCard session={SESSION} now={3_590_000} busy={false} site={site} {...handlers} />, {
      t: translateWith(readLocale('de')),
    });
    expect(root.querySelector('h2')?.textContent).toBe('Angemeldet als walt');
    expect(root.querySelector('h2 .username')?.textContent).toBe('walt');
    expect(root.querySelector('.expiry .time-left')?.textContent).toBe('noch 10 s');
    expect(root.querySelector('.expiry')?.textContent).toMatch(/^Bis .+ \(noch 10 s\)$/);
    expect(root.querySelector('.hint strong')?.textContent).toBe('localhost:9230');
    expect(root.querySelector('.hint')?.textContent).toContain('als walt angemeldet');
    expect(root.querySelector('.sign-out')?.textContent).toBe('Abmelden');
    await click(root.querySelector('.sign-out-everywhere')!);
    expect(root.querySelector('#everywhere-question')?.textContent).toBe(
      'walt auf allen Geräten und in allen Apps abmelden, nicht nur in Sidekey?',
    );
  });
});
