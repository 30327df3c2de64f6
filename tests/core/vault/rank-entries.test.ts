import { describe, expect, it } from 'vitest';
import { rankEntries } from '../../../core/vault/rank-entries';

const cached = (id: string, origins: string[] = []) => ({ id, entry: { origins } });
const ids = (list: Array<{ id: string }>) => list.map((item) => item.id);
const A = 'https://a.example';

describe('rankEntries', () => {
  it('keeps the given order when there is no origin and no limit', () => {
    expect(ids(rankEntries([cached('1'), cached('2'), cached('3')], {}))).toEqual(['1', '2', '3']);
  });

  it('puts entries bound to the origin first, each group keeping its order', () => {
    const sorted = [cached('1'), cached('2', [A]), cached('3'), cached('4', ['https://b.example', A])];
    expect(ids(rankEntries(sorted, { origin: A }))).toEqual(['2', '4', '1', '3']);
  });

  it('cuts the ranked list to the limit, bound entries counted first', () => {
    const sorted = [cached('1'), cached('2'), cached('3', [A]), cached('4'), cached('5', [A])];
    expect(ids(rankEntries(sorted, { origin: A, limit: 3 }))).toEqual(['3', '5', '1']);
    expect(ids(rankEntries(sorted, { limit: 2 }))).toEqual(['1', '2']);
  });

  it('answers only bound entries when more of them than the limit exist', () => {
    const sorted = [cached('1', [A]), cached('2'), cached('3', [A]), cached('4', [A])];
    expect(ids(rankEntries(sorted, { origin: A, limit: 2 }))).toEqual(['1', '3']);
  });

  it('answers everything when the limit is beyond the list, and nothing for a limit of zero', () => {
    const sorted = [cached('1'), cached('2', [A])];
    expect(ids(rankEntries(sorted, { origin: A, limit: 10 }))).toEqual(['2', '1']);
    expect(rankEntries(sorted, { limit: 0 })).toEqual([]);
  });
});
