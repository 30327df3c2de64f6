import { describe, expect, it } from 'vitest';
import { createAreaStorage } from '../../../core/storage/create-area-storage';
import { memoryArea } from './memory-area';

describe('createAreaStorage', () => {
  it('stores values under its prefix and reads them back', async () => {
    const area = memoryArea();
    const storage = createAreaStorage({ area, prefix: 'p1:' });
    await storage.setItem('token', 'abc');
    expect(await storage.getItem('token')).toBe('abc');
    expect([...area.data.keys()]).toEqual(['p1:token']);
  });

  it('answers null for a missing key or a value that is not a string', async () => {
    const area = memoryArea();
    await area.set({ 'p1:odd': 42 });
    const storage = createAreaStorage({ area, prefix: 'p1:' });
    expect(await storage.getItem('missing')).toBeNull();
    expect(await storage.getItem('odd')).toBeNull();
  });

  it('clears only its own keys', async () => {
    const area = memoryArea();
    const first = createAreaStorage({ area, prefix: 'p1:' });
    const second = createAreaStorage({ area, prefix: 'p2:' });
    await first.setItem('a', '1');
    await second.setItem('a', '2');
    await first.clear();
    expect(await first.getItem('a')).toBeNull();
    expect(await second.getItem('a')).toBe('2');
  });
});
