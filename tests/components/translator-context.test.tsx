// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { UnlockScreen } from '../../components/UnlockScreen';
import { readLocale, translateWith } from '../support/translate-messages';
import { mount } from './mount';

const german = translateWith(readLocale('de'));
const bare = document.createElement('div');
afterEach(() => render(null, bare));

describe('TranslatorContext', () => {
  it('gives views the words of the language the entrypoint provides', () => {
    const root = mount(<UnlockScreen busy={false} onUnlock={() => {}} />, { t: german });
    expect(root.querySelector('h2')?.textContent).toBe('Sidekey ist gesperrt');
    expect(root.querySelector('button[type="submit"]')?.textContent).toBe('Entsperren');
  });

  it('shows the keys themselves when no entrypoint provided a translator, so an unwired view is plain to see', () => {
    render(<UnlockScreen busy={false} onUnlock={() => {}} />, bare);
    expect(bare.querySelector('h2')?.textContent).toBe('unlock_title');
  });
});

describe('translateWith', () => {
  it('fills named placeholders from the substitutions in order, wherever the language puts them', () => {
    const reordered = translateWith({
      code_next: {
        message: '$CODE$ für $NAME$',
        placeholders: { name: { content: '$1' }, code: { content: '$2' } },
      },
    });
    expect(reordered('code_next', ['GitHub', '123 456'])).toBe('123 456 für GitHub');
    expect(german('code_next', '123 456')).toBe('nächster 123 456');
  });
});
