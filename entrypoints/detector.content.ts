// The always-on content script: reads a few cheap signals and hands them to the background, which decides
// whether to load the full analyser. Kept tiny (no zod, no Readability, no React): it runs on every page.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { measureParagraphs, readPageSignals } from '../lib/extract/signals';

/** Single-page apps render the article after navigation; wait this long before looking again. */
const SPA_SETTLE_MS = 800;
/** A page with less paragraph text than this at document_idle may still be loading its article (a
 *  client-rendered site); it gets one more look. */
const LATE_ARTICLE_CHARS = 1500;
/** When that second look happens: long enough for a client-rendered article, short enough to feel instant. */
const LATE_CHECK_MS = 2500;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // As soon as the DOM is parsed: the signals are all in the markup, and waiting for images and ads to
  // load (document_idle) would only delay the badge.
  runAt: 'document_end',
  main(ctx) {
    let lastSent = '';
    /** Sends the page's signals; returns its paragraph text length (0 once the script is orphaned). */
    const report = (): number => {
      if (ctx.isInvalid) return 0;
      const measure = measureParagraphs(document);
      const message = {
        type: 'review-lens/page-signals',
        signals: readPageSignals(document, location.href),
        ...measure,
      };
      // The same page reported twice (a re-check that found nothing new) would only cost the background work.
      const key = JSON.stringify(message);
      if (key === lastSent) return measure.paragraphChars;
      lastSent = key;
      void browser.runtime.sendMessage(message).catch(() => {
        // The extension was reloaded or updated; this script is an orphan now.
      });
      return measure.paragraphChars;
    };
    const reportLater = (ms: number) => ctx.setTimeout(report, ms);
    // One bounded re-check, not a MutationObserver: an observer would run on every DOM change of every page.
    if (report() < LATE_ARTICLE_CHARS) reportLater(LATE_CHECK_MS);
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      reportLater(SPA_SETTLE_MS);
      reportLater(LATE_CHECK_MS);
    });
  },
});
