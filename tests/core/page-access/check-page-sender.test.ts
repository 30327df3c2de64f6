import { describe, expect, it } from 'vitest';
import { checkPageSender, type PageMessageSender } from '../../../core/page-access/check-page-sender';

const options = { extensionId: 'sidekey-id', extensionOrigin: 'chrome-extension://sidekey-id/' };
const top = (url: string, extra: Partial<PageMessageSender> = {}): PageMessageSender => ({
  id: 'sidekey-id',
  url,
  tab: { id: 7, url },
  frameId: 0,
  ...extra,
});

function codeOf(sender: PageMessageSender): string {
  try {
    checkPageSender(sender, options);
    return 'accepted';
  } catch (error) {
    return (error as { code: string }).code;
  }
}

describe('checkPageSender', () => {
  it('accepts our content script in the top frame of an https page and answers the origin from the sender', () => {
    expect(checkPageSender(top('https://app.example.com/login?next=/'), options)).toEqual({
      tabId: 7,
      frameId: 0,
      origin: 'https://app.example.com',
    });
  });

  it('accepts plain http on loopback hosts only', () => {
    expect(codeOf(top('http://localhost:5173/'))).toBe('accepted');
    expect(codeOf(top('http://127.0.0.1:9229/login'))).toBe('accepted');
    expect(codeOf(top('http://app.example.com/'))).toBe('PageOriginNotAllowed');
    expect(codeOf(top('http://localhost.evil.test/'))).toBe('PageOriginNotAllowed');
  });

  it('refuses another extension, a sender without a tab or frame, and Sidekey’s own pages in a tab', () => {
    expect(codeOf({ ...top('https://app.example.com/'), id: 'other-extension' })).toBe('ForbiddenSender');
    expect(codeOf({ ...top('https://app.example.com/'), tab: undefined })).toBe('ForbiddenSender');
    expect(codeOf({ ...top('https://app.example.com/'), frameId: undefined })).toBe('ForbiddenSender');
    expect(codeOf(top('chrome-extension://sidekey-id/popup.html'))).toBe('ForbiddenSender');
  });

  it('refuses opaque, data and file frames', () => {
    expect(codeOf(top('about:blank'))).toBe('PageOriginNotAllowed');
    expect(codeOf(top('data:text/html,<form>'))).toBe('PageOriginNotAllowed');
    expect(codeOf(top('file:///tmp/login.html'))).toBe('PageOriginNotAllowed');
  });

  it('refuses a frame whose address and the browser’s origin disagree', () => {
    expect(codeOf(top('https://app.example.com/', { origin: 'https://evil.example' }))).toBe('PageOriginNotAllowed');
    expect(codeOf(top('https://app.example.com/', { origin: 'https://app.example.com' }))).toBe('accepted');
  });

  it('accepts a same-origin child frame and refuses a cross-origin one, or one under another top', () => {
    const child = (frameUrl: string, topUrl: string): PageMessageSender => ({
      id: 'sidekey-id',
      url: frameUrl,
      tab: { id: 7, url: topUrl },
      frameId: 3,
    });
    expect(codeOf(child('https://app.example.com/auth', 'https://app.example.com/'))).toBe('accepted');
    expect(codeOf(child('https://app.example.com/auth', 'https://evil.example/'))).toBe('PageOriginNotAllowed');
    expect(codeOf(child('https://app.example.com/auth', 'https://app.example.com.evil.example/'))).toBe(
      'PageOriginNotAllowed',
    );
    expect(codeOf({ ...child('https://app.example.com/auth', 'https://app.example.com/'), tab: { id: 7 } })).toBe(
      'PageOriginNotAllowed',
    );
  });

  it('keeps Chrome’s document id, so the filler goes into the very document that asked', () => {
    expect(checkPageSender(top('https://app.example.com/', { documentId: 'doc-1' }), options).documentId).toBe('doc-1');
  });
});
