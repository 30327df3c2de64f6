// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { AddPoolInput, AddPoolReply } from '../../components/AddPoolForm';
import { UserPoolsSection } from '../../components/UserPoolsSection';
import type { PoolProfile } from '../../core/profiles/pool-profile';
import { typeInto } from './code-entry-fixture';
import { click, mount, submit } from './mount';
import { poolProfile } from './pool-fixture';

function render(pools: PoolProfile[] | undefined, answer: AddPoolReply) {
  const onAdd = vi.fn(async (_input: AddPoolInput) => answer);
  const onRemove = vi.fn();
  const root = mount(<UserPoolsSection pools={pools} onAdd={onAdd} onRemove={onRemove} />);
  return { root, onAdd, onRemove };
}

function type(root: HTMLElement, name: string, value: string) {
  act(() => typeInto(root.querySelector<HTMLInputElement>(`[name="${name}"]`)!, value));
}

async function fillAndAdd(root: HTMLElement) {
  type(root, 'label', 'Local');
  type(root, 'userPoolId', 'us-east-1_Local1');
  type(root, 'userPoolClientId', 'client1');
  type(root, 'userPoolEndpoint', 'http://127.0.0.1:9229/');
  type(root, 'origins', 'http://localhost:5173\nhttps://shop.example');
  await submit(root.querySelector('form.add-pool')!);
}

