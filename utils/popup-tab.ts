// Which tab the popup summarises, and the summary request the popup's first script sends for it before the
// React bundle has loaded. Shared by entrypoints/popup-prefetch.ts and the popup's api; kept tiny because the
// prefetch script must be cheap to parse.
import { browser } from 'wxt/browser';

declare global {
  // The prefetch script's pending answer, picked up (once) by the popup's api. Extension page only.
  var __reviewLensPrefetch: Promise<unknown> | undefined;
}

/** `?tabId=N` targets a given tab (tests open the popup as a tab of its own); else the active tab. */
export async function resolveTabId(): Promise<number> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('No tab to summarise.');
  return tab.id;
}

/** Asks the page's analyser for its summary; rejects when no analyser is in the page yet. The answer is
 *  unchecked here: the caller parses it with SummaryResponse. */
export function requestSummary(tabId: number, fresh: boolean): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, { type: 'review-lens/get-summary', fresh });
}

/** The prefetched answer, if the prefetch script sent one and nobody has taken it yet. */
export function takePrefetchedSummary(): Promise<unknown> | undefined {
  const pending = globalThis.__reviewLensPrefetch;
  globalThis.__reviewLensPrefetch = undefined;
  return pending;
}
