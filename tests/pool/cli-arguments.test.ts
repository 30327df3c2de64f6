import { describe, expect, it } from 'vitest';
import { parseCliArguments } from '../../pool/cli-arguments';

describe('parseCliArguments', () => {
  it('defaults to 127.0.0.1:9229 in memory', () => {
    expect(parseCliArguments([])).toEqual({ port: 9229, host: '127.0.0.1' });
  });

  it('reads port, host, seed and data', () => {
    expect(parseCliArguments(['--port', '0', '--host', 'localhost', '--seed', 's.json', '--data', 'd.json'])).toEqual({
      port: 0,
      host: 'localhost',
      seed: 's.json',
      data: 'd.json',
    });
  });

  it('refuses unknown flags, stray arguments and ports that are not ports', () => {
    for (const args of [
      ['--bogus'],
      ['extra'],
      ['--port', 'abc'],
      ['--port', '70000'],
      ['--port', '1.5'],
      ['--port', ''],
    ]) {
      expect(() => parseCliArguments(args)).toThrow();
    }
  });
});
