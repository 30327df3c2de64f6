import { afterEach, describe, expect, it } from 'vitest';
import { codeWrites, fillFields } from '../../../core/page/fill-fields';
import { recognisePage } from '../../../core/page/recognise-page';
import { placeBox, stackElements } from './fake-layout';
import { type LoadedPage, loadHtml, loadPage } from './load-page';
import { controlLikeReact } from './react-like-input';

let open: LoadedPage[] = [];
afterEach(async () => {
  await Promise.all(open.map((page) => page.close()));
  open = [];
});

/** A trusted event stands for the user's click on Sidekey's control (a page cannot make one). */
const trusted = { isTrusted: true } as Event;

/** A page with one field laid out at 100,100 (200×32), topmost at its centre unless the test says otherwise. */
function onePage(fieldHtml: string, options: { url?: string; wrap?: string } = {}) {
  const [before, after] = (options.wrap ?? '<main>|</main>').split('|');
  const page = loadHtml(`<!DOCTYPE html><html><body>${before}${fieldHtml}${after}</body></html>`, options);
  open.push(page);
  const field = page.document.querySelector('input')!;
  placeBox(field, { left: 100, top: 100, width: 200, height: 32 });
  stackElements(page.document, [page.document.body, field]);
  return { ...page, field };
}

describe('fillFields', () => {
  it("writes a visible, unobscured field on the user's click", () => {
    const { window, field } = onePage('<input name="username">');
    expect(fillFields([[field, 'alice']], { view: window, event: trusted })).toEqual({ ok: true, filled: 1 });
    expect(field.value).toBe('alice');
  });

  it('refuses an event the page made (isTrusted false) and writes nothing', () => {
    const { window, document, field } = onePage('<input name="username">');
    const forged = new window.MouseEvent('click') as unknown as Event;
    expect(forged.isTrusted).not.toBe(true);
    expect(fillFields([[field, 'alice']], { view: window, event: forged })).toEqual({
      ok: false,
      reason: 'untrusted-event',
    });
    expect(document.querySelector('input')!.value).toBe('');
  });

  it('refuses a field faded below 0.7 through its ancestors (0.8 × 0.8 = 0.64)', () => {
    const { window, field } = onePage('<input name="username" style="opacity:0.8">', {
      wrap: '<div style="opacity:0.8">|</div>',
    });
    expect(fillFields([[field, 'alice']], { view: window, event: trusted })).toMatchObject({ reason: 'faded' });
    expect(field.value).toBe('');
  });

  it('fills a field at opacity 0.9 under an ancestor at 0.9 (0.81)', () => {
    const { window, field } = onePage('<input style="opacity:0.9">', { wrap: '<div style="opacity:0.9">|</div>' });
    expect(fillFields([[field, 'x']], { view: window, event: trusted }).ok).toBe(true);
  });

  it('refuses a field covered at its centre by another element', () => {
    const { window, document, field } = onePage('<input name="username"><div id="lure">Click to win</div>');
    const lure = document.getElementById('lure')!;
    placeBox(lure, { left: 0, top: 0, width: 800, height: 600 });
    stackElements(document, [document.body, field, lure]);
    expect(fillFields([[field, 'alice']], { view: window, event: trusted })).toMatchObject({ reason: 'covered' });
    expect(field.value).toBe('');
  });

  it("does not count Sidekey's own control host as covering the field", () => {
    const { window, document, field } = onePage('<input name="username"><sidekey-inline></sidekey-inline>');
    const host = document.querySelector('sidekey-inline')!;
    placeBox(host, { left: 150, top: 100, width: 200, height: 32 });
    stackElements(document, [document.body, field, host]);
    expect(fillFields([[field, 'a']], { view: window, event: trusted, ownHost: host }).ok).toBe(true);
  });

  it('refuses a zero-sized field', () => {
    const { window, field } = onePage('<input name="username">');
    placeBox(field, { left: 100, top: 100, width: 0, height: 0 });
    expect(fillFields([[field, 'alice']], { view: window, event: trusted })).toMatchObject({ reason: 'zero-size' });
  });

  it('refuses hidden fields: display none up the tree, visibility hidden, the hidden attribute', () => {
    for (const [fieldHtml, wrap] of [
      ['<input>', '<div style="display:none">|</div>'],
      ['<input style="visibility:hidden">', '<div>|</div>'],
      ['<input>', '<div style="visibility:hidden">|</div>'],
      ['<input>', '<section hidden>|</section>'],
    ] as const) {
      const { window, field } = onePage(fieldHtml, { wrap });
      expect(fillFields([[field, 'x']], { view: window, event: trusted }), wrap).toMatchObject({ reason: 'hidden' });
    }
  });

  it('refuses plain http on a host that is not loopback, and a look-alike of localhost', () => {
    for (const url of ['http://app.example.com/', 'http://localhost.evil.test/', 'http://127.0.0.1.evil.test/']) {
      const { window, field } = onePage('<input>', { url });
      expect(fillFields([[field, 'x']], { view: window, event: trusted }), url).toMatchObject({
        reason: 'insecure-origin',
      });
    }
  });

  it('fills on https and on loopback http', () => {
    for (const url of ['https://app.example.com/', 'http://localhost:5173/', 'http://127.0.0.1:9229/login']) {
      const { window, field } = onePage('<input>', { url });
      expect(fillFields([[field, 'x']], { view: window, event: trusted }).ok, url).toBe(true);
    }
  });

  it('refuses a frame whose top is another origin, and fills a same-origin frame', () => {
    const { window, field } = onePage('<input>');
    const crossTop = {
      location: {
        get origin(): string {
          throw new Error('SecurityError');
        },
      },
    };
    const framed = (top: unknown, ancestorOrigins?: string[]) =>
      new Proxy(window, {
        get: (target, key) =>
          key === 'top'
            ? top
            : key === 'location'
              ? { origin: target.location.origin, ancestorOrigins }
              : Reflect.get(target, key),
      });
    expect(fillFields([[field, 'x']], { view: framed(crossTop), event: trusted })).toMatchObject({
      reason: 'cross-origin-frame',
    });
    const sameTop = { location: { origin: 'https://app.example.com' } };
    expect(
      fillFields([[field, 'x']], {
        view: framed(sameTop, ['https://evil.example', 'https://app.example.com']),
        event: trusted,
      }),
    ).toMatchObject({ reason: 'cross-origin-frame' });
    expect(fillFields([[field, 'x']], { view: framed(sameTop, ['https://app.example.com']), event: trusted }).ok).toBe(
      true,
    );
  });

  it('writes nothing at all when one of several fields is refused', () => {
    const { window, document, field } = onePage('<input name="u"><input name="p" type="password" style="opacity:0.1">');
    const password = document.querySelector<HTMLInputElement>('input[name=p]')!;
    placeBox(password, { left: 100, top: 150, width: 200, height: 32 });
    stackElements(document, [document.body, field, password]);
    expect(
      fillFields(
        [
          [field, 'alice'],
          [password, 'secret'],
        ],
        { view: window, event: trusted },
      ),
    ).toMatchObject({
      reason: 'faded',
      field: password,
    });
    expect([field.value, password.value]).toEqual(['', '']);
  });

  it('reaches a React-controlled input through the native setter, where a plain assignment is lost', () => {
    const { window, document, field } = onePage('<input name="username">');
    const seen = controlLikeReact(field);
    field.value = 'naive';
    field.dispatchEvent(new window.Event('input', { bubbles: true }) as unknown as Event);
    expect(seen).toEqual([]);
    expect(fillFields([[field, 'alice']], { view: window, event: trusted }).ok).toBe(true);
    expect(seen).toEqual(['alice']);
    expect(document.activeElement).toBe(field);
  });

  it('tells the page with bubbling input and change events', () => {
    const { window, document, field } = onePage('<input name="username">', { wrap: '<form>|</form>' });
    const heard: string[] = [];
    for (const type of ['input', 'change'])
      document.querySelector('form')!.addEventListener(type, () => heard.push(type));
    fillFields([[field, 'alice']], { view: window, event: trusted });
    expect(heard).toEqual(['input', 'change']);
  });
});

