// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { sentenceWith } from '../../components/sentence-with';
import type { Translate } from '../../components/translator-context';
import { english } from '../support/translate-messages';
import { mount } from './mount';

describe('sentenceWith', () => {
  it('puts each element where the message places its placeholder', () => {
    const root = mount(<p>{sentenceWith(english, 'session_signed_in_as', <b>walt</b>)}</p>);
    expect(root.innerHTML).toBe('<p>Signed in as <b>walt</b></p>');
  });

  it('follows a language that orders the parts the other way round, and keeps text parts as text', () => {
    const backwards: Translate = (_key, substitutions = []) => `${substitutions[1]} then ${substitutions[0]}.`;
    const root = mount(<p>{sentenceWith(backwards, 'session_until', <time>14:05</time>, 'soon')}</p>);
    expect(root.innerHTML).toBe('<p>soon then <time>14:05</time>.</p>');
  });
});
