// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { AddEntryForm } from '../../components/AddEntryForm';
import { codeEntry, typeInto } from './code-entry-fixture';
import { click, mount, submit } from './mount';

const uri = 'otpauth://totp/GitHub:alice?secret=JBSWY3DPEHPK3PXP&issuer=GitHub';

describe('AddEntryForm', () => {
  it('adds a pasted otpauth link with the sites it is bound to, then clears the form', async () => {
    const onAdd = vi.fn(async () => ({ ok: true as const, data: codeEntry({ id: 'n', issuer: 'GitHub' }) }));
    const root = mount(<AddEntryForm onAdd={onAdd} />);
    act(() => typeInto(root.querySelector<HTMLInputElement>('input[name="uri"]')!, ` ${uri} `));
    act(() => typeInto(root.querySelector<HTMLInputElement>('textarea[name="origins"]')!, 'https://github.com\n'));
    await submit(root.querySelector('form')!);
    expect(onAdd).toHaveBeenCalledWith({ uri, origins: ['https://github.com'] });
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Added GitHub.');
    expect(root.querySelector<HTMLInputElement>('input[name="uri"]')!.value).toBe('');
  });

  it('adds an HOTP entry typed field by field', async () => {
    const onAdd = vi.fn(async () => ({ ok: true as const, data: codeEntry({ id: 'n', issuer: 'Bank' }) }));
    const root = mount(<AddEntryForm onAdd={onAdd} />);
    await click(root.querySelectorAll<HTMLInputElement>('input[name="mode"]')[1]!);
    const kind = root.querySelector<HTMLSelectElement>('select[name="kind"]')!;
    act(() => {
      kind.value = 'hotp';
      kind.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const input = (name: string) => root.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
    act(() => typeInto(input('issuer'), 'Bank'));
    act(() => typeInto(input('account'), 'bob'));
    act(() => typeInto(input('secret'), 'JBSWY3DPEHPK3PXP'));
    act(() => typeInto(input('counter'), '5'));
    await submit(root.querySelector('form')!);
    expect(onAdd).toHaveBeenCalledWith({
      fields: {
        kind: 'hotp',
        secret: 'JBSWY3DPEHPK3PXP',
        issuer: 'Bank',
        account: 'bob',
        algorithm: 'SHA1',
        digits: 6,
        counter: 5,
      },
      origins: [],
    });
  });

  it('keeps what was typed and shows the reason when the worker refuses', async () => {
    const onAdd = vi.fn(async () => ({
      ok: false as const,
      code: 'OtpUriBadSecret',
      message: 'The secret is not Base32.',
    }));
    const root = mount(<AddEntryForm onAdd={onAdd} />);
    act(() => typeInto(root.querySelector<HTMLInputElement>('input[name="uri"]')!, 'otpauth://totp/x?secret=1'));
    await submit(root.querySelector('form')!);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('The secret is not Base32.');
    expect(root.querySelector<HTMLInputElement>('input[name="uri"]')!.value).toBe('otpauth://totp/x?secret=1');
  });
});
