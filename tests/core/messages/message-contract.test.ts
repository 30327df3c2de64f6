import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../core/messages/create-router';
import type { ContractHandlers, ContractReply } from '../../../core/messages/message-contract';
import { object, parser, string } from '../../../core/messages/shape';
import { extensionId, popup } from './extension-senders';

/** A one-request family, declared as core/profiles/account-messages.ts declares the accounts'. */
interface GreetRequests {
  'greet.hello': { input: { name: string }; output: { text: string }; errors: 'NoSuchName' };
}

describe('message contracts', () => {
  it('type a handler table from the declaration, and a conforming table answers through the router', async () => {
    const handlers = {
      'greet.hello': {
        from: ['extension-page'],
        parse: parser(object({ name: string() })),
        run: ({ name }) => ({ text: `hello ${name}` }),
      },
    } satisfies ContractHandlers<GreetRequests, unknown>;
    const route = createRouter({
      extensionId,
      extensionOrigin: `chrome-extension://${extensionId}/`,
      handlers,
      context: {},
    });
    const reply = (await route({ type: 'greet.hello', input: { name: 'ann' } }, popup)) as ContractReply<
      GreetRequests,
      'greet.hello'
    >;
    expect(reply).toEqual({ ok: true, data: { text: 'hello ann' } });
  });

  it('make a handler that answers another output, or reads another input, a compile error', () => {
    const wrongOutput = {
      'greet.hello': {
        from: ['extension-page'],
        parse: parser(object({ name: string() })),
        // @ts-expect-error the contract's output is { text }.
        run: ({ name }) => ({ greeting: name }),
      },
    } satisfies ContractHandlers<GreetRequests, unknown>;
    const wrongInput = {
      'greet.hello': {
        from: ['extension-page'],
        // @ts-expect-error the contract's input is { name }.
        parse: parser(object({ nickname: string() })),
        run: () => ({ text: 'hello' }),
      },
    } satisfies ContractHandlers<GreetRequests, unknown>;
    // @ts-expect-error a table without the contract's request does not satisfy it.
    const missing = {} satisfies ContractHandlers<GreetRequests, unknown>;
    expect([wrongOutput, wrongInput, missing]).toHaveLength(3);
  });

  it('give failures the literal union of the request’s codes and the router’s', () => {
    const failure: ContractReply<GreetRequests, 'greet.hello'> = { ok: false, code: 'NoSuchName', message: 'x' };
    // @ts-expect-error a code the contract does not name.
    const unknown: ContractReply<GreetRequests, 'greet.hello'> = { ok: false, code: 'Whatever', message: 'x' };
    const routers: ContractReply<GreetRequests, 'greet.hello'> = { ok: false, code: 'BadMessage', message: 'x' };
    expect([failure, unknown, routers].map((reply) => reply.ok)).toEqual([false, false, false]);
  });
});
