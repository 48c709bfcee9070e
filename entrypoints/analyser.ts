// The on-demand analyser, injected by the background (automatic badges) or the popup (toolbar click).
// Injecting it again re-runs the analysis on the one instance already in the page, so listeners and
// badges never stack.
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PageRequest } from '../lib/messages';
import { analysePage } from '../utils/analyse-page';
import { mountBadge, removeBadge } from '../utils/badge';
import { locateAndShow } from '../utils/locate';
import { isSilentSite, loadSettings } from '../utils/settings';

declare global {
  // Lives in the extension's isolated world, invisible to the page's own scripts.
  var __reviewLensAnalyser: { run: () => Promise<void> } | undefined;
}

export default defineUnlistedScript(() => {
  if (globalThis.__reviewLensAnalyser) {
    void globalThis.__reviewLensAnalyser.run();
    return;
  }
  const run = async () => {
    const settings = await loadSettings();
    const response = await analysePage(document, location.href, false, settings.quoteCount);
    const showBadge =
      response.ok && response.summary.isReview && settings.autoBadges && !isSilentSite(settings, location.hostname);
    if (showBadge) mountBadge(document, response.summary);
    else removeBadge(document);
  };
  globalThis.__reviewLensAnalyser = { run };

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return;
    const parsed = PageRequest.safeParse(raw);
    if (!parsed.success) return;
    const request = parsed.data;
    if (request.type === 'review-lens/get-summary') {
      void loadSettings()
        .then((settings) => analysePage(document, location.href, request.fresh, settings.quoteCount))
        .then((response) => {
          sendResponse(response);
          void run();
        });
      return true;
    }
    sendResponse({ found: locateAndShow(document, request.text) });
    return;
  });
  void run();
});
