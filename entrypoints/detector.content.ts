// The always-on content script: reads a few cheap signals and hands them to the background, which decides
// whether to load the full analyser. Kept tiny (no zod, no Readability, no React): it runs on every page.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { readPageSignals } from '../lib/extract/signals';

/** Single-page apps render the article after navigation; wait this long before looking again. */
const SPA_SETTLE_MS = 800;
/** How many <p> elements to measure: enough to see an article, bounded on huge pages. */
const MAX_PARAGRAPHS_MEASURED = 200;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const report = () => {
      if (ctx.isInvalid) return;
      const ps = document.querySelectorAll('p');
      let paragraphChars = 0;
      for (let i = 0; i < ps.length && i < MAX_PARAGRAPHS_MEASURED; i++) {
        paragraphChars += ps[i]?.textContent?.length ?? 0;
      }
      void browser.runtime
        .sendMessage({
          type: 'review-lens/page-signals',
          signals: readPageSignals(document, location.href),
          paragraphs: ps.length,
          paragraphChars,
        })
        .catch(() => {
          // The extension was reloaded or updated; this script is an orphan now.
        });
    };
    report();
    ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(report, SPA_SETTLE_MS));
  },
});
