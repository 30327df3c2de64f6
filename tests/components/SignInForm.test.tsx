// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { SignInForm } from '../../components/SignInForm';
import { typeInto } from './code-entry-fixture';
import { mount, submit } from './mount';
import { poolProfile } from './pool-fixture';

function render(pool = poolProfile({ id: 'p1' })) {
  const handlers = { onSignIn: vi.fn(), onRedirect: vi.fn() };
  const root = mount(<SignInForm pool={pool} busy={false} {...handlers} />);
  return { root, ...handlers };
}

function choose(root: HTMLElement, flow: string) {
  const select = root.querySelector<HTMLSelectElement>('select[name="flow"]')!;
  act(() => {
    select.value = flow;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

async function signIn(root: HTMLElement, fields: { username: string; password?: string }) {
  act(() => typeInto(root.querySelector<HTMLInputElement>('input[name="username"]')!, fields.username));
  if (fields.password !== undefined) {
    act(() => typeInto(root.querySelector<HTMLInputElement>('input[name="password"]')!, fields.password!));
  }
  await submit(root.querySelector('form')!);
}

describe('SignInForm', () => {
  it('signs in with SRP by default, sending no flow options', async () => {
    const { root, onSignIn } = render();
    await signIn(root, { username: ' walt ', password: 'Pass-word-1' });
    expect(onSignIn).toHaveBeenCalledExactlyOnceWith({ username: 'walt', password: 'Pass-word-1' });
  });

  it('sends USER_PASSWORD_AUTH for the "password" flow', async () => {
    const { root, onSignIn } = render();
    choose(root, 'password');
    await signIn(root, { username: 'walt', password: 'Pass-word-1' });
    expect(onSignIn).toHaveBeenCalledExactlyOnceWith({
      username: 'walt',
      password: 'Pass-word-1',
      options: { authFlowType: 'USER_PASSWORD_AUTH' },
    });
  });

  it('sends USER_AUTH without a preference and without a password for "choose a factor"', async () => {
    const { root, onSignIn } = render();
    choose(root, 'choose');
    expect(root.querySelector('input[name="password"]')).toBeNull();
    await signIn(root, { username: 'walt' });
    expect(onSignIn).toHaveBeenCalledExactlyOnceWith({ username: 'walt', options: { authFlowType: 'USER_AUTH' } });
  });

  it('sends USER_AUTH preferring EMAIL_OTP for "email code"', async () => {
    const { root, onSignIn } = render();
    choose(root, 'email');
    await signIn(root, { username: 'walt' });
    expect(onSignIn).toHaveBeenCalledExactlyOnceWith({
      username: 'walt',
      options: { authFlowType: 'USER_AUTH', preferredChallenge: 'EMAIL_OTP' },
    });
  });

  it('offers the custom challenge after the password, with client metadata read from key=value lines', async () => {
    const { root, onSignIn } = render();
    choose(root, 'customSrp');
    const metadata = root.querySelector<HTMLTextAreaElement>('textarea[name="clientMetadata"]')!;
    act(() => typeInto(metadata, 'purpose = demo\n\nlang=en'));
    await signIn(root, { username: 'carl', password: 'Carl-pass-1' });
    expect(onSignIn).toHaveBeenCalledExactlyOnceWith({
      username: 'carl',
      password: 'Carl-pass-1',
      options: { authFlowType: 'CUSTOM_WITH_SRP', clientMetadata: { purpose: 'demo', lang: 'en' } },
    });
  });

  it('sends CUSTOM_WITHOUT_SRP without a password, under the Advanced disclosure', async () => {
    const { root, onSignIn } = render();
    expect(root.querySelector('details.advanced summary')?.textContent).toBe('Advanced');
    choose(root, 'custom');
    expect(root.querySelector('input[name="password"]')).toBeNull();
    await signIn(root, { username: 'carl' });
    expect(onSignIn).toHaveBeenCalledExactlyOnceWith({
      username: 'carl',
      options: { authFlowType: 'CUSTOM_WITHOUT_SRP' },
    });
  });

  it('says at the metadata field which line is not a key=value pair, and does not sign in', async () => {
    const { root, onSignIn } = render();
    const metadata = root.querySelector<HTMLTextAreaElement>('textarea[name="clientMetadata"]')!;
    act(() => typeInto(metadata, 'just words'));
    await signIn(root, { username: 'carl', password: 'Carl-pass-1' });
    expect(onSignIn).not.toHaveBeenCalled();
    expect(root.querySelector('#client-metadata-error')?.textContent).toBe(
      'Write each line as key=value (“just words” is not).',
    );
    expect(metadata.getAttribute('aria-invalid')).toBe('true');
  });

  it('offers the hosted sign-in page only when the pool has one, and then redirects', async () => {
    const plain = render();
    const flows = () => [...plain.root.querySelectorAll('option')].map((option) => option.value);
    expect(flows()).toEqual(['srp', 'password', 'choose', 'email', 'passkey', 'customSrp', 'custom']);
    const hosted = render(
      poolProfile({ id: 'p2', hostedUi: { domain: 'https://auth.example.com', scopes: ['openid'] } }),
    );
    choose(hosted.root, 'hosted');
    expect(hosted.root.querySelector('input[name="username"]')).toBeNull();
    await submit(hosted.root.querySelector('form')!);
    expect(hosted.onRedirect).toHaveBeenCalledOnce();
    expect(hosted.onRedirect).toHaveBeenCalledWith(undefined);
    expect(hosted.onSignIn).not.toHaveBeenCalled();
  });

  it('signs in through the hosted page with a social provider or a named OIDC/SAML one', async () => {
    const { root, onRedirect } = render(
      poolProfile({ id: 'p2', hostedUi: { domain: 'https://auth.example.com', scopes: ['openid'] } }),
    );
    choose(root, 'hosted');
    const provider = root.querySelector<HTMLSelectElement>('select[name="provider"]')!;
    const pick = (value: string) =>
      act(() => {
        provider.value = value;
        provider.dispatchEvent(new Event('change', { bubbles: true }));
      });
    expect([...provider.options].map((option) => option.title)).toEqual([
      'identity_provider=COGNITO',
      'identity_provider=Google',
      'identity_provider=SignInWithApple',
      'identity_provider=Facebook',
      'identity_provider=LoginWithAmazon',
      'identity_provider=OIDC / SAML',
    ]);
    pick('Apple');
    await submit(root.querySelector('form')!);
    expect(onRedirect).toHaveBeenLastCalledWith('Apple');

    pick('custom');
    await submit(root.querySelector('form')!);
    expect(onRedirect).toHaveBeenCalledTimes(1);
    const name = root.querySelector<HTMLInputElement>('input[name="providerName"]')!;
    expect(root.querySelector('#provider-name-error')?.textContent).toBe('Type the name the pool gives this provider.');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    act(() => typeInto(name, ' AcmeOkta '));
    await submit(root.querySelector('form')!);
    expect(onRedirect).toHaveBeenLastCalledWith({ custom: 'AcmeOkta' });
    expect(root.querySelector('#provider-name-error')).toBeNull();
  });
});
