import { describe, expect, test } from 'vitest';
import { isRestrictedUrl } from '../../lib/restricted-url';

describe('isRestrictedUrl', () => {
  describe('returns true', () => {
    test.each([
      'chrome://extensions/',
      'about:blank',
      'edge://settings',
      'https://chromewebstore.google.com/detail/x',
      'https://chrome.google.com/webstore/category/extensions',
      'https://addons.mozilla.org/en-US/firefox/',
      'https://example.com/files/review.pdf',
      'view-source:https://example.com/',
    ])('%s', (url) => expect(isRestrictedUrl(url)).toBe(true));
  });
  describe('returns false', () => {
    test.each(['https://example.com/film/review', 'http://127.0.0.1:8080/page.html', 'https://pdfreviews.example/'])(
      '%s',
      (url) => expect(isRestrictedUrl(url)).toBe(false),
    );
  });
});
