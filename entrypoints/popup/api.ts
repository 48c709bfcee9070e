// The popup's bridge to the browser: which tab, inject the analyser, ask it for the summary.
import { browser } from 'wxt/browser';
import type { PopupApi } from '../../components/PopupApp';
import { LocateResponse, SummaryResponse } from '../../lib/messages';
import { isRestrictedUrl } from '../../lib/restricted-url';
import { injectAnalyser } from '../../utils/inject';
import { requestSummary, resolveTabId, takePrefetchedSummary } from '../../utils/popup-tab';
import { loadSettings, normaliseHost, saveSettings } from '../../utils/settings';

/** A page that has not answered by then is stuck (a frozen tab); say so rather than spin forever. */
const SUMMARY_TIMEOUT_MS = 15_000;

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(message)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

export function createPopupApi(): PopupApi {
  const tabId = resolveTabId();
  return {
    async getSummary(fresh) {
      const id = await tabId;
      const ask = (request: Promise<unknown>) =>
        withTimeout(request, SUMMARY_TIMEOUT_MS, 'The page took too long to answer. Reload it and try again.');
      // Fast path: the analyser is already in the page (automatic badge, or an earlier click) and has the
      // summary cached; the popup's prefetch script usually asked for it already. Injecting it again would
      // re-parse the whole analyser bundle for nothing. The tab is looked up at the same time, not before.
      const prefetched = fresh ? undefined : takePrefetchedSummary();
      const [tab, cached] = await Promise.all([
        browser.tabs.get(id).catch(() => null),
        ask(prefetched ?? requestSummary(id, fresh)).catch(() => undefined),
      ]);
      if (tab?.url && isRestrictedUrl(tab.url)) return { restricted: true };
      if (cached !== undefined) return SummaryResponse.parse(cached);
      try {
        await injectAnalyser(id);
      } catch {
        return { restricted: true };
      }
      return SummaryResponse.parse(await ask(requestSummary(id, fresh)));
    },
    async locate(text) {
      const raw = await browser.tabs.sendMessage(await tabId, { type: 'review-lens/locate', text });
      return LocateResponse.parse(raw).found;
    },
    openSettings() {
      void browser.runtime.openOptionsPage();
      window.close();
    },
    async silenceSite() {
      const tab = await browser.tabs.get(await tabId);
      if (!tab.url) return null;
      const host = normaliseHost(new URL(tab.url).hostname);
      const settings = await loadSettings();
      if (!settings.silentSites.includes(host))
        await saveSettings({ silentSites: [...settings.silentSites, host].sort() });
      // Re-running the analyser applies the new setting: the badge on this page goes away.
      await injectAnalyser(await tabId).catch(() => {});
      return host;
    },
  };
}
