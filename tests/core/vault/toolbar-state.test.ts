import { describe, expect, it } from 'vitest';
import { toolbarState } from '../../../core/vault/toolbar-state';

const BOUND = new Set(['https://app.example', 'http://localhost:3000']);

describe('toolbarState', () => {
  it('shows the padlock on every tab while the vault is locked, even on a bound site', () => {
    expect(toolbarState({ status: 'locked', url: 'https://app.example/login', codeOrigins: BOUND })).toBe('locked');
    expect(toolbarState({ status: 'locked', url: undefined, codeOrigins: new Set() })).toBe('locked');
  });

  it('shows the dot when the unlocked vault has a code bound to the tab’s origin', () => {
    expect(toolbarState({ status: 'unlocked', url: 'https://app.example/a/b?c=d#e', codeOrigins: BOUND })).toBe(
      'code-ready',
    );
    expect(toolbarState({ status: 'unlocked', url: 'http://localhost:3000/', codeOrigins: BOUND })).toBe('code-ready');
  });

  it('matches the origin canonically, so an explicit default port or upper-case host still counts', () => {
    expect(toolbarState({ status: 'unlocked', url: 'https://APP.example:443/x', codeOrigins: BOUND })).toBe(
      'code-ready',
    );
  });

  it('shows the plain mark on a site with no bound code, a sibling subdomain or another scheme or port', () => {
    for (const url of [
      'https://other.example/',
      'https://sub.app.example/',
      'http://app.example/',
      'http://localhost:3001/',
    ]) {
      expect(toolbarState({ status: 'unlocked', url, codeOrigins: BOUND })).toBe('default');
    }
  });

  it('shows the plain mark on pages without a web origin and on tabs whose URL the worker cannot see', () => {
    for (const url of ['chrome://newtab/', 'about:blank', 'not a url', undefined]) {
      expect(toolbarState({ status: 'unlocked', url, codeOrigins: BOUND })).toBe('default');
    }
  });

  it('shows the plain mark before the vault is set up', () => {
    expect(toolbarState({ status: 'uninitialised', url: 'https://app.example/', codeOrigins: BOUND })).toBe('default');
  });
});