describe('UserPoolsSection', () => {
  it('lists the stored pools with their ids, endpoint and sites', () => {
    const { root } = render([poolProfile({ id: 'p1', label: 'Shop' })], { ok: true, data: poolProfile({ id: 'x' }) });
    expect(root.querySelector('.pool-label')?.textContent).toBe('Shop');
    expect(root.querySelector('.pool-ids')?.textContent).toBe('us-east-1_Local1 · client1');
    expect(root.querySelector('.pool-origins')?.textContent).toBe('Sites: http://localhost:5173');
  });

  it('warns under a pool whose endpoint is not AWS, and not under one on AWS', () => {
    const onAws = poolProfile({ id: 'p1', userPoolEndpoint: 'https://cognito-idp.us-east-1.amazonaws.com/' });
    const elsewhere = poolProfile({ id: 'p2', userPoolEndpoint: 'https://cognito.shop.example/' });
    const { root } = render([onAws, elsewhere], { ok: true, data: poolProfile({ id: 'x' }) });
    const warnings = [...root.querySelectorAll('.pool')].map((row) => row.querySelector('[role="note"]')?.textContent);
    expect(warnings[0]).toBeUndefined();
    expect(warnings[1]).toContain('cognito.shop.example, which is not Amazon Cognito');
  });

  it('hints the local pool’s endpoint', () => {
    const { root } = render([], { ok: true, data: poolProfile({ id: 'x' }) });
    expect(root.querySelector('.empty')?.textContent).toBe('No user pools yet.');
    expect(root.querySelector<HTMLInputElement>('[name="userPoolEndpoint"]')?.placeholder).toBe(
      'http://127.0.0.1:9229/',
    );
  });

  it('fills the local pool’s endpoint on request', async () => {
    const { root } = render([], { ok: true, data: poolProfile({ id: 'x' }) });
    await click(root.querySelector('.use-local-pool')!);
    expect(root.querySelector<HTMLInputElement>('[name="userPoolEndpoint"]')?.value).toBe('http://127.0.0.1:9229/');
  });

  it('adds a pool from the typed fields and clears the form', async () => {
    const { root, onAdd } = render([], { ok: true, data: poolProfile({ id: 'p1' }) });
    await fillAndAdd(root);
    expect(onAdd).toHaveBeenCalledExactlyOnceWith({
      label: 'Local',
      userPoolId: 'us-east-1_Local1',
      userPoolClientId: 'client1',
      userPoolEndpoint: 'http://127.0.0.1:9229/',
      origins: ['http://localhost:5173', 'https://shop.example'],
      hostedUiDomain: undefined,
    });
    expect(root.querySelector<HTMLInputElement>('[name="userPoolId"]')?.value).toBe('');
  });

  it("sends the pool's password policy only when it differs from Cognito's default", async () => {
    const { root, onAdd } = render([], { ok: true, data: poolProfile({ id: 'p1' }) });
    type(root, 'minimumLength', '12');
    await click(root.querySelector<HTMLInputElement>('[name="requireSymbols"]')!);
    await fillAndAdd(root);
    expect(onAdd.mock.calls[0]![0].passwordPolicy).toEqual({
      minimumLength: 12,
      requireLowercase: true,
      requireUppercase: true,
      requireNumbers: true,
      requireSymbols: false,
    });
    expect(root.querySelector<HTMLInputElement>('[name="minimumLength"]')?.value).toBe('8');
    expect(root.querySelector<HTMLInputElement>('[name="requireSymbols"]')?.checked).toBe(true);
    await fillAndAdd(root);
    expect(onAdd.mock.calls[1]![0]).not.toHaveProperty('passwordPolicy');
  });

  it('shows a refusal of the policy under the policy, and lists a stored policy with its pool', async () => {
    const message = '"passwordPolicy.minimumLength" must be a whole number.';
    const { root } = render(
      [
        poolProfile({
          id: 'p1',
          passwordPolicy: {
            minimumLength: 12,
            requireLowercase: true,
            requireUppercase: false,
            requireNumbers: true,
            requireSymbols: false,
          },
        }),
      ],
      { ok: false, code: 'InvalidProfile', field: 'passwordPolicy.minimumLength', message },
    );
    expect(root.querySelector('.pool-policy')?.textContent).toBe('Passwords: 12+ characters with lower case, a number');
    await fillAndAdd(root);
    expect(root.querySelector('fieldset.password-policy #pool-passwordPolicy-error')?.textContent).toBe(message);
  });

  it('shows a refusal under the field the reply names (ProfileExists on the app client id)', async () => {
    const message = 'This user pool and app client are already in Sidekey.';
    const { root } = render([], { ok: false, code: 'ProfileExists', field: 'userPoolClientId', message });
    await fillAndAdd(root);
    expect(root.querySelector('#pool-userPoolClientId-error')?.textContent).toBe(message);
    expect(root.querySelector('[name="userPoolClientId"]')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('shows InvalidOrigin for one of the sites under the sites box', async () => {
    const message = '"http://shop.example" is not https:// (plain http:// is only allowed on localhost).';
    const { root } = render([], { ok: false, code: 'InvalidOrigin', field: 'origins', message });
    await fillAndAdd(root);
    expect(root.querySelector('.field-error')?.textContent).toBe(message);
    expect(root.querySelector('.field-error')?.previousElementSibling?.querySelector('textarea')).not.toBeNull();
  });

  it('places InvalidProfile by its field, not by the words of its message', async () => {
    const message = '"us-east-1" is not a user pool id (like us-east-1_AbC123).';
    const { root } = render([], { ok: false, code: 'InvalidProfile', field: 'userPoolEndpoint', message });
    await fillAndAdd(root);
    expect(root.querySelector('#pool-userPoolEndpoint-error')?.textContent).toBe(message);
    expect(root.querySelector('#pool-userPoolId-error')).toBeNull();
  });

  it('shows a refusal without a field above the button', async () => {
    const message = 'Sidekey’s background worker could not be reached.';
    const { root } = render([], { ok: false, code: 'Unavailable', message });
    await fillAndAdd(root);
    expect(root.querySelector('.field-error')).toBeNull();
    expect(root.querySelector('form.add-pool > .status.error')?.textContent).toBe(message);
  });

  it('asks before removing, saying it signs the user out and forgets remembered devices', async () => {
    const { root, onRemove } = render([poolProfile({ id: 'p1', label: 'Shop' })], {
      ok: true,
      data: poolProfile({ id: 'x' }),
    });
    await click(root.querySelector('.remove')!);
    expect(onRemove).not.toHaveBeenCalled();
    expect(root.querySelector('[role="alertdialog"]')?.textContent).toContain(
      'signs its user out of Sidekey and forgets the devices',
    );
    await click(root.querySelector('.cancel-remove')!);
    expect(root.querySelector('[role="alertdialog"]')).toBeNull();
    await click(root.querySelector('.remove')!);
    await click(root.querySelector('.confirm-remove')!);
    expect(onRemove).toHaveBeenCalledExactlyOnceWith('p1');
  });
});
