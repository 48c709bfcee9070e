// Message routing, plus the summariser itself: the page analyser sends the extracted article here, where the
// models are loaded once instead of on every page.
//  - the always-on content script reports cheap page signals; when the settings allow and the pre-filter
//    likes the page, inject the page analyser into that tab;
//  - the page analyser asks for the summary of the article it extracted;
//  - the context menu's "Summarise selection" opens the selection view (extension/selection-menu.ts).
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { injectAnalyser } from '../extension/inject';
import { registerSelectionMenu } from '../extension/selection-menu';
import { loadSettings } from '../extension/settings';
import { warmUpOnce } from '../extension/warm-up';
import { worthAnalysing } from '../lib/detect/prefilter';
import { hasVerdict } from '../lib/format';
import { PageSignalsMessage, SummariseRequest, type SummariseResponse } from '../lib/messages';
import { summarise } from '../lib/pipeline';
import type { Settings, Summary } from '../lib/schema';
import { applySiteOverride, isSilentSite, siteOverride } from '../lib/site';

/** Settings as last read, kept for the life of this service worker: every page load asks for them, and a
 *  storage read per page is a round trip on the way to the badge. Any storage change drops them. */
let settingsRead: Promise<Settings> | null = null;
const currentSettings = () => {
  settingsRead ??= loadSettings();
  return settingsRead;
};

export default defineBackground(() => {
  registerSelectionMenu();
  browser.storage.onChanged.addListener(() => {
    settingsRead = null;
  });
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    // Only this extension's own scripts, in a tab's top frame, may ask; anything else is ignored.
    const tabId = sender.tab?.id;
    if (sender.id !== browser.runtime.id || tabId === undefined || sender.frameId !== 0) return;
    const signals = PageSignalsMessage.safeParse(raw);
    if (signals.success) {
      void maybeAnalyse(tabId, sender.tab?.url ?? sender.url ?? '', signals.data);
      return;
    }
    const request = SummariseRequest.safeParse(raw);
    if (request.success) {
      const answer = summariseArticle(request.data);
      sendResponse(answer);
      void showScoreOnToolbar(tabId, sender.tab?.url ?? sender.url ?? '', answer);
      return;
    }
    return;
  });
});

function summariseArticle({ article, quoteCount }: SummariseRequest): SummariseResponse {
  try {
    return { ok: true, summary: summarise(article, { quoteCount }) };
  } catch (err) {
    return { ok: false, message: `Couldn't summarise this page (${String(err)}).` };
  }
}

/** Toolbar badge colours per verdict, the same hues as the in-page badge. */
const TOOLBAR_COLOURS = { positive: '#1f7a3d', mixed: '#8a5a00', negative: '#b3261e' } as const;

/** The hostname of a tab's URL ("" for a file), or null when it is no URL. */
function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/** The score on the toolbar icon of a review tab: the verdict at a glance, even with the page badge off.
 *  The user's override for the site decides whether the tab shows a review. The summary answered to the
 *  page stays the detector's own: the page applies the override itself (it may change while it is open). */
async function showScoreOnToolbar(tabId: number, url: string, answer: SummariseResponse): Promise<void> {
  const host = hostOf(url);
  const override = host === null ? null : siteOverride(await currentSettings(), host);
  // In a language the models cannot read, only a rating the reviewer printed is a score worth showing.
  const worthShowing = (s: Summary) => s.isReview && hasVerdict(s.verdict);
  const shown = answer.ok ? applySiteOverride(answer.summary, override) : null;
  const summary = shown && worthShowing(shown) ? shown : null;
  try {
    await browser.action.setBadgeText({ tabId, text: summary ? String(summary.verdict.score) : '' });
    if (summary) await browser.action.setBadgeBackgroundColor({ tabId, color: TOOLBAR_COLOURS[summary.verdict.label] });
  } catch {
    // The tab closed meanwhile.
  }
}

async function maybeAnalyse(tabId: number, url: string, message: PageSignalsMessage): Promise<void> {
  const settings = await currentSettings();
  const host = hostOf(url);
  if (!settings.autoBadges || host === null || isSilentSite(settings, host)) return;
  // The user's word on the site comes before the cheap pre-filter: a site marked "not a review" is never
  // analysed automatically, one marked "review" always is.
  const override = siteOverride(settings, host);
  if (override === 'not-review' || (override === null && !worthAnalysing(message))) return;
  const injected = injectAnalyser(tabId).catch(() => {
    // The tab navigated away or closed before the injection: nothing to do.
  });
  // The page now loads the analyser and extracts its article; meanwhile this worker warms the summariser
  // for the request that follows (a macrotask, so the injection is on its way first).
  setTimeout(warmUpOnce, 0);
  await injected;
}
