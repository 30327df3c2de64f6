// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { SitePoolOffer, type SitePoolOfferProps } from '../../components/SitePoolOffer';
import { readLocale, translateWith } from '../support/translate-messages';
import { click, mount } from './mount';

const POOL = {
  origin: 'https://app.example.com',
  userPoolId: 'eu-west-1_AbC123',
  userPoolClientId: 'client1',
  region: 'eu-west-1',
};

function show(props: Partial<SitePoolOfferProps> = {}, options: Parameters<typeof mount>[1] = {}) {
  const handlers = { onAdd: vi.fn(), onDismiss: vi.fn() };
  const root = mount(<SitePoolOffer pool={POOL} busy={false} {...handlers} {...props} />, options);
  return { root, ...handlers };
}

const shownRows = (root: HTMLElement) =>
  [...root.querySelectorAll('dl > div')].map((row) => [
    row.querySelector('dt')?.textContent,
    row.querySelector('dd')?.textContent,
  ]);

describe('SitePoolOffer', () => {
  it('names the site and shows the region, pool and app client for a developer to check', () => {
    const { root } = show();
    expect(root.querySelector('#site-pool-offer-title')?.textContent).toBe('Add this site’s user pool to Sidekey');
    expect(root.querySelector('section')?.getAttribute('aria-labelledby')).toBe('site-pool-offer-title');
    expect(root.querySelector('p')?.textContent).toContain('app.example.com signs in with this Amazon Cognito');
    expect(shownRows(root)).toEqual([
      ['Region', 'eu-west-1'],
      ['User pool id', 'eu-west-1_AbC123'],
      ['App client id', 'client1'],
    ]);
  });

  it('shows the endpoint of a pool that is not on AWS', () => {
    const { root } = show({ pool: { ...POOL, userPoolEndpoint: 'http://127.0.0.1:9229/' } });
    expect(shownRows(root)).toContainEqual(['Endpoint', 'http://127.0.0.1:9229/']);
  });

  it('adds the pool with its check on a click of the button named Sidekey: add user pool', async () => {
    const { root, onAdd } = show();
    const add = root.querySelector<HTMLButtonElement>('button.add-site-pool')!;
    expect(add.getAttribute('aria-label')).toBe('Sidekey: add user pool');
    expect(add.textContent).toBe('Add user pool');
    await click(add);
    expect(onAdd).toHaveBeenCalledWith({ skipCheck: false });
  });

  it('is dismissed by the button named Sidekey: not now', async () => {
    const { root, onDismiss, onAdd } = show();
    const dismiss = root.querySelector<HTMLButtonElement>('button.dismiss-site-pool')!;
    expect(dismiss.getAttribute('aria-label')).toBe('Sidekey: not now');
    await click(dismiss);
    expect(onDismiss).toHaveBeenCalledOnce();
    expect(onAdd).not.toHaveBeenCalled();
  });

  it('shows a failure as an alert and keeps the offer to try again', async () => {
    const { root, onAdd } = show({ error: { text: 'There is no such user pool.', unchecked: false } });
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('There is no such user pool.');
    await click(root.querySelector<HTMLButtonElement>('button.add-site-pool')!);
    expect(onAdd).toHaveBeenCalledWith({ skipCheck: false });
  });

  it('offers Add anyway, without the check, when the pool’s server could not be asked', async () => {
    const { root, onAdd } = show({ error: { text: 'Could not reach the pool.', unchecked: true } });
    const add = root.querySelector<HTMLButtonElement>('button.add-site-pool')!;
    expect(add.textContent).toBe('Add anyway');
    expect(add.getAttribute('aria-label')).toBe('Sidekey: add anyway');
    await click(add);
    expect(onAdd).toHaveBeenCalledWith({ skipCheck: true });
  });

  it('disables both buttons while the pool is being added', () => {
    const { root } = show({ busy: true });
    expect([...root.querySelectorAll('button')].map((button) => button.disabled)).toEqual([true, true]);
  });

  it('reads in German with the German messages, its button names still beginning with Sidekey', () => {
    const { root } = show({}, { t: translateWith(readLocale('de')) });
    expect(root.querySelector('#site-pool-offer-title')?.textContent).toBe(
      'Den Benutzerpool dieser Website zu Sidekey hinzufügen',
    );
    expect(root.querySelector('p')?.textContent).toContain('app.example.com meldet sich');
    for (const button of root.querySelectorAll('button'))
      expect(button.getAttribute('aria-label')).toMatch(/^Sidekey:/);
  });
});