describe('codeWrites', () => {
  it('puts one digit in each input of a split code field', () => {
    const page = loadPage('form-one-time-code-split.html');
    open.push(page);
    const recognised = recognisePage(page.document)!;
    const inputs = recognised.fields.code?.kind === 'split' ? recognised.fields.code.inputs : [];
    for (const [index, input] of inputs.entries())
      placeBox(input, { left: 100 + index * 40, top: 100, width: 32, height: 32 });
    stackElements(page.document, [page.document.body, ...inputs]);
    const writes = codeWrites(recognised.fields.code!, '492039');
    expect(writes).not.toBe('code-length');
    expect(fillFields(writes as never, { view: page.window, event: trusted })).toEqual({ ok: true, filled: 6 });
    expect(inputs.map((input) => input.value)).toEqual(['4', '9', '2', '0', '3', '9']);
  });

  it('refuses a code whose length differs from the count of split inputs', () => {
    const page = loadPage('form-one-time-code-split.html');
    open.push(page);
    expect(codeWrites(recognisePage(page.document)!.fields.code!, '12345678')).toBe('code-length');
  });

  it('puts the whole code in a single field', () => {
    const page = loadPage('amplify-confirm-sign-in-totp.html');
    open.push(page);
    const code = recognisePage(page.document)!.fields.code!;
    expect(codeWrites(code, '123456')).toEqual([[code.kind === 'single' && code.input, '123456']]);
  });
});
