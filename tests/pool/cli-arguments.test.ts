import { describe, expect, it } from 'vitest';
import { parseCliArguments } from '../../pool/cli-arguments';

describe('parseCliArguments', () => {
  it('defaults to 127.0.0.1:9229 in memory', () => {
    expect(parseCliArguments([])).toEqual({ port: 9229, host: '127.0.0.1', allowOrigins: [] });
  });

  it('reads port, host, seed and data', () => {
    expect(parseCliArguments(['--port', '0', '--host', 'localhost', '--seed', 's.json', '--data', 'd.json'])).toEqual({
      port: 0,
      host: 'localhost',
      seed: 's.json',
      data: 'd.json',
      allowOrigins: [],
    });
  });

  it('reads every --allow-origin as an origin, and refuses one with a path or another scheme', () => {
    const args = ['--allow-origin', 'https://App.example.com/', '--allow-origin', 'http://192.168.1.5:5173'];
    expect(parseCliArguments(args).allowOrigins).toEqual(['https://app.example.com', 'http://192.168.1.5:5173']);
    expect(() => parseCliArguments(['--allow-origin', 'https://app.example.com/login'])).toThrow(/Not an origin/);
    expect(() => parseCliArguments(['--allow-origin', 'ftp://app.example.com'])).toThrow(/Not an origin/);
    expect(() => parseCliArguments(['--allow-origin', 'app.example.com'])).toThrow(/Not an origin/);
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
