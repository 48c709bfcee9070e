// The on-demand analyser, injected by the background (automatic badges) or the popup (toolbar click).
// Injecting it again re-runs the analysis on the one instance already in the page, so listeners and
// badges never stack.
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { analysePage, forgetAnalysis } from '../extension/analyse-page';
import { BADGE_TAG, mountBadge, removeBadge } from '../extension/badge';
import { locateAndShow } from '../extension/locate';
import { summariseSelection } from '../extension/selection';
import { loadSettings, OVERRIDES_KEY } from '../extension/settings';
import { type ReviewWatch, watchForMoreReviews } from '../extension/watch-reviews';
import { showsReviews } from '../lib/format';
import { PageRequest } from '../lib/messages';
import { applySiteOverride, isSilentSite, siteOverride } from '../lib/site';

/** How often to check for in-page navigation (cheap: one string comparison). */
const URL_CHECK_MS = 1000;

declare global {
  // Lives in the extension's isolated world, invisible to the page's own scripts.
  var __reviewLensAnalyser: { run: (fresh?: boolean) => Promise<void> } | undefined;
}

export default defineUnlistedScript(() => {
  if (globalThis.__reviewLensAnalyser) {
    void globalThis.__reviewLensAnalyser.run();
    return;
  }
  let analysedUrl = location.href;
  // Reviews the page adds later (more reviews, infinite scroll, a reviews section loaded late) are read too.
  let watch: ReviewWatch | null = null;
  const stopWatching = () => {
    watch?.stop();
    watch = null;
  };
  const run = async (fresh = false) => {
    // Read while the article is extracted: the storage round trip is not on the way to the badge.
    const reading = loadSettings();
    analysedUrl = location.href;
    const response = await analysePage(
      document,
      analysedUrl,
      fresh,
      reading.then((s) => s.quoteCount),
    );
    // A list page is followed for its later reviews; any other page for a few batches, in case its reviews
    // section loads late.
    const list = response.ok && response.summary.review.form === 'list';
    if (list && watch && !watch.list) stopWatching();
    watch ??= watchForMoreReviews(
      document,
      () => {
        // Stops with the page it watched, and when the extension is reloaded (this script is an orphan then).
        if (location.href !== analysedUrl || !browser.runtime?.id) stopWatching();
        else void run(true);
      },
      list,
    );
    const settings = await reading;
    // The user's word on this site decides; the kept analysis stays the detector's, so changing the word
    // later needs no new analysis.
    const summary = response.ok ? applySiteOverride(response.summary, siteOverride(settings, location.hostname)) : null;
    const showBadge =
      summary !== null && showsReviews(summary) && settings.autoBadges && !isSilentSite(settings, location.hostname);
    if (showBadge) mountBadge(document, summary);
    else removeBadge(document);
  };
  globalThis.__reviewLensAnalyser = { run };

  // In-page navigation (pushState) is invisible to content scripts except by looking: once the page shows
  // another URL, this badge describes a page that is gone. The always-on script asks for a new analysis
  // when the new page deserves one.
  setInterval(() => {
    if (location.href === analysedUrl) return;
    stopWatching();
    if (document.querySelector(BADGE_TAG)) removeBadge(document);
  }, URL_CHECK_MS);

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return;
    const parsed = PageRequest.safeParse(raw);
    if (!parsed.success) return;
    const request = parsed.data;
    if (request.type === 'review-lens/get-summary') {
      void analysePage(
        document,
        location.href,
        request.fresh,
        loadSettings().then((s) => s.quoteCount),
      ).then((response) => {
        sendResponse(response);
        void run();
      });
      return true;
    }
    if (request.type === 'review-lens/summarise-selection') {
      const quoteCount = loadSettings().then((s) => s.quoteCount);
      void summariseSelection(document, location.href, request.fallbackText, quoteCount).then(sendResponse);
      return true;
    }
    sendResponse({ found: locateAndShow(document, request.text) });
    return;
  });
  browser.storage.onChanged.addListener((changes, area) => {
    // The user marked this site (or another) in the popup or the options page: show or hide the badge at
    // once, from the kept analysis.
    if (area === 'local' && OVERRIDES_KEY in changes) void run();
    // A kept summary made with other settings (the quote count) would be stale.
    else forgetAnalysis();
  });
  void run();
});
