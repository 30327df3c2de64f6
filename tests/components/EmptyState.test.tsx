// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { EmptyState } from '../../components/EmptyState';
import { readLocale, translateWith } from '../support/translate-messages';
import { mount } from './mount';

describe('EmptyState', () => {
  it('shows the otpauth:// scheme as code inside the sentence, in English and in German', () => {
    const english = mount(<EmptyState optionsUrl="options.html" />);
    expect(english.querySelector('p')?.textContent).toMatch(
      /^Add an authenticator code by pasting an otpauth:\/\/ link/,
    );
    expect(english.querySelector('p code')?.textContent).toBe('otpauth://');
    const german = mount(<EmptyState optionsUrl="options.html" />, { t: translateWith(readLocale('de')) });
    expect(german.querySelector('p code')?.textContent).toBe('otpauth://');
    expect(german.querySelector('p')?.textContent).not.toContain('\ue000');
    expect(german.querySelector('a')?.getAttribute('href')).toBe('options.html');
  });
});
