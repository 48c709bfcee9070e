// The popup's bridge to the browser: which tab, inject the analyser, ask it for the summary.
import { browser } from 'wxt/browser';
import type { PopupApi } from '../../components/PopupApp';
import { injectAnalyser } from '../../extension/inject';
import { loadSettings, saveSettings, setSiteOverride } from '../../extension/settings';
import { LocateResponse, SummaryResponse } from '../../lib/messages';
import { isRestrictedUrl } from '../../lib/restricted-url';
import { normaliseHost, overriddenSite, siteOverride } from '../../lib/site';

/** A page that has not answered by then is stuck (a frozen tab); say so rather than spin forever. */
const SUMMARY_TIMEOUT_MS = 15_000;

/** `?tabId=N` targets a given tab (tests open the popup as a tab of its own); else the active tab. */
async function resolveTabId(): Promise<number> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('No tab to summarise.');
  return tab.id;
}

/** Asks the page's analyser for its summary; rejects when no analyser is in the page yet. */
function requestSummary(tabId: number, fresh: boolean): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, { type: 'review-lens/get-summary', fresh });
}

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

/** The hostname of the tab, or null when its URL has none (files, browser pages). */
async function tabHost(tabId: number): Promise<string | null> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  try {
    return tab?.url ? new URL(tab.url).hostname || null : null;
  } catch {
    return null;
  }
}

export function createPopupApi(): PopupApi {
  const tabId = resolveTabId();
  /** The settings key of the tab's site: the marked parent domain when one covers it, else the host. */
  const markedSite = async () => {
    const host = await tabHost(await tabId);
    if (host === null) return null;
    const settings = await loadSettings();
    return { site: overriddenSite(settings, host) ?? normaliseHost(host), override: siteOverride(settings, host) };
  };
  return {
    async getSummary(fresh) {
      const id = await tabId;
      const ask = (request: Promise<unknown>) =>
        withTimeout(request, SUMMARY_TIMEOUT_MS, 'The page took too long to answer. Reload it and try again.');
      // Fast path: the analyser is already in the page (automatic badge, or an earlier click) and has the
      // summary cached. Injecting it again would re-parse the whole analyser bundle for nothing. The tab is
      // looked up at the same time, not before. (A script in the popup's <head> that sent this request
      // before React loaded was tried: the extra script request made the popup 5–10 ms slower, not faster.)
      const [tab, cached] = await Promise.all([
        browser.tabs.get(id).catch(() => null),
        ask(requestSummary(id, fresh)).catch(() => undefined),
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
    siteMark: markedSite,
    async markSite(override) {
      const mark = await markedSite();
      if (mark === null) return;
      // The page's analyser watches the stored overrides and shows or hides its badge at once.
      await setSiteOverride(mark.site, override);
      const id = await tabId;
      if (override === 'not-review') await browser.action.setBadgeText({ tabId: id, text: '' }).catch(() => {});
      // The toolbar score is the background's, which applies the mark when it summarises: have the page analysed
      // again (in the background of the popup; the answer is not needed here).
      else void requestSummary(id, true).catch(() => {});
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
