// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { PoolInput, PoolReply } from '../../components/pool-form-values';
import { UserPoolsSection } from '../../components/UserPoolsSection';
import type { PoolProfile } from '../../core/profiles/pool-profile';
import { readLocale, translateWith } from '../support/translate-messages';
import { typeInto } from './code-entry-fixture';
import { click, mount, submit } from './mount';
import { poolProfile } from './pool-fixture';

const german = translateWith(readLocale('de'));

function render(pools: PoolProfile[] | undefined, answer: PoolReply | PoolReply[]) {
  const answers = Array.isArray(answer) ? answer : [answer];
  const next = () => (answers.length > 1 ? answers.shift()! : answers[0]!);
  const onAdd = vi.fn(async (_input: PoolInput) => next());
  const onUpdate = vi.fn(async (_id: string, _input: PoolInput) => next());
  const onRemove = vi.fn();
  const root = mount(<UserPoolsSection pools={pools} onAdd={onAdd} onUpdate={onUpdate} onRemove={onRemove} />);
  return { root, onAdd, onUpdate, onRemove };
}

function type(root: HTMLElement, name: string, value: string) {
  act(() => typeInto(root.querySelector<HTMLInputElement>(`[name="${name}"]`)!, value));
}

async function fillAndAdd(root: HTMLElement) {
  type(root, 'label', 'Local');
  type(root, 'userPoolId', 'us-east-1_Local1');
  type(root, 'userPoolClientId', 'client1');
  await click(root.querySelector<HTMLInputElement>('form.add-pool [name="location"][value="endpoint"]')!);
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

  it('hints the local pool’s endpoint once another endpoint is chosen', async () => {
    const { root } = render([], { ok: true, data: poolProfile({ id: 'x' }) });
    expect(root.querySelector('.empty')?.textContent).toBe('No user pools yet.');
    expect(root.querySelector('[name="userPoolEndpoint"]')).toBeNull();
    await click(root.querySelector<HTMLInputElement>('[name="location"][value="endpoint"]')!);
    expect(root.querySelector<HTMLInputElement>('[name="userPoolEndpoint"]')?.placeholder).toBe(
      'http://127.0.0.1:9229/',
    );
  });

  it('fills the local pool’s endpoint on request, and warns that it is not Amazon Cognito', async () => {
    const { root } = render([], { ok: true, data: poolProfile({ id: 'x' }) });
    await click(root.querySelector<HTMLInputElement>('[name="location"][value="endpoint"]')!);
    expect(root.querySelector('form.add-pool [role="note"]')).toBeNull();
    await click(root.querySelector('.use-local-pool')!);
    expect(root.querySelector('form.add-pool .pool-location [role="note"]')?.textContent).toContain(
      'go to 127.0.0.1:9229, which is not Amazon Cognito',
    );
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
  it('adds a pool on Amazon Cognito by default, naming no endpoint and no region the pool id already gives', async () => {
    const { root, onAdd } = render([], { ok: true, data: poolProfile({ id: 'p1' }) });
    expect(root.querySelector<HTMLInputElement>('[name="location"][value="aws"]')?.checked).toBe(true);
    type(root, 'userPoolId', 'eu-west-1_AbC123');
    type(root, 'userPoolClientId', 'client1');
    type(root, 'region', 'eu-west-1');
    await submit(root.querySelector('form.add-pool')!);
    const input = onAdd.mock.calls[0]![0];
    expect(input.userPoolEndpoint).toBeUndefined();
    expect(input).not.toHaveProperty('region');
    type(root, 'userPoolId', 'eu-west-1_AbC123');
    type(root, 'userPoolClientId', 'client1');
    type(root, 'region', 'eu-central-1');
    await submit(root.querySelector('form.add-pool')!);
    expect(onAdd.mock.calls[1]![0].region).toBe('eu-central-1');
  });

  it('refuses a region that is not an AWS region name at the region field, sending nothing', async () => {
    const { root, onAdd } = render([], { ok: true, data: poolProfile({ id: 'p1' }) });
    type(root, 'userPoolId', 'us-east-1_AbC123');
    type(root, 'userPoolClientId', 'client1');
    type(root, 'region', 'evil.example/x#');
    await submit(root.querySelector('form.add-pool')!);
    expect(onAdd).not.toHaveBeenCalled();
    expect(root.querySelector('#pool-region-error')?.textContent).toContain('“evil.example/x#” is not an AWS region');
    expect(root.querySelector('[name="region"]')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('shows UserPoolNotFound under the pool id and AppClientNotFound under the app client id', async () => {
    const { root } = render(
      [],
      [
        { ok: false, code: 'UserPoolNotFound', field: 'userPoolId', message: 'No such pool.' },
        { ok: false, code: 'AppClientNotFound', field: 'userPoolClientId', message: 'No such client.' },
      ],
    );
    await fillAndAdd(root);
    expect(root.querySelector('#pool-userPoolId-error')?.textContent).toBe('No such pool.');
    expect(root.querySelector('.save-unchecked')).toBeNull();
    await submit(root.querySelector('form.add-pool')!);
    expect(root.querySelector('#pool-userPoolId-error')).toBeNull();
    expect(root.querySelector('#pool-userPoolClientId-error')?.textContent).toBe('No such client.');
  });

  it('offers to add a pool its server could not check, and adds it with skipCheck when asked', async () => {
    const unchecked: PoolReply = { ok: false, code: 'PoolNotChecked', message: 'Could not reach the server.' };
    const { root, onAdd } = render([], [unchecked, { ok: true, data: poolProfile({ id: 'p1' }) }]);
    await fillAndAdd(root);
    const notice = root.querySelector('form.add-pool > .status.error');
    expect(notice?.textContent).toContain('Could not reach the server.');
    expect(notice?.textContent).toContain('without the check only if you are sure');
    const anyway = root.querySelector<HTMLButtonElement>('.save-unchecked')!;
    expect(anyway.textContent).toBe('Add anyway');
    await click(anyway);
    expect(onAdd).toHaveBeenCalledTimes(2);
    expect(onAdd.mock.calls[0]![0]).not.toHaveProperty('skipCheck');
    expect(onAdd.mock.calls[1]![0]).toEqual({ ...onAdd.mock.calls[0]![0], skipCheck: true });
    expect(root.querySelector('.save-unchecked')).toBeNull();
    expect(root.querySelector<HTMLInputElement>('[name="userPoolId"]')?.value).toBe('');
  });

  it('takes the offer back once a field changes, so a changed pool is checked again', async () => {
    const { root } = render([], { ok: false, code: 'PoolNotChecked', message: 'Could not reach the server.' });
    await fillAndAdd(root);
    expect(root.querySelector('.save-unchecked')).not.toBeNull();
    type(root, 'userPoolClientId', 'client2');
    expect(root.querySelector('.save-unchecked')).toBeNull();
  });

  it('edits a pool in the same form, filled in, and saves its whole settings by its id', async () => {
    const stored = poolProfile({
      id: 'p1',
      label: 'Shop',
      hostedUi: { domain: 'https://auth.shop.example', scopes: ['openid'] },
    });
    const { root, onUpdate, onAdd } = render([stored], { ok: true, data: stored });
    await click(root.querySelector('.pool .edit')!);
    const form = root.querySelector<HTMLFormElement>('form.edit-pool')!;
    expect(form.querySelector('h3')?.textContent).toBe('Edit Shop');
    expect(form.querySelector<HTMLInputElement>('[name="userPoolId"]')?.value).toBe('us-east-1_Local1');
    expect(form.querySelector<HTMLInputElement>('[name="location"][value="endpoint"]')?.checked).toBe(true);
    expect(form.querySelector<HTMLInputElement>('[name="userPoolEndpoint"]')?.value).toBe('http://127.0.0.1:9229/');
    act(() => typeInto(form.querySelector<HTMLInputElement>('[name="label"]')!, 'Shop two'));
    act(() => typeInto(form.querySelector<HTMLTextAreaElement>('[name="origins"]')!, 'https://shop.example'));
    expect(form.querySelector('.ends-session')).toBeNull();
    await submit(form);
    expect(onAdd).not.toHaveBeenCalled();
    expect(onUpdate).toHaveBeenCalledExactlyOnceWith('p1', {
      label: 'Shop two',
      userPoolId: 'us-east-1_Local1',
      userPoolClientId: 'client1',
      userPoolEndpoint: 'http://127.0.0.1:9229/',
      origins: ['https://shop.example'],
      hostedUiDomain: 'https://auth.shop.example',
      scopes: ['openid'],
    });
    expect(root.querySelector('form.edit-pool')).toBeNull();
  });

  it('says when an edit ends the pool’s session: another pool id, app client, endpoint or region', async () => {
    const { root } = render([poolProfile({ id: 'p1' })], { ok: true, data: poolProfile({ id: 'p1' }) });
    await click(root.querySelector('.pool .edit')!);
    const form = root.querySelector<HTMLFormElement>('form.edit-pool')!;
    const endsSession = () => form.querySelector('.ends-session')?.textContent;
    act(() => typeInto(form.querySelector<HTMLInputElement>('[name="userPoolEndpoint"]')!, 'http://127.0.0.1:9229'));
    expect(endsSession()).toBeUndefined();
    act(() => typeInto(form.querySelector<HTMLInputElement>('[name="userPoolEndpoint"]')!, 'http://127.0.0.1:9339/'));
    expect(endsSession()).toContain('signs the pool’s user out of Sidekey');
    act(() => typeInto(form.querySelector<HTMLInputElement>('[name="userPoolEndpoint"]')!, 'http://127.0.0.1:9229/'));
    expect(endsSession()).toBeUndefined();
    act(() => typeInto(form.querySelector<HTMLInputElement>('[name="userPoolClientId"]')!, 'client2'));
    expect(endsSession()).toContain('signs the pool’s user out of Sidekey');
  });

  it('keeps an edit open with its refusal, offers Save anyway, and Cancel restores the row unchanged', async () => {
    const stored = poolProfile({ id: 'p1', label: 'Shop' });
    const { root, onUpdate } = render([stored], { ok: false, code: 'PoolNotChecked', message: 'Unreachable.' });
    await click(root.querySelector('.pool .edit')!);
    const form = root.querySelector<HTMLFormElement>('form.edit-pool')!;
    act(() => typeInto(form.querySelector<HTMLInputElement>('[name="userPoolClientId"]')!, 'client2'));
    await submit(form);
    expect(form.querySelector('.save-unchecked')?.textContent).toBe('Save anyway');
    await click(form.querySelector('.save-unchecked')!);
    expect(onUpdate.mock.calls[1]).toEqual([
      'p1',
      expect.objectContaining({ userPoolClientId: 'client2', skipCheck: true }),
    ]);
    await click(form.querySelector('.cancel-edit')!);
    expect(root.querySelector('form.edit-pool')).toBeNull();
    expect(root.querySelector('.pool-ids')?.textContent).toBe('us-east-1_Local1 · client1');
    await click(root.querySelector('.pool .edit')!);
    expect(root.querySelector<HTMLInputElement>('form.edit-pool [name="userPoolClientId"]')?.value).toBe('client1');
  });

  it('shows an AWS pool’s region in its row, and the form and password policy in German when the browser is', () => {
    const onAws = poolProfile({ id: 'p1', userPoolEndpoint: undefined, region: 'eu-west-1', origins: [] });
    const root = mount(<UserPoolsSection pools={[onAws]} onAdd={vi.fn()} onUpdate={vi.fn()} onRemove={vi.fn()} />, {
      t: german,
    });
    expect(root.querySelector('.pool-region')?.textContent).toBe('Amazon Cognito in eu-west-1');
    expect(root.querySelector('form.add-pool h3')?.textContent).toBe('Benutzerpool hinzufügen');
    expect(root.querySelector('form.add-pool .pool-location legend')?.textContent).toBe('Wo der Pool liegt');
    expect(root.querySelector('form.add-pool .password-policy legend')?.textContent).toContain('Passwortrichtlinie');
    expect(root.querySelector('[name="requireSymbols"]')?.parentElement?.textContent).toBe(
      'Verlangt ein Sonderzeichen',
    );
  });
});
