// The selection view's bridge to the browser: ask the page's analyser to summarise the selection (it reads
// the selection with its structure, and can find the quotes again); where no analyser can run, summarise the
// browser's copy of the selected text instead.
import { browser } from 'wxt/browser';
import type { SelectionApi } from '../../components/SelectionApp';
import { summariseSelectedText } from '../../extension/selection';
import { SELECTION_FALLBACK_KEY } from '../../extension/selection-menu';
import { loadSettings } from '../../extension/settings';
import { LocateResponse, SummaryResponse } from '../../lib/messages';

function sourceTabId(): number | null {
  const param = new URLSearchParams(location.search).get('tabId');
  return param && /^\d+$/.test(param) ? Number(param) : null;
}

export function createSelectionApi(): SelectionApi {
  const tabId = sourceTabId();
  return {
    async getSummary() {
      const stored = await browser.storage.session.get(SELECTION_FALLBACK_KEY);
      const fallbackText = String(stored[SELECTION_FALLBACK_KEY] ?? '');
      if (tabId !== null) {
        const raw = await browser.tabs
          .sendMessage(tabId, { type: 'review-lens/summarise-selection', fallbackText })
          .catch(() => undefined);
        if (raw !== undefined) return SummaryResponse.parse(raw);
      }
      const quoteCount = loadSettings().then((s) => s.quoteCount);
      return summariseSelectedText(fallbackText, { url: null, title: null, lang: null }, quoteCount);
    },
    locate:
      tabId === null
        ? undefined
        : async (text) =>
            LocateResponse.parse(await browser.tabs.sendMessage(tabId, { type: 'review-lens/locate', text })).found,
  };
}
