import { describe, expect, it } from 'vitest';
import { SidekeyError } from '../../../core/errors/sidekey-error';
import { createRouter, type RequestHandler } from '../../../core/messages/create-router';
import { noInput, object, parser, string } from '../../../core/messages/shape';
import { extensionId, extensionOrigin, popup } from './extension-senders';

const contentScript = {
  id: extensionId,
  url: 'http://localhost:3000/login',
  tab: { id: 7, url: 'http://localhost:3000/login' },
  frameId: 0,
};

const echo: RequestHandler<string, string, { prefix: string }> = {
  from: ['extension-page', 'content-script'],
  parse: (input) => parser(object({ text: string() }))(input).text,
  run: (text, context) => `${context.prefix}${text} from ${context.senderKind}`,
};
const popupOnly: RequestHandler<undefined, string, { prefix: string }> = {
  from: ['extension-page'],
  parse: parser(noInput()),
  run: () => {
    throw new SidekeyError({ code: 'VaultLocked', message: 'The vault is locked.' });
  },
};
const crashing: RequestHandler<undefined, string, { prefix: string }> = {
  from: ['extension-page'],
  parse: parser(noInput()),
  run: () => {
    throw new Error('secret stack detail');
  },
};

const route = createRouter({
  extensionId,
  extensionOrigin,
  context: { prefix: '> ' },
  handlers: { echo, popupOnly, crashing },
});

describe('createRouter', () => {
  it('answers a well-formed request from the popup with its data', async () => {
    expect(await route({ type: 'echo', input: { text: 'hi' } }, popup)).toEqual({
      ok: true,
      data: '> hi from extension-page',
    });
  });

  it('tells a content script apart from an extension page', async () => {
    expect(await route({ type: 'echo', input: { text: 'hi' } }, contentScript)).toEqual({
      ok: true,
      data: '> hi from content-script',
    });
  });

  it('refuses messages from another extension', async () => {
    const reply = await route({ type: 'echo', input: { text: 'hi' } }, { ...popup, id: 'someone-else' });
    expect(reply).toMatchObject({ ok: false, code: 'ForbiddenSender' });
  });

  it('accepts the options page open in a tab, and the popup as Chrome and Firefox describe it', async () => {
    const optionsTab = { ...popup, url: `${extensionOrigin}options.html`, tab: { id: 4 }, frameId: 0 };
    const firefoxPopup = { ...popup, frameId: 0, origin: `chrome-extension://${extensionId}` };
    for (const sender of [optionsTab, firefoxPopup])
      expect(await route({ type: 'echo', input: { text: 'hi' } }, sender)).toMatchObject({
        ok: true,
        data: '> hi from extension-page',
      });
  });

  it('refuses a Sidekey page framed by a website, a sender whose origin disagrees with its URL, and a content script without a frame', async () => {
    const hi = { type: 'popupOnly' };
    const framed = { ...popup, tab: { id: 7, url: 'https://evil.example/' }, frameId: 3 };
    const disagreeing = { ...popup, origin: 'https://evil.example' };
    const noFrame = { ...contentScript, frameId: undefined };
    const opaque = { ...contentScript, url: 'about:blank', origin: 'https://evil.example' };
    const lookalike = { ...popup, url: `chrome-extension://${extensionId}.evil.example/popup.html` };
    for (const sender of [framed, disagreeing, lookalike])
      expect(await route(hi, sender)).toMatchObject({ ok: false, code: 'ForbiddenSender' });
    for (const sender of [noFrame, opaque])
      expect(await route({ type: 'echo', input: { text: 'hi' } }, sender)).toMatchObject({
        ok: false,
        code: 'ForbiddenSender',
      });
  });

  it('refuses a request that a content script may not send', async () => {
    expect(await route({ type: 'popupOnly' }, contentScript)).toMatchObject({ ok: false, code: 'ForbiddenSender' });
  });

  it('rejects messages without a string type', async () => {
    for (const message of [null, 'status', 42, {}, { type: 3 }]) {
      expect(await route(message, popup)).toMatchObject({ ok: false, code: 'BadMessage' });
    }
  });

  it('rejects unknown request names, including inherited object keys', async () => {
    for (const type of ['nope', 'constructor', '__proto__', 'toString']) {
      expect(await route({ type }, popup)).toMatchObject({ ok: false, code: 'UnknownRequest' });
    }
  });

  it('rejects input of the wrong shape before the handler runs', async () => {
    expect(await route({ type: 'echo', input: { text: 5 } }, popup)).toEqual({
      ok: false,
      code: 'BadMessage',
      field: 'text',
      message: '"text" must be a string of 1 to 4096 characters.',
    });
    expect(await route({ type: 'popupOnly', input: { extra: true } }, popup)).toMatchObject({
      ok: false,
      code: 'BadMessage',
    });
  });

  it('passes a typed failure through with its code and message', async () => {
    expect(await route({ type: 'popupOnly' }, popup)).toEqual({
      ok: false,
      code: 'VaultLocked',
      message: 'The vault is locked.',
    });
  });

  it('hides the details of an unexpected failure', async () => {
    const reply = await route({ type: 'crashing' }, popup);
    expect(reply).toEqual({ ok: false, code: 'Internal', message: 'Sidekey hit an unexpected error.' });
  });
});
