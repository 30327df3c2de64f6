import { describe, expect, it } from 'vitest';
import { Outbox, type OutboxMessage } from '../../pool/outbox';

const message = (code: string): OutboxMessage => ({
  userPoolId: 'local_Pool1',
  username: 'alice',
  channel: 'EMAIL',
  destination: 'alice@example.com',
  code,
  purpose: 'SIGN_UP',
  sentAt: 1,
});

describe('Outbox', () => {
  it('keeps messages newest last and prints one line per message through the logger', () => {
    const lines: string[] = [];
    const outbox = new Outbox({ logger: (line) => lines.push(line) });
    outbox.send(message('111111'));
    outbox.send(message('222222'));
    expect(outbox.list().map((sent) => sent.code)).toEqual(['111111', '222222']);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('alice@example.com');
    expect(lines[1]).toContain('SIGN_UP');
    expect(lines[1]).toContain('222222');
  });

  it('forgets everything on clear, and stays silent without a logger', () => {
    const outbox = new Outbox();
    outbox.send(message('333333'));
    outbox.clear();
    expect(outbox.list()).toEqual([]);
  });
});
