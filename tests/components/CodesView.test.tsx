// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { CodeItem } from '../../components/CodeRow';
import { CodesView, filterCodes } from '../../components/CodesView';
import { codeEntry, press, typeInto } from './code-entry-fixture';
import { mount } from './mount';

const codes = [
  codeEntry({ id: 'a', issuer: 'GitHub', account: 'alice', code: '111111' }),
  codeEntry({ id: 'b', issuer: 'AWS', account: 'ops@corp.example', code: '222222' }),
  codeEntry({ id: 'c', issuer: 'Gitea', account: 'bob', code: '333333' }),
];

let root: HTMLElement;

function show(list: CodeItem[], onCopy = vi.fn()) {
  root = mount(<CodesView codes={list} now={10_000} optionsUrl="/options.html" onCopy={onCopy} onAdvance={vi.fn()} />);
  return { onCopy, search: root.querySelector<HTMLInputElement>('input.search')! };
}
const rowCodes = () => [...root.querySelectorAll('.code')].map((element) => element.textContent);
const focusedEntry = () => (document.activeElement as HTMLElement | null)?.dataset.entryId;

describe('CodesView', () => {
  it('filters by issuer or account as the user types, ignoring case', () => {
    const { search } = show(codes);
    act(() => typeInto(search, 'git'));
    expect(rowCodes()).toEqual(['111 111', '333 333']);
    act(() => typeInto(search, 'CORP'));
    expect(rowCodes()).toEqual(['222 222']);
    act(() => typeInto(search, 'nothing-like-this'));
    expect(root.textContent).toContain('No code matches');
  });

  it('keeps entries that contain every word of the query', () => {
    expect(filterCodes(codes, 'gitea bob').map((item) => item.id)).toEqual(['c']);
    expect(filterCodes(codes, '  ').map((item) => item.id)).toEqual(['a', 'b', 'c']);
  });

  it('moves through the rows with the arrow keys and returns to search from the first row', () => {
    const { search } = show(codes);
    search.focus();
    act(() => press(search, 'ArrowDown'));
    expect(focusedEntry()).toBe('a');
    act(() => press(document.activeElement!, 'ArrowDown'));
    expect(focusedEntry()).toBe('b');
    act(() => press(document.activeElement!, 'End'));
    expect(focusedEntry()).toBe('c');
    act(() => press(document.activeElement!, 'Home'));
    act(() => press(document.activeElement!, 'ArrowUp'));
    expect(document.activeElement).toBe(search);
  });

  it('gives only the active row a tab stop and marks it visibly', () => {
    const { search } = show(codes);
    act(() => press(search, 'ArrowDown'));
    act(() => press(document.activeElement!, 'ArrowDown'));
    const tabStops = [...root.querySelectorAll<HTMLButtonElement>('button.copy')].map((button) => button.tabIndex);
    expect(tabStops).toEqual([-1, 0, -1]);
    expect(root.querySelector('.row.active button.copy')?.getAttribute('data-entry-id')).toBe('b');
  });

  it('copies the first match when Enter is pressed in search', () => {
    const { search, onCopy } = show(codes);
    act(() => typeInto(search, 'aws'));
    act(() => press(search, 'Enter'));
    expect(onCopy).toHaveBeenCalledWith(codes[1]);
  });

  it('copies the clicked row', () => {
    const { onCopy } = show(codes);
    act(() => root.querySelector<HTMLButtonElement>('button[data-entry-id="c"]')!.click());
    expect(onCopy).toHaveBeenCalledWith(codes[2]);
  });

  it('focuses search on "/" and clears it on Escape', () => {
    const { search } = show(codes);
    act(() => typeInto(search, 'aws'));
    act(() => press(search, 'ArrowDown'));
    expect(focusedEntry()).toBe('b');
    act(() => press(document.activeElement!, '/'));
    expect(document.activeElement).toBe(search);
    act(() => press(search, 'Escape'));
    expect(search.value).toBe('');
    expect(rowCodes()).toHaveLength(3);
  });

  it('keeps only the visible rows in the DOM for a thousand entries and reaches the last with End', () => {
    const many = Array.from({ length: 1000 }, (_, index) =>
      codeEntry({ id: `e${index}`, issuer: `Issuer ${index}`, code: String(100000 + index) }),
    );
    const { search } = show(many);
    expect(root.querySelectorAll('.row').length).toBeLessThan(20);
    act(() => press(search, 'ArrowDown'));
    act(() => press(document.activeElement!, 'End'));
    expect(focusedEntry()).toBe('e999');
    expect(root.querySelectorAll('.row').length).toBeLessThan(20);
    expect(root.querySelector('.row.active')?.getAttribute('aria-posinset')).toBe('1000');
  });

  it('shows how to add a code when the vault is empty', () => {
    show([]);
    expect(root.querySelector('a')?.getAttribute('href')).toBe('/options.html');
    expect(root.textContent).toContain('No codes yet');
  });
});
