// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { EntryEditor } from '../../components/EntryEditor';
import { codeEntry, typeInto } from './code-entry-fixture';
import { click, mount, submit } from './mount';

const entry = codeEntry({ id: 'e1', issuer: 'GitHub', account: 'alice', origins: ['https://github.com'] });

function setup() {
  const onUpdate = vi.fn(async () => ({ ok: true as const, data: entry }));
  const onDelete = vi.fn(async () => ({ ok: true as const, data: { deleted: true as const } }));
  const root = mount(
    <ul>
      <EntryEditor entry={entry} onUpdate={onUpdate} onDelete={onDelete} />
    </ul>,
  );
  return { root, onUpdate, onDelete };
}

describe('EntryEditor', () => {
  it('saves a new name and the bound sites', async () => {
    const { root, onUpdate } = setup();
    act(() => typeInto(root.querySelector<HTMLInputElement>('input[name="issuer"]')!, 'GitHub Enterprise'));
    act(() =>
      typeInto(root.querySelector<HTMLInputElement>('textarea')!, 'https://github.com, https://ghe.example.com'),
    );
    await submit(root.querySelector('form')!);
    expect(onUpdate).toHaveBeenCalledWith({
      id: 'e1',
      issuer: 'GitHub Enterprise',
      account: 'alice',
      origins: ['https://github.com', 'https://ghe.example.com'],
    });
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Saved.');
  });

  it('deletes only after the second, explicit confirmation', async () => {
    const { root, onDelete } = setup();
    await click(root.querySelector<HTMLButtonElement>('button[name="delete"]')!);
    expect(onDelete).not.toHaveBeenCalled();
    expect(root.textContent).toContain('Delete GitHub for good?');
    await click(root.querySelector<HTMLButtonElement>('button[name="confirm-delete"]')!);
    expect(onDelete).toHaveBeenCalledWith('e1');
  });

  it('can step back from deleting', async () => {
    const { root, onDelete } = setup();
    await click(root.querySelector<HTMLButtonElement>('button[name="delete"]')!);
    await click([...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Keep')!);
    expect(root.querySelector('button[name="confirm-delete"]')).toBeNull();
    expect(onDelete).not.toHaveBeenCalled();
  });
});
